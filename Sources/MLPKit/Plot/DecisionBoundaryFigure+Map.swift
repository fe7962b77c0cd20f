import Foundation

/// The parts both boundary figures share: contour, heat map, points, key.
enum BoundaryMap {
  static func validate(classNames: [String], training: LabelledPoints?, test: LabelledPoints?)
    throws
  {
    guard classNames.count == 2 else {
      throw ParameterError(
        parameter: "classNames", expected: "two names for a binary boundary (class 0, class 1)",
        got: "\(classNames.count)")
    }
    try training?.validate(classCount: 2, role: "training")
    try test?.validate(classCount: 2, role: "test")
  }

  /// `surface` is what `splot` contours (a datablock or `p(x,y)`); `image` is the
  /// `plot … with image` source of the heat map.
  static func write(
    into script: inout GnuplotScript, surface: String, image: String, boundary: Bool,
    xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, training: LabelledPoints?,
    test: LabelledPoints?, classNames: [String], title: String, xLabel: String, yLabel: String,
    style: PlotStyle
  ) throws {
    if let training { try script.add(training.datablock(name: "train")) }
    if let test { try script.add(test.datablock(name: "test")) }
    script.commands(style.commonCommands)
    script.commands(ranges(xRange, yRange))
    if boundary {
      script.comment("the P = 0.5 level set, traced by gnuplot's contouring into $boundary")
      script.commands([
        "set contour base", "set cntrparam levels discrete 0.5", "unset surface",
        "set table $boundary", "splot \(surface)", "unset table", "unset contour", "set surface",
      ])
    }
    let colors = style.probabilityPalette
    let scatter = scatter(training: training, test: test, classNames: classNames, style: style)
    let keyTitles = scatter.titles + (boundary ? ["P = 0.5"] : [])
    script.commands(
      mapCommands(title: title, xLabel: xLabel, yLabel: yLabel, keyTitles: keyTitles, style: style))
    script.commands([
      "set palette defined (0 \"\(colors.low)\", 0.5 \"\(colors.middle)\", 1 \"\(colors.high)\")",
      "set cbrange [0:1]",
      "set cbtics 0.25 out nomirror",
      "set cblabel \(GnuplotText.quoted("P(" + GnuplotText.enhancedLiteral(classNames[1]) + " | x)"))",
    ])
    var plots = ["\(image) with image notitle"]
    plots += scatter.clauses
    if boundary {
      plots.append(
        "$boundary using 1:2 with lines lw 3 lc rgb \"\(style.boundaryColor)\" title \"P = 0.5\"")
    }
    script.command("plot " + plots.joined(separator: ", \\\n     "))
  }

  static func ranges(_ xRange: ClosedRange<Double>, _ yRange: ClosedRange<Double>) -> [String] {
    // 6 decimals, more for a plane measured in tiny units
    func text(_ range: ClosedRange<Double>) -> String {
      let span = range.upperBound - range.lowerBound
      let decimals = min(12, max(6, 6 - Int(log10(span).rounded(.down))))
      return "[\(GnuplotText.number(range.lowerBound, decimals: decimals)):"
        + "\(GnuplotText.number(range.upperBound, decimals: decimals))]"
    }
    return ["set xrange \(text(xRange))", "set yrange \(text(yRange))"]
  }

  /// Equal units, a frame, labels, and the key below the map, in as many rows as
  /// its entries need (`keyRows`).
  static func mapCommands(
    title: String, xLabel: String, yLabel: String, keyTitles: [String], style: PlotStyle
  ) -> [String] {
    let rows = keyRows(keyTitles, style: style)
    return [
      style.titleCommand(title),
      "set xlabel \(GnuplotText.quoted(xLabel))",
      "set ylabel \(GnuplotText.quoted(yLabel))",
      "set size ratio -1",
      "unset grid",
      "set border 15 front lw 1 lc rgb \"\(style.axisColor)\"",
      "set tics out nomirror front",
      "set key below center horizontal maxrows \(rows) samplen 2 width 1",
      // room for the tick labels, the x label and the key: gnuplot's own guess lets
      // the x label run into a key of two rows
      "set bmargin \(GnuplotText.number(4.2 + 1.25 * Double(rows), decimals: 2))",
    ]
  }

  /// How many rows a key below the plot takes. gnuplot puts as many columns side by
  /// side as the longest title allows, and the bottom margin must hold them all (a
  /// margin too small lets the x label run into the key), so the estimate errs on
  /// the side of fewer columns: about 70% of the canvas for the plot, and 0.75 em
  /// per character plus the sample and the gaps.
  static func keyRows(_ titles: [String], style: PlotStyle) -> Int {
    let longest = Double(titles.map(\.count).max() ?? 0)
    let entryWidth = (longest + 6) * 0.75 * style.fontSize
    let columns = max(1, min(4, Int(0.7 * Double(style.width) / entryWidth)))
    return max(1, (titles.count + columns - 1) / columns)
  }

  static func scatter(
    training: LabelledPoints?, test: LabelledPoints?, classNames: [String], style: PlotStyle
  ) -> (clauses: [String], titles: [String]) {
    var clauses: [String] = []
    var titles: [String] = []
    let both = training != nil && test != nil
    // a class missing from a set gets no clause: gnuplot warns about empty plots;
    // the key fills column by column, so each class's train and test entries pair up
    for k in classNames.indices {
      let name = GnuplotText.enhancedLiteral(classNames[k])
      if let training, training.labels.contains(k) {
        let title = GnuplotText.quoted(both ? "\(name) (train)" : name)
        clauses += style.scatterClauses(block: "$train", classIndex: k, title: title, test: false)
        titles.append(both ? "\(classNames[k]) (train)" : classNames[k])
      }
      if let test, test.labels.contains(k) {
        let title = GnuplotText.quoted(both ? "\(name) (test)" : name)
        clauses += style.scatterClauses(block: "$test", classIndex: k, title: title, test: true)
        titles.append(both ? "\(classNames[k]) (test)" : classNames[k])
      }
    }
    return (clauses, titles)
  }

  /// The index of the largest value, the first one on a tie (as `argmax`).
  static func firstArgmax(_ values: ArraySlice<Double>) -> Int {
    var best = values.startIndex
    for i in values.indices where values[i] > values[best] { best = i }
    return best - values.startIndex
  }
}
