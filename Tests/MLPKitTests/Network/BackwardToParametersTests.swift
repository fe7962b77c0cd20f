import MLPKit
import Testing

/// `loss.backward(through:)` fills the same parameter gradients as `model.backward`
/// (which also forms ∂L/∂x), bit for bit, while the first layer skips ∂L/∂x.
@Suite struct BackwardToParametersTests {
  static func model(seed: UInt64, first: any Layer) throws -> Sequential {
    var g = TorchGenerator(manualSeed: seed)
    return try Sequential(
      name: "Net",
      [
        ("first", first), ("hidden", Linear(3, 5, generator: &g)), ("relu", ReLU()),
        ("output", Linear(5, 4, generator: &g)),
      ])
  }

  @Test(arguments: [0, 7, 123] as [UInt64])
  func sameGradientsWithAndWithoutTheInputGradient(seed: UInt64) throws {
    var rng = RandomState(seed: UInt32(seed))
    let x = try Tensor(shape: [9, 2], scalars: rng.normal(count: 18))
    let y = LabelTensor((0..<9).map { $0 % 4 })
    var gradients: [[Tensor?]] = []
    for useLossBackward in [false, true] {
      var g = TorchGenerator(manualSeed: seed + 100)
      let model = try Self.model(seed: seed, first: try Linear(2, 3, generator: &g))
      let loss = try CrossEntropyLoss()(model(x), y)
      if useLossBackward {
        try loss.backward(through: model)
      } else {
        let dx = try model.backward(loss)
        #expect(dx.shape == [9, 2])
      }
      gradients.append(model.parameters.map(\.gradient))
    }
    #expect(gradients[0].count == 6)
    #expect(gradients[0].allSatisfy { $0 != nil })
    #expect(gradients[0] == gradients[1])
  }

  /// An activation first: its default backwardToParameters is backward, result dropped.
  @Test func aModelThatStartsWithAnActivation() throws {
    var g = TorchGenerator(manualSeed: 3)
    let model = try Sequential(
      name: "Net", [("relu", ReLU()), ("output", Linear(2, 2, generator: &g))])
    let x = try Tensor(rows: [[1, -2], [0.5, 3]])
    let loss = try CrossEntropyLoss()(model(x), LabelTensor([0, 1]))
    try loss.backward(through: model)
    #expect(model.parameters.allSatisfy { $0.gradient != nil })
  }
}
