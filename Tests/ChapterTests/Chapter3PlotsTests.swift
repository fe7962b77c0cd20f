import Foundation
import MLPKit
import Testing

/// `chapter3 --plots`: the loss curve holds PyTorch's losses and accuracies, and the
/// decision boundary is the trained network's: every grid value is its P(class 1),
/// and gnuplot's P = 0.5 contour has the points it assigns to class 1 on one side and
/// the others on the other (Tools/reference/chapter_plots.py).
@Suite struct Chapter3PlotsTests {
  typealias S = PlotsSupport
  typealias Run = PlotsReference.Chapter3.Run

  /// The two scripts of one run, written once per test process.
  static func scripts(_ run: Run) throws -> (loss: String, boundary: String) {
    // the default run is shared with the other figure tests
    let isDefault = run.seed == 0 && run.epochs == 50 && run.lr == 0.01
    let plots = try S.plotsRun("chapter3", isDefault ? [] : run.arguments)
    try #require(plots.run.status == 0, "\(plots.run.stderr)")
    return (
      try #require(plots.scripts["chapter3-loss"]), try #require(plots.scripts["chapter3-boundary"])
    )
  }

  @Test(arguments: PlotsReference.chapter3Runs)
  func theLossCurveIsPyTorchsLossAndTestAccuracy(_ run: Run) throws {
    let rows = S.datablock(try Self.scripts(run).loss, "loss")
    try #require(rows.count == run.epochs)
    for (e, row) in rows.enumerated() {
      #expect(row[0] == Double(e + 1))
      // 4 decimals or more are written; half a unit of the 4th, plus float noise
      #expect(abs(row[1] - run.loss[e]) <= 0.5e-4 + 1e-9, "epoch \(e + 1) loss")
      #expect(abs(row[2] - run.accuracy[e]) <= 0.5e-4 + 1e-9, "epoch \(e + 1) accuracy")
    }
    let text = try Self.scripts(run).loss
    #expect(text.contains("set y2label \"test accuracy\""))
    #expect(text.contains("axes x1y2"))
  }

  @Test(arguments: PlotsReference.chapter3Runs)
  func everyGridValueIsTheTrainedNetworksProbability(_ run: Run) throws {
    let text = try Self.scripts(run).boundary
    let grid = S.datablock(text, "grid")
    try #require(grid.count > 10_000)
    var worst = 0.0
    for row in grid {
      try #require(row.count == 3)
      worst = max(worst, abs(row[2] - run.probability(row[0], row[1])))
    }
    #expect(worst <= 0.5e-4 + 1e-9, "largest |grid p − PyTorch p| = \(worst)")
    // the grid points are whole steps, so the values written are the points used
    let xs = Set(grid.map { $0[0] }).sorted()
    let step = xs[1] - xs[0]
    #expect(xs.allSatisfy { abs(($0 / step).rounded() * step - $0) < 1e-9 })
  }

  @Test func thePointsAreTheChaptersScaledData() throws {
    let reference = try PlotsReference.load().chapter3
    let run = try #require(reference.runs.first)
    let text = try Self.scripts(run).boundary
    let train = S.datablock(text, "train")
    let test = S.datablock(text, "test")
    #expect(train.count == reference.data.trainRows)
    #expect(test.count == reference.data.testRows)
    for i in 0..<3 {
      #expect(abs(train[i][0] - reference.data.xTrain3[i][0]) <= 0.5e-4 + 1e-12)
      #expect(abs(train[i][1] - reference.data.xTrain3[i][1]) <= 0.5e-4 + 1e-12)
      #expect(train[i][2] == Double(reference.data.yTrain3[i]))
      #expect(abs(test[i][0] - reference.data.xTest3[i][0]) <= 0.5e-4 + 1e-12)
      #expect(test[i][2] == Double(reference.data.yTest3[i]))
    }
  }

  @Test(arguments: PlotsReference.chapter3Runs)
  func theContourHasClassOnePointsOnOneSideAndTheRestOnTheOther(_ run: Run) throws {
    try S.requireGnuplot()
    let text = try Self.scripts(run).boundary
    let grid = S.datablock(text, "grid")
    let points = S.datablock(text, "train") + S.datablock(text, "test")
    let crosses = grid.contains { $0[2] < 0.5 } && grid.contains { $0[2] > 0.5 }
    guard crosses else {
      // a network that gives one class everywhere has no boundary to draw
      #expect(!text.contains("set table $boundary"))
      #expect(
        points.allSatisfy { run.probability($0[0], $0[1]) < 0.5 }
          || points.allSatisfy { run.probability($0[0], $0[1]) > 0.5 })
      return
    }
    // the script's own contour, as gnuplot traces it
    let folder = try S.scratch("chapter3-contour")
    defer { try? FileManager.default.removeItem(at: folder) }
    let table = folder.appendingPathComponent("boundary.txt")
    let redirected = text.replacingOccurrences(
      of: "set output 'chapter3-boundary.png'",
      with: "set output \(GnuplotText.fileName(folder.appendingPathComponent("b.png").path))")
    try #require(redirected != text)
    // `print` keeps the blank lines between curves (`plot … with table` drops them)
    _ = try GnuplotRenderer().run(
      redirected + "set print \(GnuplotText.fileName(table.path))\nprint $boundary\nunset print\n")
    let contour = TracedContour(table: try S.text(table))
    try #require(contour.segments.count > 20)

    // the grid as gnuplot contours it: p by (column, row)
    let xs = Set(grid.map { $0[0] }).sorted()
    let ys = Set(grid.map { $0[1] }).sorted()
    try #require(xs.count * ys.count == grid.count)
    let step = xs[1] - xs[0]
    func p(_ i: Int, _ j: Int) -> Double { grid[j * xs.count + i][2] }

    // from the grid node farthest from 0.5 (the grid is convex, so the straight path
    // stays on the map), an odd number of crossings means the other side
    let nodes = grid.indices.map { (i: $0 % xs.count, j: $0 / xs.count) }
    let reference = try #require(nodes.max { abs(p($0.i, $0.j) - 0.5) < abs(p($1.i, $1.j) - 0.5) })
    let referenceIsClassOne = p(reference.i, reference.j) > 0.5
    var checked = 0
    for point in points {
      // a point is checked when the four corners of its grid cell and the network agree
      // on its side: no contour can then pass through the cell
      let i = min(xs.count - 2, max(0, Int(((point[0] - xs[0]) / step).rounded(.down))))
      let j = min(ys.count - 2, max(0, Int(((point[1] - ys[0]) / step).rounded(.down))))
      let corners = [p(i, j), p(i + 1, j), p(i, j + 1), p(i + 1, j + 1)]
      let classOne = run.probability(point[0], point[1]) > 0.5
      guard corners.allSatisfy({ ($0 > 0.5) == classOne }) else { continue }
      checked += 1
      let across =
        contour.crossings(from: (point[0], point[1]), to: (xs[reference.i], ys[reference.j])) % 2
        == 1
      #expect(
        (across != referenceIsClassOne) == classOne,
        "point (\(point[0]), \(point[1])) of class \(classOne ? 1 : 0)")
    }
    #expect(checked >= points.count * 9 / 10)
  }
}
