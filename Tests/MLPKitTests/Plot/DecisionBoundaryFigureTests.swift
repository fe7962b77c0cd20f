import Foundation
import MLPKit
import Testing

/// The binary decision-boundary figure: grid values, the contour gnuplot traces,
/// rendering with a fitted sklearn network, and errors.
@Suite struct DecisionBoundaryFigureTests {
  /// A closed-form classifier whose boundary is known: P = σ(3(x₂ − sin x₁)),
  /// so P = 0.5 exactly on x₂ = sin x₁.
  static func sineProbability(_ x: Tensor) throws -> Tensor {
    Tensor(
      (0..<x.rowCount).map { i in
        let (a, b) = (x.scalars[2 * i], x.scalars[2 * i + 1])
        return 1 / (1 + exp(-3 * (b - sin(a))))
      })
  }

  static func moons() throws -> (
    train: LabelledPoints, test: LabelledPoints, model: ReferenceForward
  ) {
    let moons = try PlotReference.load().moons
    let model = try ReferenceForward(
      weights: moons.model.weights, biases: moons.model.biases, activation: moons.model.activation,
      output: "logistic")
    return (
      try LabelledPoints(rows: moons.x_train, labels: moons.y_train),
      try LabelledPoints(rows: moons.x_test, labels: moons.y_test), model
    )
  }

