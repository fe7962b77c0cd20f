import Foundation
import MLPKit
import Testing

/// The seed's PyTorch loop, epoch by epoch: 2-10-10-2 ReLU, CrossEntropyLoss, Adam
/// (lr 0.01), 50 full-batch epochs. The printed loss is taken before the step, the test
/// accuracy after it. PyTorch ran it in float32; we run it in Double from the same
/// (generator-drawn) initial weights and compare the printed 4 decimals.
@Suite struct Chapter3LoopTests {
  static let seeds: [TorchFixtures.Chapter3.Seed] =
    ((try? Fixtures.load("torch_chapter3")) as TorchFixtures.Chapter3?)?.seeds ?? []

  @Test func fixtureHasTheRequestedSeedsAndTheReferenceLines() throws {
    #expect(Chapter3LoopTests.seeds.map(\.seed) == [0, 1, 2, 7, 42, 123])
    let seed0 = try #require(Chapter3LoopTests.seeds.first)
    #expect(seed0.lines[0] == "Epoch 1/50 - Loss: 0.7237 - Accuracy: 0.4950")
    #expect(seed0.lines[9] == "Epoch 10/50 - Loss: 0.6000 - Accuracy: 0.8150")
    #expect(seed0.lines[49] == "Epoch 50/50 - Loss: 0.2405 - Accuracy: 0.9050")
  }

  @Test(arguments: Chapter3LoopTests.seeds)
  func epochLinesMatchPyTorch(_ reference: TorchFixtures.Chapter3.Seed) throws {
    let (xTrain, yTrain, xTest, yTest) = try TorchFixtures.tensors()
    var g = TorchGenerator(manualSeed: reference.seed)
    let model = try Sequential(
      name: "MLPClassifier",
      [
        ("hidden1", Linear(2, 10, generator: &g)), ("relu1", ReLU()),
        ("hidden2", Linear(10, 10, generator: &g)), ("relu2", ReLU()),
        ("output", Linear(10, 2, generator: &g)),
      ])
    let criterion = CrossEntropyLoss()
    let optimizer = try Adam(model.parameters, lr: 0.01)
    let epochs = 50
    var lines: [String] = []
    for epoch in 0..<epochs {
      let logits = try model(xTrain)  // forward  [800, 2]
      let loss = try criterion(logits, yTrain)
      optimizer.zeroGrad()
      try model.backward(loss)  // backward
      try optimizer.step()  // update
      let predicted = try model(xTest).argmax(dim: 1)  // [200]
      let correct = zip(predicted.values, yTest.values).filter { $0 == $1 }.count
      let accuracy = Double(correct) / Double(yTest.count)
      lines.append(
        "Epoch \(epoch + 1)/\(epochs) - Loss: \(String(format: "%.4f", loss.value)) - "
          + "Accuracy: \(String(format: "%.4f", accuracy))")
      // against torch's own float64 run of the same loop: agreement to rounding
      #expect(abs(loss.value - reference.loss64[epoch]) < 1e-12, "epoch \(epoch + 1)")
      #expect(accuracy == reference.accuracy64[epoch], "epoch \(epoch + 1)")
    }
    #expect(lines == reference.lines)
  }
}
