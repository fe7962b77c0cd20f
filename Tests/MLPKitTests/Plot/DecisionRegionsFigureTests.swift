import Foundation
import MLPKit
import Testing

/// `decisionRegionsFigure`: K classes, coloured by argmax and tinted by confidence,
/// with boundaries where the two best classes tie.
@Suite struct DecisionRegionsFigureTests {
  static func blobs() throws -> (
    model: ReferenceForward, points: LabelledPoints, reference: PlotReference.Multiclass
  ) {
    let m = try PlotReference.load().multiclass
    let model = try ReferenceForward(
      weights: m.weights, biases: m.biases, activation: m.activation, output: "softmax")
    return (model, try LabelledPoints(rows: m.x, labels: m.y), m)
  }

  /// Softmax of −distance² to K centres around a circle: a closed-form K-class model.
  static func centres(_ k: Int) -> (Tensor) throws -> Tensor {
    { x in
      let rows = (0..<x.rowCount).map { i -> [Double] in
        (0..<k).map { c in
          let angle = 2 * Double.pi * Double(c) / Double(k)
          return
            -(pow(x.scalars[2 * i] - cos(angle), 2) + pow(x.scalars[2 * i + 1] - sin(angle), 2)) * 3
        }
      }
      return try Tensor(rows: rows).softmax(dim: 1)
    }
  }

