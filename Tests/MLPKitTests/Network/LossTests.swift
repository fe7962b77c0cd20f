import Foundation
import MLPKit
import Testing

/// Cross-entropy and binary cross-entropy against PyTorch's values and gradients.
@Suite struct LossTests {
  @Test func referenceExampleGivesTorchsMean() throws {
    let loss = try CrossEntropyLoss()(Tensor(rows: [[1, 2], [0.5, 0.1]]), LabelTensor([0, 1]))
    #expect(String(format: "%.4f", loss.value) == "1.1131")
    #expect(loss.gradFunction == "NllLossBackward0")
    #expect(loss.gradient.shape == [2, 2])
  }

  @Test func crossEntropyMatchesTorchValuesAndGradients() throws {
    let cases = try #require(TorchFixtures.parity?.crossEntropy)
    #expect(cases.count >= 7)
    for c in cases {
      let loss = try CrossEntropyLoss()(Tensor(rows: c.logits), LabelTensor(c.target))
      #expect(isClose(loss.value, c.loss, rtol: 1e-13, atol: 1e-15), "\(c.logits)")
      #expect(
        allClose(loss.gradient.scalars, c.gradient.flatMap { $0 }, rtol: 1e-12, atol: 1e-16),
        "\(c.logits)")
    }
  }

  @Test func outOfRangeTargetsQuoteTorchAndPointToLabelEncoder() throws {
    let errors = try #require(TorchFixtures.parity?.crossEntropyErrors)
    for e in errors {
      let bad = try #require(e.target.first { $0 < 0 || $0 >= 2 })
      let position = try #require(e.target.firstIndex(of: bad))
      #expect {
        try CrossEntropyLoss()(Tensor.zeros([e.target.count, 2]), LabelTensor(e.target))
      } throws: { error in
        let text = "\(error)"
        return error is LabelError && text.contains(e.message)
          && text.contains("target \(bad) at position \(position)")
          && text.contains("0...1") && text.contains("LabelEncoder")
      }
    }
  }

  @Test func crossEntropyShapeErrorsNameBothShapes() {
    #expect {
      try CrossEntropyLoss()(Tensor.zeros([3, 2]), LabelTensor([0, 1]))
    } throws: { error in
      error is ShapeError && "\(error)".contains("[3, 2]") && "\(error)".contains("[2]")
    }
    #expect(throws: ShapeError.self) { try CrossEntropyLoss()(Tensor([1, 2]), LabelTensor([0])) }
    #expect(throws: ShapeError.self) {
      try CrossEntropyLoss()(Tensor.zeros([0, 2]), LabelTensor([]))
    }
  }

  @Test func crossEntropyIsStableForHugeLogits() throws {
    let loss = try CrossEntropyLoss()(
      Tensor(rows: [[1000, -1000], [-1e308, 1e308]]), LabelTensor([0, 1]))
    #expect(loss.value == 0)
    #expect(loss.gradient.scalars.allSatisfy { $0.isFinite })
  }

  @Test func bceMatchesTorchIncludingTheClamps() throws {
    let cases = try #require(TorchFixtures.parity?.bce)
    #expect(cases.count >= 4)
    for c in cases {
      let p = try Tensor(shape: c.shape, scalars: c.input)
      let loss = try BCELoss()(p, Tensor(shape: c.shape, scalars: c.target))
      #expect(isClose(loss.value, c.loss, rtol: 1e-13), "\(c.input)")
      #expect(allClose(loss.gradient.scalars, c.gradient, rtol: 1e-12, atol: 1e-16), "\(c.input)")
      #expect(loss.gradient.shape == c.shape)
    }
  }

  @Test func bceWithLogitsMatchesTorch() throws {
    let cases = try #require(TorchFixtures.parity?.bceWithLogits)
    #expect(cases.count >= 4)
    for c in cases {
      let z = try Tensor(shape: c.shape, scalars: c.input)
      let loss = try BCEWithLogitsLoss()(z, Tensor(shape: c.shape, scalars: c.target))
      #expect(isClose(loss.value, c.loss, rtol: 1e-13), "\(c.input)")
      #expect(allClose(loss.gradient.scalars, c.gradient, rtol: 1e-12, atol: 1e-16), "\(c.input)")
    }
  }

  @Test func binaryLossesTakeZeroOneLabels() throws {
    let z = try Tensor(rows: [[0.3], [-1.2], [2.0]])
    let withLabels = try BCEWithLogitsLoss()(z, LabelTensor([1, 0, 1]))
    let withFloats = try BCEWithLogitsLoss()(z, Tensor(rows: [[1], [0], [1]]))
    #expect(withLabels.value == withFloats.value)
    #expect {
      try BCELoss()(Tensor([0.2, 0.9]), LabelTensor([0, 2]))
    } throws: { error in
      error is LabelError && "\(error)".contains("label 2 at position 1 is not 0 or 1")
    }
  }

  @Test func binaryLossErrorsNameTheProblem() {
    #expect {
      try BCELoss()(Tensor([0.2, 1.5]), Tensor([0, 1]))
    } throws: { error in
      let text = "\(error)"
      return error is ParameterError && text.contains("1.5 at flat position 1")
        && text.contains("all elements of input should be between 0 and 1")
    }
    #expect {
      try BCEWithLogitsLoss()(Tensor.zeros([4, 1]), Tensor([0, 1, 0, 1]))
    } throws: { error in
      error is ShapeError && "\(error)".contains("[4, 1]") && "\(error)".contains("[4]")
    }
  }
}
