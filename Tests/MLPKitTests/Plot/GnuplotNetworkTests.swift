import Foundation
import MLPKit
import Testing

/// The network written as a gnuplot function evaluates like sklearn's
/// `predict_proba`, PyTorch's softmax, and a forward pass done in Swift.
@Suite struct GnuplotNetworkTests {
  static func network(_ case_: PlotReference.Network) throws -> GnuplotNetwork {
    try GnuplotNetwork(
      weights: try case_.weights.map { try Tensor(rows: $0) },
      biases: case_.biases.map { Tensor($0) },
      layout: case_.layout == "outByIn" ? .outByIn : .fanInByFanOut,
      activation: try Activation(named: case_.activation))
  }

  /// gnuplot's value of `p(x,y)` at each point, printed with 17 digits.
  static func gnuplotValues(_ network: GnuplotNetwork, at points: [[Double]]) throws -> [Double] {
    var lines = network.commands
    lines.append("set print \"-\"")
    for point in points {
      let (x, y) = (
        GnuplotNumberFormat.roundTrip.format(point[0]),
        GnuplotNumberFormat.roundTrip.format(point[1])
      )
      lines.append("print sprintf(\"%.17g\", p(\(x), \(y)))")
    }
    let run = try PlotTestSupport.renderer.run(lines.joined(separator: "\n") + "\n")
    return run.stdout.split(separator: "\n").compactMap { Double($0) }
  }

  @Test func gnuplotEvaluatesTheNetworkLikeSklearnTorchAndSwift() throws {
    try PlotTestSupport.requireGnuplot()
    let reference = try PlotReference.load()
    #expect(reference.networks.count >= 7)
    for case_ in reference.networks {
      let network = try Self.network(case_)
      #expect(network.layerSizes == case_.sizes)
      let values = try Self.gnuplotValues(network, at: case_.points)
      try #require(values.count == case_.points.count, "\(case_.source) \(case_.sizes)")
      let forward = try ReferenceForward(
        weights: case_.weights, biases: case_.biases, activation: case_.activation,
        output: case_.output, outByIn: case_.layout == "outByIn")
      let swift = try forward(try Tensor(rows: case_.points)).scalars
      let label = "\(case_.source) \(case_.sizes) \(case_.activation)"
      #expect(
        allClose(values, case_.p, rtol: 0, atol: 1e-12),
        "\(label): max |Δ| \(maxAbsDifference(values, case_.p))")
      #expect(
        allClose(values, swift, rtol: 0, atol: 1e-12),
        "\(label) vs Swift: \(maxAbsDifference(values, swift))")
    }
  }

  @Test func saturatedOutputsStayDefinedFarFromTheData() throws {
    try PlotTestSupport.requireGnuplot()
    // z = ±2000 would overflow exp() in a naive σ; gnuplot then makes the point undefined
    let network = try GnuplotNetwork(
      weights: [try Tensor(rows: [[1000], [0]])], biases: [Tensor([0])], layout: .fanInByFanOut,
      activation: .relu)
    let values = try Self.gnuplotValues(network, at: [[-2, 0], [2, 0], [0, 5]])
    #expect(values == [0, 1, 0.5])
    #expect(network.commands.contains("array W1[2] = [1000, 0]"))
    #expect(network.commands.contains("sigmoid(z) = z >= 0 ? 1/(1+exp(-z)) : exp(z)/(1+exp(z))"))
  }

  @Test func shapesThatDoNotFitAreNamed() throws {
    let inputs = #expect(throws: ShapeError.self) {
      try GnuplotNetwork(
        weights: [try Tensor(rows: [[1, 2], [3, 4], [5, 6]])], biases: [Tensor([0, 0])],
        layout: .fanInByFanOut, activation: .relu)
    }
    #expect(
      inputs?.description
        == "GnuplotNetwork layer 1: shape [3, 2] does not fit (as [fanIn, fanOut] it takes 3 inputs but the plane has 2 (x, y))"
    )
    let chain = #expect(throws: ShapeError.self) {
      // PyTorch layout: Linear(2, 4).weight is [4, 2]; the next must be [out, 4]
      try GnuplotNetwork(
        weights: [
          try Tensor(repeating: 0.1, shape: [4, 2]), try Tensor(repeating: 0.1, shape: [2, 3]),
        ],
        biases: [Tensor([0, 0, 0, 0]), Tensor([0, 0])], layout: .outByIn, activation: .tanh)
    }
    #expect(
      chain?.description
        == "GnuplotNetwork layer 2: shape [2, 3] does not fit (as [out, in] it takes 3 inputs but layer 1 gives 4)"
    )
    let bias = #expect(throws: ShapeError.self) {
      try GnuplotNetwork(
        weights: [try Tensor(repeating: 0.1, shape: [2, 3])], biases: [Tensor([0, 0])],
        layout: .fanInByFanOut, activation: .relu)
    }
    #expect(bias?.description.contains("the layer has 3 units but 2 biases") == true)
    let outputs = #expect(throws: ShapeError.self) {
      try GnuplotNetwork(
        weights: [try Tensor(repeating: 0.1, shape: [2, 3])], biases: [Tensor([0, 0, 0])],
        layout: .fanInByFanOut, activation: .relu)
    }
    #expect(
      outputs?.description.contains("a binary boundary needs 1 logistic output or 2 logits, not 3")
        == true)
    let finite = #expect(throws: ParameterError.self) {
      try GnuplotNetwork(
        weights: [try Tensor(rows: [[Double.nan], [1]])], biases: [Tensor([0])],
        layout: .fanInByFanOut, activation: .relu)
    }
    #expect(finite?.description == "weights of layer 1 must be finite numbers; got nan")
  }

  @Test func theFunctionFormFigureRendersWithAFittedNetwork() throws {
    let moons = try PlotReference.load().moons
    let network = try GnuplotNetwork(
      weights: try moons.model.weights.map { try Tensor(rows: $0) },
      biases: moons.model.biases.map { Tensor($0) },
      layout: .fanInByFanOut, activation: .relu)
    let train = try LabelledPoints(rows: moons.x_train, labels: moons.y_train)
    let script = try decisionBoundaryFigure(
      network: network, xRange: -1.6...2.6, yRange: -1.2...1.5, training: train,
      title: "Two moons · MLP 2-16-16-1 sampled by gnuplot")
    #expect(script.text.utf8.count < 40_000)
    let folder = try PlotTestSupport.scratch("boundary-function")
    try PlotTestSupport.expectRenders(script, in: folder, name: "moons-function", formats: [.png])
  }
}