  @Test func sklearnThreeClassNetworkRendersWithBoundaries() throws {
    let (model, points, reference) = try Self.blobs()
    // the closure is sklearn's network: its predict_proba at the reference points
    let proba = try model(try Tensor(rows: reference.points))
    #expect(allClose(proba.scalars, reference.proba.flatMap { $0 }, rtol: 0, atol: 1e-12))
    let grid = try DecisionGrid.covering([points], margin: 0.08)
    let script = try decisionRegionsFigure(
      probabilities: { try model($0) }, grid: grid, classNames: ["north", "east_1", "south-west"],
      training: points, title: "Three blobs · MLP 2-12-3 (tanh, softmax)")
    let folder = try PlotTestSupport.scratch("regions-blobs")
    try PlotTestSupport.keep(script, in: folder, name: "blobs")
    try PlotTestSupport.expectRenders(script, in: folder, name: "blobs", formats: [.png, .svg])
    #expect(script.text.contains("title \"east\\\\_1\""))

    // gnuplot's winner(K) is the argmax of the probabilities, wherever it is clear-cut
    let table = folder.appendingPathComponent("winners.txt")
    _ = try PlotTestSupport.renderer.run(
      script.retargeted(to: .png, output: folder.appendingPathComponent("w.png").path).text
        + "set table \(GnuplotText.fileName(table.path))\nplot $grid using 1:2:(winner(K)) with table\nunset table\n"
    )
    let winners = try String(contentsOf: table, encoding: .utf8).split(separator: "\n")
      .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Double($0) } }
      .filter { $0.count == 3 }.map { Int($0[2]) }
    try #require(winners.count == grid.count)
    let p = try model(grid.points)
    var checked = 0
    for n in 0..<grid.count {
      let row = (0..<3).map { p.scalars[n * 3 + $0] }
      let sorted = row.sorted(by: >)
      guard sorted[0] - sorted[1] > 0.002 else { continue }
      checked += 1
      #expect(winners[n] == (row.firstIndex(of: sorted[0]) ?? -1) + 1, "grid point \(n)")
    }
    #expect(checked > grid.count * 9 / 10)

    // the traced boundaries lie where the two most probable classes tie
    let boundary = folder.appendingPathComponent("boundary.txt")
    _ = try PlotTestSupport.renderer.run(
      script.retargeted(to: .png, output: folder.appendingPathComponent("b.png").path).text
        + "set table \(GnuplotText.fileName(boundary.path))\nplot $boundary using 1:2 with table\nunset table\n"
    )
    let traced = try String(contentsOf: boundary, encoding: .utf8).split(separator: "\n")
      .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Double($0) } }
      .filter { $0.count == 2 }
    #expect(traced.count > 100)
    let atBoundary = try model(try Tensor(rows: traced))
    for i in 0..<traced.count {
      let sorted = (0..<3).map { atBoundary.scalars[i * 3 + $0] }.sorted(by: >)
      #expect(sorted[0] - sorted[1] < 0.03, "\(traced[i]): \(sorted)")
    }
  }

  @Test func manyClassesWithNamesAndMissingPointsRender() throws {
    for k in [2, 4, 6] {
      let grid = try DecisionGrid(xRange: -2...2, yRange: -1.6...1.6, columns: 120, rows: 97)
      let train = try LabelledPoints(
        rows: [[1, 0.1], [-0.9, 0.2], [0.1, 1.1], [0.3, -1.2]], labels: [0, 1, 1, 0])
      let test = try LabelledPoints(rows: [[1.2, -0.3], [-1.1, -0.1]], labels: [0, 1])
      let names = ["setosa", "versicolor", "virginica", "x_{4}", "e", "f"].prefix(k).map { $0 }
      let script = try decisionRegionsFigure(
        probabilities: Self.centres(k), grid: grid, classNames: names, training: train, test: test,
        title: "\(k) classes around a circle")
      let folder = try PlotTestSupport.scratch("regions-\(k)")
      try PlotTestSupport.expectRenders(script, in: folder, name: "circle", formats: [.png])
      // classes without points still get a key entry (a colour swatch)
      #expect(script.text.contains("keyentry") == (k > 2))
      #expect(script.text.contains("K = \(k)\n"))
      let rows = PlotTestSupport.datablockRows(script.text, name: "grid")
      #expect(rows.count == grid.count && rows[0].count == k + 2)
      let p = try Self.centres(k)(grid.points)
      #expect(allClose(rows.flatMap { $0.dropFirst(2) }, p.scalars, rtol: 0, atol: 0.5e-3 + 1e-12))
    }
  }

  @Test func goldenScriptIsStable() throws {
    let grid = try DecisionGrid(xRange: -1.5...1.5, yRange: -1.2...1.2, columns: 6, rows: 4)
    let train = try LabelledPoints(
      rows: [[1, 0], [-0.5, 0.8], [-0.5, -0.8]], labels: [0, 1, 2])
    let script = try decisionRegionsFigure(
      probabilities: Self.centres(3), grid: grid, classNames: ["a", "b", "c"], training: train,
      title: "Golden regions")
    try PlotTestSupport.expectGolden(script.text, named: "decision_regions")
    let folder = try PlotTestSupport.scratch("regions-golden")
    try PlotTestSupport.expectRenders(script, in: folder, name: "golden", formats: [.png])
  }

  @Test func badInputsThrowClearErrors() throws {
    let grid = try DecisionGrid(xRange: 0...1, yRange: 0...1, columns: 4, rows: 3)
    let one = #expect(throws: ParameterError.self) {
      try decisionRegionsFigure(
        probabilities: Self.centres(3), grid: grid, classNames: ["only"], title: "t")
    }
    #expect(one?.description == "classNames must be at least 2 names, one per class; got 1")
    let shape = #expect(throws: ShapeError.self) {
      try decisionRegionsFigure(
        probabilities: Self.centres(3), grid: grid, classNames: ["a", "b", "c", "d"], title: "t")
    }
    #expect(
      shape?.description.contains("expected [12, 4]: one probability per class at each grid point")
        == true)
    let label = #expect(throws: LabelError.self) {
      try decisionRegionsFigure(
        probabilities: Self.centres(3), grid: grid, classNames: ["a", "b", "c"],
        training: try LabelledPoints(rows: [[0, 0]], labels: [3]), title: "t")
    }
    #expect(
      label?.description
        == "training label 3 at index 0 is outside the valid range 0..<3 (one class name per index)"
    )
    let negative = #expect(throws: ParameterError.self) {
      try decisionRegionsFigure(
        probabilities: { x in try Self.centres(2)(x).map { $0 - 0.5 } }, grid: grid,
        classNames: ["a", "b"], title: "t")
    }
    // (0, 0) is equidistant (0.5 − 0.5 = 0 is fine); at (1/3, 0) class 1 gets σ(−4) − 0.5
    #expect(
      negative?.description
        == "probability at grid point (0.3333, 0) must be in [0, 1]; got -0.482014")
  }
}
