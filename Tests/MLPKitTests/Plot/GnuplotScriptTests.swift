import Foundation
import MLPKit
import Testing

/// The script builder: fixed-precision datablocks, quoting, headers, re-targeting.
@Suite struct GnuplotScriptTests {
  @Test func numbersUseFixedFormatsAndCanonicalNaN() {
    #expect(GnuplotNumberFormat.fixed(4).format(0.1) == "0.1000")
    #expect(GnuplotNumberFormat.fixed(3).format(2.0 / 3.0) == "0.667")
    #expect(GnuplotNumberFormat.fixed(2).format(-0.001) == "0.00")
    #expect(GnuplotNumberFormat.fixed(0).format(-0.4) == "0")
    #expect(GnuplotNumberFormat.fixed(2).format(-1.5) == "-1.50")
    #expect(GnuplotNumberFormat.integer.format(41.6) == "42")
    #expect(GnuplotNumberFormat.fixed(4).format(.nan) == "NaN")
    #expect(GnuplotNumberFormat.fixed(4).format(-.nan) == "NaN")
    #expect(GnuplotNumberFormat.integer.format(.infinity) == "NaN")
    #expect(GnuplotNumberFormat.fixed(4).format(-.infinity) == "NaN")
    // %.17g round-trips every Double; 0.1 is not exactly one tenth
    #expect(GnuplotNumberFormat.roundTrip.format(0.1) == "0.10000000000000001")
    #expect(GnuplotNumberFormat.roundTrip.format(-2.5) == "-2.5")
    #expect(GnuplotText.number(0.5) == "0.5")
    #expect(GnuplotText.number(2) == "2")
    #expect(GnuplotText.number(-0.0000001) == "0")
    #expect(GnuplotText.number(1e-7, decimals: 9) == "0.0000001")
  }

