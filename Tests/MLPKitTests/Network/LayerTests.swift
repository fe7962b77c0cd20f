import Foundation
import MLPKit
import Testing

/// Forward and backward of each layer, worked by hand, and `Sequential`'s bookkeeping.
@Suite struct LayerTests {
  /// W = [[1, 2], [3, 4], [5, 6]] ([out 3, in 2]), b = [0.5, −1, 2].
  func smallLinear() throws -> Linear {
    try Linear(weight: Tensor(rows: [[1, 2], [3, 4], [5, 6]]), bias: Tensor([0.5, -1, 2]))
  }

  @Test func linearForwardIsXTimesWTransposedPlusB() throws {
    let layer = try smallLinear()
    let y = try layer(Tensor(rows: [[1, 0], [2, -1]]))
    // row 1: [1·1 + 0·2 + .5, 1·3 − 1, 1·5 + 2] ; row 2: [2 − 2 + .5, 6 − 4 − 1, 10 − 6 + 2]
    #expect(y == (try Tensor(rows: [[1.5, 2, 7], [0.5, 1, 6]])))
    // a single sample [in] gives [out], as nn.Linear
    #expect(try layer(Tensor([1, 0])) == Tensor([1.5, 2, 7]))
  }

  @Test func linearBackwardGivesAllThreeGradients() throws {
    let layer = try smallLinear()
    let x = try Tensor(rows: [[1, 0], [2, -1]])
    _ = try layer(x)
    let g = try Tensor(rows: [[1, 0, -1], [2, 1, 0]])
    let dx = try layer.backward(g)
    // ∂L/∂x = g • W ; ∂L/∂W = gᵀ • x ; ∂L/∂b = column sums of g
    #expect(dx == (try Tensor(rows: [[-4, -4], [5, 8]])))
    #expect(layer.weight.gradient == (try Tensor(rows: [[5, -2], [2, -1], [-1, 0]])))
    #expect(layer.bias?.gradient == Tensor([3, 1, -1]))
    // a second backward accumulates, as autograd does into .grad
    _ = try layer.backward(g)
    #expect(layer.bias?.gradient == Tensor([6, 2, -2]))
    layer.zeroGrad()
    #expect(layer.weight.gradient == nil && layer.bias?.gradient == nil)
  }

