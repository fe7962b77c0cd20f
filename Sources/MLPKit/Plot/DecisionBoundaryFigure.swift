/// A binary classifier's P(class 1 | x) over the plane as a heat map, its P = 0.5
/// decision boundary, and the training and test points by class.
///
/// `probability` is called once with the grid's points (`[N, 2]`, x₁ fastest) and
/// returns P(class 1) as `[N]`, `[N, 1]` or `predictProba`'s `[N, 2]`. The grid
/// becomes the datablock `$grid` (`x1 x2 p`, 4 decimals, a blank line after each
/// grid row) drawn `with image`: the default 150 × 150 grid looks smooth on a slide
/// and keeps SVG and PDF output small (an interpolated `pm3d` surface would write
/// thousands of polygons). gnuplot contours the same grid at 0.5 into the
/// datablock `$boundary` (`set table`), drawn as the boundary line. (The grid is
/// not a `nonuniform matrix`, although that would be a third of the size: gnuplot
/// 5.4 drops the outermost ring of cells when it contours matrix data.) Training points are filled, test points hollow, each with a white
/// halo; class k keeps its marker shape in both. The axes have equal units
/// (`size ratio -1`), so distances look like distances.
/// - Throws: `ShapeError`/`ParameterError` from the grid evaluation, `LabelError`
///   for a point label outside 0...1, `ParameterError` unless there are two class
///   names.
/// Introduced in §2.5.
public func decisionBoundaryFigure(
  probability: (Tensor) throws -> Tensor,
  grid: DecisionGrid,
  training: LabelledPoints? = nil,
  test: LabelledPoints? = nil,
  classNames: [String] = ["class 0", "class 1"],
  title: String,
  xLabel: String = "x_1",
  yLabel: String = "x_2",
  style: PlotStyle = .standard
) throws -> GnuplotScript {
  try BoundaryMap.validate(classNames: classNames, training: training, test: test)
  let p = try grid.classOneProbabilities(probability)
  let points = grid.points
  let block = try GnuplotDatablock(
    name: "grid",
    columns: [
      .numbers("x1", (0..<grid.count).map { points[unchecked: $0, 0] }, .fixed(grid.decimals)),
      .numbers("x2", (0..<grid.count).map { points[unchecked: $0, 1] }, .fixed(grid.decimals)),
      .numbers("p", p, .fixed(4)),
    ], gridRowLength: grid.columns)
  var script = style.script(summary: [
    "MLP Workbook figure: decision boundary — \(title)",
    "$grid: x1 x2 P(class 1) on a \(grid.columns)×\(grid.rows) grid; $train, $test: x1 x2 class",
  ])
  try script.add(block)
  // a probability that never crosses 0.5 has no boundary to draw
  let crosses = (p.min() ?? 0) < 0.5 && (p.max() ?? 0) > 0.5
  try BoundaryMap.write(
    into: &script, surface: "$grid using 1:2:3", image: "$grid using 1:2:3", boundary: crosses,
    xRange: grid.xRange, yRange: grid.yRange, training: training, test: test,
    classNames: classNames, title: title, xLabel: xLabel, yLabel: yLabel, style: style)
  return script
}

/// The resolution-independent decision boundary: the network itself is written into
/// the script (`GnuplotNetwork`) and gnuplot samples `p(x,y)` on a
/// `samples × samples` grid for the heat map (`'++' … with image`) and the P = 0.5
/// contour. The script stays a few kilobytes at any resolution; gnuplot's time
/// grows with samples² × weights (a 2-16-16-1 network at 150 × 150 takes a few
/// seconds).
/// - Throws: as `decisionBoundaryFigure(probability:…)`, and `ParameterError` for
///   `samples` outside 10...500 or an empty range.
/// Introduced in §2.5.
public func decisionBoundaryFigure(
  network: GnuplotNetwork,
  xRange: ClosedRange<Double>,
  yRange: ClosedRange<Double>,
  samples: Int = 150,
  training: LabelledPoints? = nil,
  test: LabelledPoints? = nil,
  classNames: [String] = ["class 0", "class 1"],
  title: String,
  xLabel: String = "x_1",
  yLabel: String = "x_2",
  style: PlotStyle = .standard
) throws -> GnuplotScript {
  try BoundaryMap.validate(classNames: classNames, training: training, test: test)
  guard (10...500).contains(samples) else {
    throw ParameterError(parameter: "samples", expected: "in 10...500", got: "\(samples)")
  }
  // the same checks as a grid's ranges
  _ = try DecisionGrid(xRange: xRange, yRange: yRange, columns: 2, rows: 2)
  var script = style.script(summary: [
    "MLP Workbook figure: decision boundary — \(title)",
    "the network is the function p(x,y) below; gnuplot samples it on a \(samples)×\(samples) grid",
  ])
  script.commands(network.commands)
  // '++' samples u and v (set samples × set isosamples points), so they get the map's ranges
  script.commands([
    "set samples \(samples)", "set isosamples \(samples)",
    "set urange [\(GnuplotText.number(xRange.lowerBound)):\(GnuplotText.number(xRange.upperBound))]",
    "set vrange [\(GnuplotText.number(yRange.lowerBound)):\(GnuplotText.number(yRange.upperBound))]",
  ])
  try BoundaryMap.write(
    into: &script, surface: "p(x,y)", image: "'++' using 1:2:(p($1,$2))", boundary: true,
    xRange: xRange, yRange: yRange,
    training: training, test: test, classNames: classNames, title: title, xLabel: xLabel,
    yLabel: yLabel, style: style)
  return script
}
