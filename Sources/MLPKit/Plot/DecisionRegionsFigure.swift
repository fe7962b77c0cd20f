/// A K-class classifier's decision regions: each grid cell coloured by its argmax
/// class, tinted by confidence, with the boundaries between regions and the points.
///
/// `probabilities` is called once with the grid's points (`[N, 2]`, x₁ fastest) and
/// returns `[N, K]` class probabilities (softmax rows, sklearn's `predictProba`).
/// The datablock `$grid` holds exactly those (`x1 x2 p1 … pK`, 3 decimals, grid
/// format); everything else is computed by gnuplot functions written into the
/// script, so a reader sees how the picture follows from the probabilities:
/// - `winner(K)`: the argmax class (1-based; the first wins a tie, as `argmax`);
/// - the cell colour: white mixed with the class colour by
///   `0.3 + 0.55 · (p_max − 1/K) / (1 − 1/K)`, pale where the model hesitates;
/// - `margin(k) = p_k − max_{j≠k} p_j`, positive exactly where k wins; its 0-level
///   contours, traced into `$boundary`, are the region boundaries.
/// Class names (any text) label the key; training points are filled, test points
/// hollow, both with white halos. `unknown` points (`[M, 2]`, e.g. test samples of a
/// class the model never saw) are black crosses: the map shows which class the
/// model gives them anyway. Axes have equal units.
/// - Throws: `ParameterError` for fewer than 2 class names; `ShapeError` unless the
///   output is `[N, K]`; `ParameterError` naming the first value outside [0, 1];
///   `LabelError` for a point label outside `0..<K`; `ShapeError` unless the
///   unknown points are `[M, 2]`.
/// Introduced in §4.5.
public func decisionRegionsFigure(
  probabilities: (Tensor) throws -> Tensor,
  grid: DecisionGrid,
  classNames: [String],
  training: LabelledPoints? = nil,
  test: LabelledPoints? = nil,
  unknown: (points: Tensor, title: String)? = nil,
  title: String,
  xLabel: String = "x_1",
  yLabel: String = "x_2",
  style: PlotStyle = .standard
) throws -> GnuplotScript {
  let k = classNames.count
  guard k >= 2 else {
    throw ParameterError(
      parameter: "classNames", expected: "at least 2 names, one per class", got: "\(k)")
  }
  try training?.validate(classCount: k, role: "training")
  try test?.validate(classCount: k, role: "test")
  let p = try grid.classProbabilities(probabilities, classCount: k)
  let points = grid.points
  var columns: [GnuplotColumn] = [
    .numbers("x1", (0..<grid.count).map { points[unchecked: $0, 0] }, .fixed(grid.decimals)),
    .numbers("x2", (0..<grid.count).map { points[unchecked: $0, 1] }, .fixed(grid.decimals)),
  ]
  for c in 0..<k {
    columns.append(.numbers("p\(c + 1)", (0..<grid.count).map { p[$0 * k + c] }, .fixed(3)))
  }
  var script = style.script(summary: [
    "MLP Workbook figure: decision regions — \(title)",
    "$grid: x1 x2 and the \(k) class probabilities on a \(grid.columns)×\(grid.rows) grid; "
      + "$train, $test: x1 x2 class (0-based)",
  ])
  try script.add(GnuplotDatablock(name: "grid", columns: columns, gridRowLength: grid.columns))
  if let training { try script.add(training.datablock(name: "train")) }
  if let test { try script.add(test.datablock(name: "test")) }
  if let unknown {
    let points = try LabelledPoints(
      x: unknown.points, labels: Array(repeating: 0, count: unknown.points.rowCount))
    try script.add(points.datablock(name: "unknown"))
  }
  script.commands(style.commonCommands)
  script.commands(BoundaryMap.ranges(grid.xRange, grid.yRange))

  let rgb = (0..<k).map { PlotStyle.rgb(style.classColor($0)) }
  script.comment("class colours (1-based), argmax, confidence tint and margins")
  script.commands([
    "K = \(k)",
    "array CR[K] = [\(rgb.map { String($0[0]) }.joined(separator: ", "))]",
    "array CG[K] = [\(rgb.map { String($0[1]) }.joined(separator: ", "))]",
    "array CB[K] = [\(rgb.map { String($0[2]) }.joined(separator: ", "))]",
    "larger(a, b) = a > b ? a : b",
    "winner(n) = (T = 1, sum [j=2:n] (column(2+j) > column(2+T) ? (T = j, 0) : 0), T)",
    "margin(k) = (M = -1, sum [j=1:K] (j != k ? (M = larger(M, column(2+j)), 0) : 0), column(2+k) - M)",
    "tint(p) = 0.3 + 0.55 * (p - 1.0/K) / (1 - 1.0/K)",
    "shade(c, p) = 255 - tint(p) * (255 - c)",
  ])
  // a boundary exists only where at least two classes win somewhere on the grid
  let boundary =
    Set((0..<grid.count).map { BoundaryMap.firstArgmax(p[(($0) * k)..<(($0 + 1) * k)]) }).count > 1
  if boundary {
    script.comment("region boundaries: where margin(k) = p_k - max_{j≠k} p_j crosses 0")
    script.commands([
      "set contour base", "set cntrparam levels discrete 0", "unset surface",
      "set table $boundary", "splot for [k=1:K] $grid using 1:2:(margin(k))", "unset table",
      "unset contour", "set surface",
    ])
  }
  var plots = [
    "$grid using 1:2:(shade(CR[winner(K)], column(2+winner(K)))):"
      + "(shade(CG[winner(K)], column(2+winner(K)))):(shade(CB[winner(K)], column(2+winner(K)))) "
      + "with rgbimage notitle"
  ]
  if boundary {
    plots.append("$boundary using 1:2 with lines lw 2.5 lc rgb \"\(style.boundaryColor)\" notitle")
  }
  // every class gets a key entry: its points, or a colour swatch when it has none
  var keyTitles: [String] = []
  let both = training != nil && test != nil
  for c in 0..<k {
    let name = GnuplotText.enhancedLiteral(classNames[c])
    var shown = false
    if let training, training.labels.contains(c) {
      plots += style.scatterClauses(
        block: "$train", classIndex: c, title: GnuplotText.quoted(name), test: false)
      shown = true
      keyTitles.append(classNames[c])
    }
    if let test, test.labels.contains(c) {
      plots += style.scatterClauses(
        block: "$test", classIndex: c, title: GnuplotText.quoted(both ? name + " (test)" : name),
        test: true)
      shown = true
      keyTitles.append(both ? classNames[c] + " (test)" : classNames[c])
    }
    if !shown {
      plots.append(
        "keyentry with boxes fill solid 0.85 lc rgb \"\(style.classColor(c))\" title \(GnuplotText.quoted(name))"
      )
      keyTitles.append(classNames[c])
    }
  }
  if let unknown, unknown.points.rowCount > 0 {
    plots += [
      "$unknown using 1:2 with points pt 2 ps 2.4 lw 7 lc rgb \"white\" notitle",
      "$unknown using 1:2 with points pt 2 ps 2 lw 3 lc rgb \"#000000\" "
        + "title \(GnuplotText.literal(unknown.title))",
    ]
    keyTitles.append(unknown.title)
  }
  script.commands(
    BoundaryMap.mapCommands(
      title: title, xLabel: xLabel, yLabel: yLabel, keyTitles: keyTitles, style: style))
  script.command("plot " + plots.joined(separator: ", \\\n     "))
  return script
}