  @Test func linearRejectsAWrongInputNamingBothShapes() throws {
    let layer = try smallLinear()
    #expect {
      try layer(Tensor(rows: [[1, 2, 3]]))
    } throws: { error in
      let text = "\(error)"
      return text.contains("[1, 3]") && text.contains("[3, 2]") && text.contains("2 features")
    }
  }

  @Test func backwardBeforeForwardOrWithAWrongShapeThrows() throws {
    let layer = try smallLinear()
    #expect {
      try layer.backward(Tensor(rows: [[1, 2, 3]]))
    } throws: { error in
      "\(error)".contains("no forward pass to go back through")
    }
    _ = try layer(Tensor(rows: [[1, 0]]))
    #expect {
      try layer.backward(Tensor(rows: [[1, 2]]))
    } throws: { error in
      let text = "\(error)"
      return text.contains("[1, 3]") && text.contains("[1, 2]")
    }
    #expect(throws: ShapeError.self) { try ReLU().backward(Tensor([1])) }
  }

  @Test func activationDerivativesComeFromTheOutput() throws {
    let z = Tensor([-2, 0, 0.5, 3])
    let g = Tensor([1, 1, 1, 1])
    let relu = ReLU()
    #expect(try relu(z) == Tensor([0, 0, 0.5, 3]))
    #expect(try relu.backward(g) == Tensor([0, 0, 1, 1]))  // ReLU′(0) = 0
    let tanh = Tanh()
    let a = try tanh(z)
    #expect(try tanh.backward(g) == a.map { 1 - $0 * $0 })
    let sigmoid = Sigmoid()
    let s = try sigmoid(Tensor([0]))
    #expect(s == Tensor([0.5]))
    #expect(try sigmoid.backward(Tensor([2])) == Tensor([0.5]))  // 2 · ¼
    let identity = Identity()
    #expect(try identity(z) == z)
    #expect(try identity.backward(Tensor([1, 2, 3, 4])) == Tensor([1, 2, 3, 4]))
  }

  @Test func softmaxLayerForwardAndJacobian() throws {
    let softmax = Softmax(dim: 1)
    let z = try Tensor(rows: [[1, 2, 3], [0, 0, 0]])
    let a = try softmax(z)
    #expect(try a.sum(dim: 1).scalars.allSatisfy { abs($0 - 1) < 1e-15 })
    #expect(try a.row(1).scalars.allSatisfy { abs($0 - 1.0 / 3) < 1e-15 })
    // for g = onehot(k), ∂L/∂zᵢ = aᵢ(δᵢₖ − aₖ)
    let dz = try softmax.backward(Tensor(rows: [[0, 0, 1], [1, 0, 0]]))
    let a0 = try a.row(0).scalars
    let expected0 = [-a0[0] * a0[2], -a0[1] * a0[2], a0[2] * (1 - a0[2])]
    #expect(allClose(try dz.row(0).scalars, expected0, rtol: 1e-14, atol: 1e-17))
    #expect(allClose(try dz.row(1).scalars, [2.0 / 9, -1.0 / 9, -1.0 / 9], rtol: 1e-14))
    #expect(softmax.description == "Softmax(dim=1)")
  }

  func seedModel(seed: UInt64 = 0) throws -> Sequential {
    var g = TorchGenerator(manualSeed: seed)
    return try Sequential(
      name: "MLPClassifier",
      [
        ("hidden1", Linear(2, 10, generator: &g)), ("relu1", ReLU()),
        ("hidden2", Linear(10, 10, generator: &g)), ("relu2", ReLU()),
        ("output", Linear(10, 2, generator: &g)),
      ])
  }

  @Test func sequentialPrintsLikePyTorch() throws {
    let model = try seedModel()
    #expect(
      model.description == """
        MLPClassifier(
          (hidden1): Linear(in_features=2, out_features=10, bias=True)
          (relu1): ReLU()
          (hidden2): Linear(in_features=10, out_features=10, bias=True)
          (relu2): ReLU()
          (output): Linear(in_features=10, out_features=2, bias=True)
        )
        """)
    // nested modules are indented as torch's _addindent does; unnamed children count from 0
    let nested = try Sequential([
      Linear(weight: Tensor(rows: [[1]]), bias: nil), try Sequential([Tanh(), Softmax(dim: -1)]),
    ])
    #expect(
      nested.description == """
        Sequential(
          (0): Linear(in_features=1, out_features=1, bias=False)
          (1): Sequential(
            (0): Tanh()
            (1): Softmax(dim=-1)
          )
        )
        """)
    #expect(try Sequential(name: "Empty", [any Layer]()).description == "Empty()")
    #expect(nested.parameters.map(\.name) == ["0.weight"])
  }

  @Test func sequentialNamesCountsAndSummaries() throws {
    let model = try seedModel()
    #expect(
      model.parameters.map(\.name) == [
        "hidden1.weight", "hidden1.bias", "hidden2.weight", "hidden2.bias", "output.weight",
        "output.bias",
      ])
    #expect(model.parameterCount == 162)
    let layers = model.layerSummary()
    #expect(layers.map(\.name) == ["hidden1", "relu1", "hidden2", "relu2", "output"])
    #expect(layers.map(\.kind) == ["Linear", "ReLU", "Linear", "ReLU", "Linear"])
    #expect(layers.map(\.count) == [30, 0, 110, 0, 22])
    #expect(layers[0].shapes == [[10, 2], [10]])
    let rows = model.parameterSummary()
    #expect(rows.map(\.count) == [20, 10, 100, 10, 20, 2])
    #expect(rows[4].shapes == [[2, 10]])
    #expect(model["hidden2"] is Linear)
    #expect(model["nope"] == nil)
  }

  @Test func sequentialForwardEqualsTheLayersByHand() throws {
    let model = try seedModel(seed: 3)
    let x = try Tensor(rows: [[0.3, -1.2], [2, 0.1], [-0.7, 0.4]])
    var h = x
    for child in model.children { h = try child.layer(h) }
    #expect(try model(x) == h)
    #expect(h.shape == [3, 2])
  }

  @Test func sequentialRejectsBadChildren() throws {
    let relu = ReLU()
    #expect {
      try Sequential([("a", relu), ("b", relu)])
    } throws: { error in
      "\(error)".contains("child \"b\"") && "\(error)".contains("already used")
    }
    #expect {
      try Sequential([("a", ReLU()), ("a", Tanh())])
    } throws: { error in "\(error)".contains("\"a\" twice") }
    #expect {
      try Sequential([("a.b", ReLU())])
    } throws: { error in "\(error)".contains("without \".\"") }
  }

  @Test func lossValuePrintsLikeATorchScalar() {
    let loss = LossValue(value: 0.24049, gradient: Tensor([0]), gradFunction: "NllLossBackward0")
    #expect(loss.description == "tensor(0.2405, grad_fn=<NllLossBackward0>)")
    #expect(
      LossValue(value: 1e-5, gradient: Tensor([0]), gradFunction: "X").description
        == "tensor(1.0000e-05, grad_fn=<X>)")
    #expect(
      LossValue(value: 2, gradient: Tensor([0]), gradFunction: "X").description
        == "tensor(2., grad_fn=<X>)")
  }
}
