import Foundation
import MLPKit
import Testing

/// Backpropagation against central finite differences, for every activation × loss ×
/// layer shape, in Double: relative error below 1e-6 for every parameter and input element.
@Suite struct GradientCheckTests {
  enum LossKind: String, CaseIterable, Sendable {
    case crossEntropy, bceWithLogits, bceAfterSigmoid, bceAfterSoftmax
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let activation: Activation
    let loss: LossKind
    let sizes: [Int]
    let batch: Int
    let seed: UInt32
    var testDescription: String { "\(activation) \(loss) \(sizes) batch \(batch) seed \(seed)" }
  }

  static let shapes: [(sizes: [Int], batch: Int)] = [
    ([2, 3, 2], 4), ([5, 4, 4, 3], 9), ([1, 7, 1], 1), ([3, 6, 2], 5),
  ]

  static let cases: [Case] = Activation.allCases.flatMap { activation in
    LossKind.allCases.flatMap { loss in
      shapes.enumerated().map { k, shape in
        Case(
          activation: activation, loss: loss, sizes: shape.sizes, batch: shape.batch,
          seed: UInt32(11 * k + 3))
      }
    }
  }

  func layer(_ activation: Activation) -> any Layer {
    switch activation {
    case .relu: return ReLU()
    case .tanh: return Tanh()
    case .logistic: return Sigmoid()
    case .identity: return Identity()
    }
  }

  /// hidden layers with the activation, then the output head the loss needs
  func model(_ c: Case, _ rs: inout RandomState) throws -> Sequential {
    var children: [(String, any Layer)] = []
    for k in 0..<(c.sizes.count - 1) {
      children.append(("linear\(k)", try Linear(c.sizes[k], c.sizes[k + 1], glorotUniform: &rs)))
      if k < c.sizes.count - 2 { children.append(("act\(k)", layer(c.activation))) }
    }
    switch c.loss {
    case .bceAfterSigmoid: children.append(("sigmoid", Sigmoid()))
    case .bceAfterSoftmax: children.append(("softmax", Softmax(dim: 1)))
    default: break
    }
    return try Sequential(children)
  }

  /// The smallest |pre-activation| feeding a ReLU: it must stay away from the kink.
  func distanceFromKinks(_ model: Sequential, _ x: Tensor) throws -> Double {
    var h = x
    var smallest = Double.infinity
    for child in model.children {
      if child.layer is ReLU { smallest = min(smallest, h.scalars.map(abs).min() ?? .infinity) }
      h = try child.layer(h)
    }
    return smallest
  }

  @Test(arguments: GradientCheckTests.cases)
  func backpropagationAgreesWithFiniteDifferences(_ c: Case) throws {
    var rs = RandomState(seed: c.seed)
    let model = try model(c, &rs)
    let x = try Tensor(
      shape: [c.batch, c.sizes[0]], scalars: rs.normal(count: c.batch * c.sizes[0]))
    let outputs = c.sizes[c.sizes.count - 1]
    let classes = (0..<c.batch).map { _ in rs.interval(max(outputs - 1, 0)) }
    let bits = try Tensor(
      shape: [c.batch, outputs],
      scalars: (0..<(c.batch * outputs)).map { _ in Double(rs.interval(1)) })
    let h = 1e-5
    if c.activation == .relu { #expect(try distanceFromKinks(model, x) > 100 * h) }

    let report = try gradientCheck(model: model, input: x, step: h, includeInput: true) { output in
      switch c.loss {
      case .crossEntropy: return try CrossEntropyLoss()(output, LabelTensor(classes))
      case .bceWithLogits: return try BCEWithLogitsLoss()(output, bits)
      case .bceAfterSigmoid, .bceAfterSoftmax: return try BCELoss()(output, bits)
      }
    }
    #expect(report.checkedCount == model.parameterCount + x.count)
    #expect(report.maxRelativeError < 1e-6, "\(report)")
  }

  @Test func aWrongBackwardIsCaught() throws {
    // a layer whose backward forgets the factor 2 of y = 2x must fail the check
    final class Doubler: Layer {
      var parameters: [Parameter] { [] }
      var description: String { "Doubler()" }
      func forward(_ input: Tensor) throws -> Tensor { input * 2 }
      func backward(_ outputGradient: Tensor) throws -> Tensor { outputGradient }
    }
    var rs = RandomState(seed: 1)
    let model = try Sequential([
      ("linear", Linear(3, 2, glorotUniform: &rs)), ("double", Doubler()),
    ])
    let x = try Tensor(shape: [4, 3], scalars: rs.normal(count: 12))
    let report = try gradientCheck(model: model, input: x) {
      try CrossEntropyLoss()($0, LabelTensor([0, 1, 1, 0]))
    }
    #expect(report.maxRelativeError > 0.1)
    #expect(report.description.contains("linear."))
  }

  @Test func theCheckRestoresValuesAndGradients() throws {
    var g = TorchGenerator(manualSeed: 4)
    let model = try Sequential([
      ("a", Linear(2, 3, generator: &g)), ("t", Tanh()), ("b", Linear(3, 2, generator: &g)),
    ])
    let before = model.parameters.map(\.value)
    model.parameters[0].gradient = try Tensor.zeros([3, 2]) + 7
    let report = try gradientCheck(model: model, input: Tensor(rows: [[0.5, -1], [2, 0.25]])) {
      try CrossEntropyLoss()($0, LabelTensor([1, 0]))
    }
    #expect(report.checkedCount == 17)
    #expect(model.parameters.map(\.value) == before)
    #expect(model.parameters[0].gradient == (try Tensor.zeros([3, 2]) + 7))
    #expect(model.parameters[1].gradient == nil)
  }
}

extension GradientCheckTests {
  @Test func aBackwardReturningTheWrongShapeIsReportedNotTrapped() throws {
    final class Shrinker: Layer {
      var parameters: [Parameter] { [] }
      var description: String { "Shrinker()" }
      func forward(_ input: Tensor) throws -> Tensor { input }
      func backward(_ outputGradient: Tensor) throws -> Tensor { try outputGradient.rows(0..<1) }
    }
    #expect {
      try gradientCheck(
        model: Shrinker(), input: Tensor(rows: [[1, 2], [3, 4]]), includeInput: true
      ) {
        try CrossEntropyLoss()($0, LabelTensor([0, 1]))
      }
    } throws: { error in
      error is ShapeError && "\(error)".contains("[2, 2] and [1, 2]")
    }
  }
}
