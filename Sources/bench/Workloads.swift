import Foundation
import MLPKit

/// The benchmark's workloads, defined exactly as in `Tools/bench/reference_bench.py`
/// so that each row of the table compares the same computation.
enum Workloads {
  /// The seed's data: moons(1000, noise 0.2, 42) → 80/20 split (42) → standard scaling.
  struct SeedData {
    let xTrain: Tensor
    let xTest: Tensor
    let yTrain: [ClassLabel]
    let yTest: [ClassLabel]
  }

  static func seedData() throws -> SeedData {
    let moons = try makeMoons(nSamples: 1000, noise: 0.2, randomState: 42)
    let split = try trainTestSplit(moons.x, moons.y, testSize: 0.2, randomState: 42)
    var scaler = StandardScaler()
    let xTrain = try scaler.fitTransform(split.xTrain)
    let xTest = try scaler.transform(split.xTest)
    return SeedData(xTrain: xTrain, xTest: xTest, yTrain: split.yTrain, yTest: split.yTest)
  }

  /// sklearn's model of W1: `(100,)`, adam, 300 epochs, random_state 42.
  static func w1Model() -> MLPClassifier {
    let model = MLPClassifier(hiddenLayerSizes: [100], maxIter: 300, randomState: 42)
    model.warningSink = { _ in }
    return model
  }

  /// W2: the seed's warm-start loop, 20 one-epoch fits, each followed by the test
  /// log-loss and accuracy.
  static func w2(_ data: SeedData) throws -> (loss: Double, accuracy: Double) {
    let model = MLPClassifier(
      hiddenLayerSizes: [10, 10], maxIter: 1, randomState: 42, warmStart: true)
    model.warningSink = { _ in }
    var result = (loss: 0.0, accuracy: 0.0)
    for _ in 0..<20 {
      try model.fit(data.xTrain, data.yTrain)
      let loss = try logLoss(data.yTest, model.predictProba(data.xTest))
      let accuracy = try accuracyScore(data.yTest, model.predict(data.xTest))
      result = (loss, accuracy)
    }
    return result
  }

  /// W3: the seed's PyTorch loop, 2-10-10-2 ReLU, cross-entropy, Adam 0.01, 50
  /// full-batch epochs with the test accuracy after each step.
  static func w3(_ data: SeedData) throws -> (loss: Double, accuracy: Double) {
    let yTrain = try LabelTensor(classLabels: data.yTrain)
    let yTest = try LabelTensor(classLabels: data.yTest)
    var g = TorchGenerator(manualSeed: 0)
    let model = try Sequential(
      name: "MLPClassifier",
      [
        ("hidden1", Linear(2, 10, generator: &g)), ("relu1", ReLU()),
        ("hidden2", Linear(10, 10, generator: &g)), ("relu2", ReLU()),
        ("output", Linear(10, 2, generator: &g)),
      ])
    let criterion = CrossEntropyLoss()
    let optimizer = try Adam(model.parameters, lr: 0.01)
    var result = (loss: 0.0, accuracy: 0.0)
    for _ in 0..<50 {
      let logits = try model(data.xTrain)  // forward
      let loss = try criterion(logits, yTrain)
      optimizer.zeroGrad()
      try loss.backward(through: model)  // backward
      try optimizer.step()  // update
      let predicted = try model(data.xTest).argmax(dim: 1)
      result = (loss.value, try accuracyScore(yTest, predicted))
    }
    return result
  }

  /// W4's data: the 1797 digits with pixels scaled to [0, 1].
  static func digits() throws -> Dataset {
    var digits = try loadDigits()
    digits.x = digits.x / 16
    return digits
  }

  /// W5's data: 20000 samples of 50 features in 5 blobs, 80 % for training.
  static func w5Data() throws -> (
    xTrain: Tensor, xTest: Tensor, yTrain: [ClassLabel], yTest: [ClassLabel]
  ) {
    let blobs = try makeBlobs(
      nSamples: 20000, nFeatures: 50, centers: .count(5), clusterStd: 8.0, randomState: 0)
    return try trainTestSplit(blobs.x, blobs.y, testSize: 0.2, randomState: 0)
  }

  /// W5's model: `(256, 128)`, batches of 200, 20 epochs, no early stop.
  static func w5Model() -> MLPClassifier {
    let model = MLPClassifier(
      hiddenLayerSizes: [256, 128], batchSize: 200, maxIter: 20, randomState: 0, tol: 0,
      nIterNoChange: 1000)
    model.warningSink = { _ in }
    return model
  }

  /// W6's grid: 300 × 300 points over [−3, 3]², row-major as NumPy's meshgrid.
  static func grid() throws -> Tensor {
    let axis = (0..<300).map { -3 + 6 * Double($0) / 299 }
    var scalars: [Double] = []
    scalars.reserveCapacity(2 * 300 * 300)
    for y in axis {
      for x in axis { scalars += [x, y] }
    }
    return try Tensor(shape: [300 * 300, 2], scalars: scalars)
  }

  /// The matrix-product work of training: 2 flops per multiply-add, three products
  /// per layer and sample (forward, weight gradient, input gradient), the convention
  /// behind the "89 GFLOP" for W5.
  static func trainingFlops(units: [Int], samples: Int, epochs: Int) -> Double {
    let macs = zip(units, units.dropFirst()).reduce(0) { $0 + 3 * $1.0 * $1.1 }
    return 2 * Double(macs) * Double(samples) * Double(epochs)
  }

  /// The work of one forward pass: 2 flops per multiply-add.
  static func forwardFlops(units: [Int], samples: Int) -> Double {
    let macs = zip(units, units.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 }
    return 2 * Double(macs) * Double(samples)
  }
}