  @Test func gridValuesAreTheProbabilityFunctionAtTheGridPoints() throws {
    for (columns, rows) in [(7, 5), (40, 31), (100, 100)] {
      let grid = try DecisionGrid(
        xRange: -3.1...2.9, yRange: -1.7...1.3, columns: columns, rows: rows)
      #expect(grid.xs.first == -3.1 && grid.xs.last == 2.9 && grid.ys.last == 1.3)
      let script = try decisionBoundaryFigure(
        probability: Self.sineProbability, grid: grid, title: "t")
      let written = PlotTestSupport.datablockRows(script.text, name: "grid")
      try #require(written.count == columns * rows)
      for (n, row) in written.enumerated() {
        let (x, y) = (grid.xs[n % columns], grid.ys[n / columns])
        #expect(abs(row[0] - x) <= 0.5e-4 && abs(row[1] - y) <= 0.5e-4, "point \(n)")
        #expect(abs(row[2] - 1 / (1 + exp(-3 * (y - sin(x))))) <= 0.5e-4 + 1e-12, "p at point \(n)")
      }
      // grid format: a blank line closes each grid row
      let block = script.datablocks.first { $0.name == "grid" }
      #expect(block?.text.components(separatedBy: "\n\n").count == rows + 1)
      // the values handed to the figure are exactly the function's
      let p = try grid.classOneProbabilities(Self.sineProbability)
      #expect(
        p
          == (0..<(rows * columns)).map { n in
            1 / (1 + exp(-3 * (grid.ys[n / columns] - sin(grid.xs[n % columns]))))
          })
    }
  }

  @Test func theTracedContourSeparatesTheTwoClasses() throws {
    try PlotTestSupport.requireGnuplot()
    let grid = try DecisionGrid(xRange: -3.2...3.2, yRange: -1.6...1.6, columns: 81, rows: 41)
    let script = try decisionBoundaryFigure(
      probability: Self.sineProbability, grid: grid, title: "t")
    let folder = try PlotTestSupport.scratch("boundary-contour")
    let table = folder.appendingPathComponent("boundary.txt")
    // run the figure's own script, then copy gnuplot's $boundary to a file
    _ = try PlotTestSupport.renderer.run(
      script.retargeted(to: .png, output: folder.appendingPathComponent("f.png").path).text
        + "set table \(GnuplotText.fileName(table.path))\nplot $boundary using 1:2 with table\nunset table\n"
    )
    let contour = try String(contentsOf: table, encoding: .utf8).split(separator: "\n")
      .filter { !$0.hasPrefix("#") }
      .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Double($0) } }
      .filter { $0.count == 2 }
    #expect(contour.count > 80)
    // every traced point is on the true boundary x₂ = sin x₁ (up to interpolation)
    for point in contour {
      #expect(abs(point[1] - sin(point[0])) < 0.01, "\(point)")
    }
    // every grid edge whose ends fall in different classes is crossed by the contour
    let p = try grid.classOneProbabilities(Self.sineProbability)
    let xs = grid.xs.map { (($0 * 1e4).rounded()) / 1e4 }
    let ys = grid.ys.map { (($0 * 1e4).rounded()) / 1e4 }
    func crossed(_ a: (Double, Double), _ b: (Double, Double)) -> Bool {
      contour.contains { c in
        let t = 2e-4
        return c[0] >= min(a.0, b.0) - t && c[0] <= max(a.0, b.0) + t && c[1] >= min(a.1, b.1) - t
          && c[1] <= max(a.1, b.1) + t
      }
    }
    var edges = 0
    for r in 0..<grid.rows {
      for c in 0..<grid.columns {
        let here = p[r * grid.columns + c] > 0.5
        if c + 1 < grid.columns, here != (p[r * grid.columns + c + 1] > 0.5) {
          edges += 1
          #expect(
            crossed((xs[c], ys[r]), (xs[c + 1], ys[r])), "row \(r) between columns \(c), \(c + 1)")
        }
        if r + 1 < grid.rows, here != (p[(r + 1) * grid.columns + c] > 0.5) {
          edges += 1
          #expect(
            crossed((xs[c], ys[r]), (xs[c], ys[r + 1])), "column \(c) between rows \(r), \(r + 1)")
        }
      }
    }
    #expect(edges > 80)
    // points well inside either side are far from the contour
    for (n, value) in p.enumerated() where abs(value - 0.5) > 0.3 {
      let (x, y) = (xs[n % grid.columns], ys[n / grid.columns])
      let nearest = contour.map { hypot($0[0] - x, $0[1] - y) }.min() ?? 0
      #expect(nearest > 0.05, "grid point (\(x), \(y)) with P = \(value)")
    }
  }

  @Test func aFittedSklearnNetworkOnTheMoonsRenders() throws {
    let (train, test, model) = try Self.moons()
    let grid = try DecisionGrid.covering([train, test], margin: 0.08)
    let script = try decisionBoundaryFigure(
      probability: { try model($0) }, grid: grid, training: train, test: test,
      title: "Two moons · MLP 2-16-16-1 (ReLU) · decision boundary P = 0.5")
    let folder = try PlotTestSupport.scratch("boundary-moons")
    try PlotTestSupport.keep(script, in: folder, name: "moons")
    try PlotTestSupport.expectRenders(script, in: folder, name: "moons", formats: [.png, .svg])
    #expect(script.text.contains("title \"class 0 (train)\""))
    #expect(script.text.contains("title \"class 1 (test)\""))
    #expect(script.text.contains("set cblabel \"P(class 1 | x)\""))
    // the written points are the data, row by row
    let rows = PlotTestSupport.datablockRows(script.text, name: "test")
    #expect(rows.count == test.count)
    for (i, row) in rows.enumerated() {
      #expect(abs(row[0] - test.x.scalars[2 * i]) <= 0.5e-4 && Int(row[2]) == test.labels[i])
    }
  }

  @Test func goldenScriptsAreStable() throws {
    let train = try LabelledPoints(
      rows: [[-1.5, 0.8], [0.5, -0.6], [1.2, 1.1], [-0.3, -0.9]], labels: [1, 0, 1, 0])
    let grid = try DecisionGrid(xRange: -2...2, yRange: -1.2...1.2, columns: 9, rows: 5)
    let script = try decisionBoundaryFigure(
      probability: Self.sineProbability, grid: grid, training: train,
      classNames: ["below_sine", "above {sine}"], title: "Golden boundary · σ(3(x_2 − sin x_1))")
    #expect(script.text.contains("title \"above \\\\{sine\\\\}\""))
    try PlotTestSupport.expectGolden(script.text, named: "decision_boundary")
    let folder = try PlotTestSupport.scratch("boundary-golden")
    try PlotTestSupport.expectRenders(script, in: folder, name: "golden", formats: [.png])

    let network = try GnuplotNetwork(
      weights: [
        try Tensor(rows: [[1.5, -0.5, 0.25], [-1, 2, 0.75]]), try Tensor(rows: [[1], [-2], [0.5]]),
      ],
      biases: [Tensor([0.1, -0.2, 0.3]), Tensor([0.05])], layout: .fanInByFanOut, activation: .tanh)
    let function = try decisionBoundaryFigure(
      network: network, xRange: -2...2, yRange: -1.5...1.5, samples: 40, training: train,
      title: "Golden boundary · network as a gnuplot function")
    try PlotTestSupport.expectGolden(function.text, named: "decision_boundary_function")
    try PlotTestSupport.expectRenders(function, in: folder, name: "function", formats: [.png])
  }

  @Test func badInputsThrowClearErrors() throws {
    let grid = try DecisionGrid(xRange: 0...1, yRange: 0...1, columns: 3, rows: 2)
    let names = #expect(throws: ParameterError.self) {
      try decisionBoundaryFigure(
        probability: Self.sineProbability, grid: grid, classNames: ["a", "b", "c"], title: "t")
    }
    #expect(names?.description.contains("classNames must be two names") == true)
    let label = #expect(throws: LabelError.self) {
      try decisionBoundaryFigure(
        probability: Self.sineProbability, grid: grid,
        test: try LabelledPoints(rows: [[0, 0], [1, 1]], labels: [0, 2]), title: "t")
    }
    #expect(
      label?.description
        == "test label 2 at index 1 is outside the valid range 0..<2 (one class name per index)")
    let range = #expect(throws: ParameterError.self) {
      try decisionBoundaryFigure(probability: { $0.map { $0 * 3 } }, grid: grid, title: "t")
    }
    // an [N, 2] output is read as predictProba: column 1 is 3·x₂, first too big at (0, 1)
    #expect(range?.description == "probability at grid point (0, 1) must be in [0, 1]; got 3")
    let shape = #expect(throws: ShapeError.self) {
      try decisionBoundaryFigure(probability: { _ in Tensor([0.5, 0.5]) }, grid: grid, title: "t")
    }
    #expect(shape?.description.contains("expected [6], [6, 1] or [6, 2] for 6 grid points") == true)
    let empty = #expect(throws: ParameterError.self) {
      try DecisionGrid(xRange: 1...1, yRange: 0...1)
    }
    #expect(empty?.description == "xRange must be a finite range with lower < upper; got 1...1")
    let points = #expect(throws: ShapeError.self) {
      try LabelledPoints(x: try Tensor(rows: [[1, 2, 3]]), labels: [0])
    }
    #expect(points?.description.contains("points must be [N, 2]") == true)
    let samples = #expect(throws: ParameterError.self) {
      let network = try GnuplotNetwork(
        weights: [try Tensor(rows: [[1], [1]])], biases: [Tensor([0])], layout: .fanInByFanOut,
        activation: .relu)
      _ = try decisionBoundaryFigure(
        network: network, xRange: 0...1, yRange: 0...1, samples: 5, title: "t")
    }
    #expect(samples?.description == "samples must be in 10...500; got 5")
  }
}
