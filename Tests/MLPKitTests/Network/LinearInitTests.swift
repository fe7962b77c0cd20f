import Foundation
import MLPKit
import Testing

/// `nn.Linear`'s default init and sklearn's Glorot init, against torch and numpy.
@Suite struct LinearInitTests {
  @Test func seedModelMatchesTheDocumentedFirstWeights() throws {
    var g = TorchGenerator(manualSeed: 0)
    let hidden1 = try Linear(2, 10, generator: &g)
    #expect(try hidden1.weight.value.row(0).scalars == [-0.005293981172144413, 0.37932288646698])
    #expect(try hidden1.bias?.value.element(0) == 0.2568332850933075)
  }

  @Test(arguments: TorchFixtures.parity?.`init` ?? [])
  func everyParameterEqualsTorchBitForBit(_ c: TorchFixtures.InitCase) throws {
    var g = TorchGenerator(manualSeed: c.seed)
    let model = try Sequential(
      c.layers.map {
        ($0.name, try Linear($0.inFeatures, $0.outFeatures, bias: $0.bias, generator: &g))
      })
    let ours = model.parameters
    #expect(ours.map(\.name) == c.parameters.map(\.name))
    for (p, expected) in zip(ours, c.parameters) {
      #expect(p.shape == expected.shape, "\(p.name)")
      #expect(p.value.scalars == expected.values, "seed \(c.seed) \(p.name)")
    }
  }

  @Test func torchBoundsEqualOneOverRootFanIn() {
    // a = √5 makes gain·√3 = 1, up to rounding; bias bound is 1/√fan_in exactly
    for fanIn in [1, 2, 3, 10, 64, 1000] {
      let (w, b) = Linear.torchBounds(fanIn: fanIn)
      #expect(abs(w - 1 / Double(fanIn).squareRoot()) < 1e-15)
      #expect(b == 1 / Double(fanIn).squareRoot())
    }
  }

  @Test(arguments: TorchFixtures.parity?.glorot ?? [])
  func glorotMatchesSklearnsDraws(_ c: TorchFixtures.GlorotCase) throws {
    var rs = RandomState(seed: c.seed)
    let activation = try Activation(named: c.activation)
    for (k, expected) in c.layers.enumerated() {
      let (fanIn, fanOut) = (c.units[k], c.units[k + 1])
      let layer = try Linear(fanIn, fanOut, glorotUniform: &rs, activation: activation)
      // our weight is [out, in], sklearn's coef_ is [in, out]
      #expect(layer.weight.value.transposed.scalars == expected.coef)
      #expect(layer.bias?.value.scalars == expected.intercept)
    }
  }

  @Test func glorotBoundsAreSklearns() {
    #expect(Linear.glorotBound(fanIn: 2, fanOut: 10, activation: .relu) == 0.7071067811865476)
    #expect(Linear.glorotBound(fanIn: 10, fanOut: 10, activation: .tanh) == 0.5477225575051661)
    #expect(Linear.glorotBound(fanIn: 10, fanOut: 1, activation: .relu) == 0.7385489458759964)
    #expect(
      Linear.glorotBound(fanIn: 10, fanOut: 1, activation: .logistic) == (2.0 / 11).squareRoot())
  }

  @Test func noBiasDrawsOnlyTheWeight() throws {
    var a = TorchGenerator(manualSeed: 5)
    var b = TorchGenerator(manualSeed: 5)
    let without = try Linear(3, 2, bias: false, generator: &a)
    let with = try Linear(3, 2, generator: &b)
    #expect(without.bias == nil)
    #expect(without.parameters.count == 1)
    #expect(without.weight.value == with.weight.value)
    #expect(without.description == "Linear(in_features=3, out_features=2, bias=False)")
  }

  @Test func badSizesThrowNamingTheParameter() {
    var g = TorchGenerator(manualSeed: 0)
    #expect {
      try Linear(0, 3, generator: &g)
    } throws: { error in
      "\(error)" == "Linear inFeatures must be an integer ≥ 1; got 0"
    }
    var rs = RandomState(seed: 0)
    #expect {
      try Linear(2, -1, glorotUniform: &rs)
    } throws: { error in
      "\(error)".contains("Linear outFeatures must be an integer ≥ 1; got -1")
    }
  }

  @Test func explicitWeightsCheckTheirShapes() {
    #expect {
      try Linear(weight: Tensor(rows: [[1, 2], [3, 4], [5, 6]]), bias: Tensor([1, 2]))
    } throws: { error in
      let text = "\(error)"
      return error is ShapeError && text.contains("[3, 2]") && text.contains("[2]")
        && text.contains("the bias must be [3]")
    }
    #expect(throws: ShapeError.self) { try Linear(weight: Tensor([1, 2]), bias: nil) }
  }
}