  @Test func datablockTextHasHeaderRowsAndGridBreaks() throws {
    let block = try GnuplotDatablock(
      name: "grid", header: ["x", "y", "p"],
      rows: [[0, 0, 0.25], [1, 0, 0.5], [0, 1, .nan], [1, 1, 1]],
      formats: [.integer, .integer, .fixed(3)], gridRowLength: 2)
    #expect(
      block.text == "$grid << EOD\n# x y p\n0 0 0.250\n1 0 0.500\n\n0 1 NaN\n1 1 1.000\n\nEOD\n")
    #expect(block.reference == "$grid")
    let labelled = try GnuplotDatablock(
      name: "bars",
      columns: [
        .text("class", ["setosa", "iris virginica"]), .numbers("p", [0.125, 0.875], .fixed(2)),
      ])
    #expect(
      labelled.text == "$bars << EOD\n# class p\n\"setosa\" 0.12\n\"iris virginica\" 0.88\nEOD\n")
  }

  @Test func matrixDatablockHasTheXLineThenOneLinePerY() throws {
    let block = try GnuplotDatablock(
      name: "m", xs: [0, 0.5, 1], ys: [-1, 1], values: [0.1, 0.2, 0.3, 0.4, 0.5, -0.0001],
      axisFormat: .fixed(2), valueFormat: .fixed(3))
    #expect(
      block.text
        == "$m << EOD\n# nonuniform matrix: first line n x_1 ... x_n, then one line y z(x_1,y) ... z(x_n,y) per y\n"
        + "3 0.00 0.50 1.00\n-1.00 0.100 0.200 0.300\n1.00 0.400 0.500 0.000\nEOD\n")
    let short = #expect(throws: ShapeError.self) {
      try GnuplotDatablock(
        name: "m", xs: [0, 1], ys: [0, 1], values: [1, 2, 3], axisFormat: .fixed(1),
        valueFormat: .fixed(1))
    }
    #expect(short?.description.contains("a 2×2 grid needs 4 values") == true)
  }

  @Test func badDatablocksThrowNamingTheProblem() {
    let name = #expect(throws: ParameterError.self) {
      try GnuplotDatablock(name: "2d", columns: [.numbers("x", [1], .integer)])
    }
    #expect(name?.description.contains("datablock name must be an identifier") == true)
    #expect(name?.description.contains("got '2d'") == true)
    let ragged = #expect(throws: ShapeError.self) {
      try GnuplotDatablock(
        name: "d", header: ["x", "y"], rows: [[1, 2], [3]], formats: [.integer, .integer])
    }
    #expect(ragged?.description.contains("row 1 has 1 values, the header names 2") == true)
    let lengths = #expect(throws: ShapeError.self) {
      try GnuplotDatablock(
        name: "d", columns: [.numbers("x", [1, 2], .integer), .numbers("y", [1], .integer)])
    }
    #expect(lengths?.description.contains("column 'y' has 1 values, column 'x' has 2") == true)
    let grid = #expect(throws: ParameterError.self) {
      try GnuplotDatablock(
        name: "d", columns: [.numbers("x", [1, 2, 3], .integer)], gridRowLength: 2)
    }
    #expect(grid?.description.contains("a positive divisor of the row count 3; got 2") == true)
    let quote = #expect(throws: ParameterError.self) {
      try GnuplotDatablock(name: "d", columns: [.text("name", ["say \"hi\""])])
    }
    #expect(quote?.description.contains("free of double quotes") == true)
    let decimals = #expect(throws: ParameterError.self) {
      try GnuplotDatablock(name: "d", columns: [.numbers("x", [1], .fixed(20))])
    }
    #expect(
      decimals?.description.contains("decimals of column 'x' must be in 0...12; got 20") == true)
    var script = GnuplotScript()
    let twice = #expect(throws: ParameterError.self) {
      let block = try GnuplotDatablock(name: "d", columns: [.numbers("x", [1], .integer)])
      try script.add(block)
      try script.add(block)
    }
    #expect(twice?.description.contains("'d' twice") == true)
  }

  @Test func quotingEscapesStringsAndEnhancedMarkup() {
    #expect(GnuplotText.quoted("say \"hi\"\\") == "\"say \\\"hi\\\"\\\\\"")
    #expect(GnuplotText.enhancedLiteral("lr_0.01 {a}^2") == "lr\\_0.01 \\{a\\}\\^2")
    #expect(GnuplotText.literal("a_b") == "\"a\\\\_b\"")
    #expect(GnuplotText.fileName("it's.png") == "'it''s.png'")
  }

  @Test func textIsHeaderThenBodyAndRetargetingKeepsTheBody() throws {
    var script = GnuplotScript(
      terminal: .png(width: 640, height: 400), output: "f.png", summary: ["A test figure"])
    script.comment("data")
    try script.add(
      GnuplotDatablock(
        name: "d", header: ["x", "y"], rows: [[1, 2]], formats: [.integer, .fixed(1)]))
    script.blankLine()
    script.command("plot $d using 1:2 with lines")
    let expected = """
      # A test figure
      set terminal pngcairo size 640,400 enhanced font "DejaVu Sans,16" linewidth 1.5
      set output 'f.png'
      set encoding utf8
      # data
      $d << EOD
      # x y
      1 2.0
      EOD

      plot $d using 1:2 with lines

      """
    #expect(script.text == expected)
    let svg = script.retargeted(to: .svg, output: "f.svg")
    #expect(svg.body == script.body)
    #expect(
      svg.header.contains(
        "set terminal svg size 640,400 enhanced font \"DejaVu Sans,16\" linewidth 1.5 background rgb \"white\"\nset output 'f.svg'\n"
      ))
    let pdf = script.retargeted(to: .pdf, output: "f.pdf")
    #expect(pdf.header.contains("set terminal pdfcairo size 4.44in,2.78in enhanced"))
    let dumb = script.retargeted(to: .dumb, output: nil)
    #expect(dumb.header.contains("set terminal dumb size 100,31 nofeed mono\nset encoding utf8"))
    #expect(!dumb.header.contains("set output"))
    // same inputs, same bytes
    #expect(script.text == script.retargeted(to: .png, output: "f.png").text)
  }
}
