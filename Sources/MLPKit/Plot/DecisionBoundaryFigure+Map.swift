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
    let entries = scatter.filter { !$0.hasSuffix("notitle") }.count + (boundary ? 1 : 0)
    script.commands(
      mapCommands(title: title, xLabel: xLabel, yLabel: yLabel, keyEntries: entries, style: style))
    script.commands([
      "set palette defined (0 \"\(colors.low)\", 0.5 \"\(colors.middle)\", 1 \"\(colors.high)\")",
      "set cbrange [0:1]",
      "set cbtics 0.25 out nomirror",
      "set cblabel \(GnuplotText.quoted("P(" + GnuplotText.enhancedLiteral(classNames[1]) + " | x)"))",
    ])
    var plots = ["\(image) with image notitle"]
    plots += scatter
    if boundary {
      plots.append(
        "$boundary using 1:2 with lines lw 3 lc rgb \"\(style.boundaryColor)\" title \"P = 0.5\"")
    }
    script.command("plot " + plots.joined(separator: ", \\\n     "))
  }

  static func ranges(_ xRange: ClosedRange<Double>, _ yRange: ClosedRange<Double>) -> [String] {
    [
      "set xrange [\(GnuplotText.number(xRange.lowerBound)):\(GnuplotText.number(xRange.upperBound))]",
      "set yrange [\(GnuplotText.number(yRange.lowerBound)):\(GnuplotText.number(yRange.upperBound))]",
    ]
  }

  /// Equal units, a frame, labels, and the key below the map: one row for up to
  /// four entries, then as many rows as needed for four columns at most (so it
  /// never runs off the canvas).
  static func mapCommands(
    title: String, xLabel: String, yLabel: String, keyEntries: Int, style: PlotStyle
  ) -> [String] {
    [
      style.titleCommand(title),
      "set xlabel \(GnuplotText.quoted(xLabel))",
      "set ylabel \(GnuplotText.quoted(yLabel))",
      "set size ratio -1",
      "unset grid",
      "set border 15 front lw 1 lc rgb \"\(style.axisColor)\"",
      "set tics out nomirror front",
      "set key below center horizontal maxrows \(max(1, (keyEntries + 3) / 4)) samplen 2 width 1",
    ]
  }

  static func scatter(
    training: LabelledPoints?, test: LabelledPoints?, classNames: [String], style: PlotStyle
  ) -> [String] {
    var clauses: [String] = []
    let both = training != nil && test != nil
    // a class missing from a set gets no clause: gnuplot warns about empty plots;
    // the key fills column by column, so each class's train and test entries pair up
    for k in classNames.indices {
      let name = GnuplotText.enhancedLiteral(classNames[k])
      if let training, training.labels.contains(k) {
        let title = GnuplotText.quoted(both ? "\(name) (train)" : name)
        clauses += style.scatterClauses(block: "$train", classIndex: k, title: title, test: false)
      }
      if let test, test.labels.contains(k) {
        let title = GnuplotText.quoted(both ? "\(name) (test)" : name)
        clauses += style.scatterClauses(block: "$test", classIndex: k, title: title, test: true)
      }
    }
    return clauses
  }

  /// The index of the largest value, the first one on a tie (as `argmax`).
  static func firstArgmax(_ values: ArraySlice<Double>) -> Int {
    var best = values.startIndex
    for i in values.indices where values[i] > values[best] { best = i }
    return best - values.startIndex
  }
}
