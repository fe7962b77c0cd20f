import Foundation
import MLPKit

/// `bench --digest`: a fingerprint of every number the workloads (and a few more
/// configurations) produce, so that a speed change can be checked to leave every bit
/// alone. It compares our code with itself before and after a change; the reference
/// values the tests check come from scikit-learn and PyTorch, not from here.
enum Digest {
  /// FNV-1a over the bit patterns of `values`, as 16 hex digits.
  static func fingerprint(_ values: [Double]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for value in values {
      var bits = value.bitPattern
      for _ in 0..<8 {
        hash = (hash ^ (bits & 0xff)) &* 0x0000_0100_0000_01b3
        bits >>= 8
      }
    }
    return String(hash, radix: 16).leftPadded(to: 16)
  }

  /// Every weight, the loss curve and the given probabilities of a fitted model.
  static func numbers(_ model: MLPClassifier, probabilitiesOf x: Tensor) throws -> [Double] {
    var values = model.lossCurve + [model.loss ?? .nan]
    for tensor in model.coefs + model.intercepts { values += tensor.scalars }
    values += try model.predictProba(x).scalars
    return values
  }

  /// The named cases: the benchmark's workloads and other activations, solvers and shapes.
  static func cases() throws -> [(String, () throws -> [Double])] {
    let data = try Workloads.seedData()
    let iris = try loadIris()
    var irisScaler = StandardScaler()
    let irisX = try irisScaler.fitTransform(iris.x)
    let digits = try Workloads.digits()
    func classifier(_ model: MLPClassifier, _ x: Tensor, _ y: [ClassLabel]) throws -> [Double] {
      model.warningSink = { _ in }
      try model.fit(x, y)
      return try numbers(model, probabilitiesOf: x)
    }
    return [
      ("W1", { try classifier(Workloads.w1Model(), data.xTrain, data.yTrain) }),
      ("W2", { try w2(data) }),
      ("W3", { try w3(data, hidden: .relu, optimizer: "adam") }),
      ("W3-tanh-sgd", { try w3(data, hidden: .tanh, optimizer: "sgd") }),
      ("W3-sigmoid-adamw", { try w3(data, hidden: .logistic, optimizer: "adamw") }),
      (
        "W4",
        {
          try classifier(
            MLPClassifier(hiddenLayerSizes: [100], maxIter: 40, randomState: 0), digits.x, digits.y
          )
        }
      ),
      ("W5-3-epochs", { try w5(epochs: 3) }),
      (
        "W6",
        {
          let model = Workloads.w1Model()
          model.maxIter = 30
          try model.fit(data.xTrain, data.yTrain)
          return try model.predictProba(try Workloads.grid()).scalars
        }
      ),
      (
        "tanh-sgd-nesterov",
        {
          try classifier(
            MLPClassifier(
              hiddenLayerSizes: [7, 5], activation: .tanh, solver: .sgd, batchSize: 32,
              learningRateInit: 0.05, maxIter: 30, randomState: 3), data.xTrain, data.yTrain)
        }
      ),
      (
        "logistic-sgd-invscaling",
        {
          try classifier(
            MLPClassifier(
              hiddenLayerSizes: [33], activation: .logistic, solver: .sgd, batchSize: 17,
              learningRate: .invscaling, learningRateInit: 0.2, maxIter: 20, randomState: 5,
              nesterovsMomentum: false), irisX, iris.y)
        }
      ),
      (
        "identity-adam-iris",
        {
          try classifier(
            MLPClassifier(
              hiddenLayerSizes: [9], activation: .identity, alpha: 0.01, maxIter: 50,
              randomState: 1), irisX, iris.y)
        }
      ),
      (
        "relu-lbfgs-iris",
        {
          try classifier(
            MLPClassifier(hiddenLayerSizes: [20, 11], solver: .lbfgs, maxIter: 60, randomState: 2),
            irisX, iris.y)
        }
      ),
      (
        "tanh-lbfgs-moons",
        {
          try classifier(
            MLPClassifier(
              hiddenLayerSizes: [16], activation: .tanh, solver: .lbfgs, maxIter: 80,
              randomState: 4), data.xTrain, data.yTrain)
        }
      ),
      (
        "early-stopping-digits",
        {
          try classifier(
            MLPClassifier(
              hiddenLayerSizes: [40, 23], batchSize: 64, maxIter: 25, randomState: 7,
              earlyStopping: true), digits.x, digits.y)
        }
      ),
      (
        "tensor-ops",
        {
          var rng = RandomState(seed: 9)
          let a = try Tensor(shape: [37, 13], scalars: rng.normal(count: 37 * 13))
          let b = try Tensor(shape: [13, 29], scalars: rng.normal(count: 13 * 29))
          let c = try a.matmul(b)
          var values = c.scalars + (try c.softmax(dim: 1)).scalars
          values += (try c.logSoftmax(dim: 0)).scalars + (try c.sum(dim: 0)).scalars
          values += (try c.mean(dim: 1)).scalars + (try c.max(dim: 0)).scalars
          values += (try (c + (try c.sum(dim: 0))) * c / (c.map { $0 * $0 + 1 })).scalars
          values += (try a.transposed.matmul(a)).scalars + [c.sum(), c.mean()]
          values += (try c.argmax(dim: 1)).values.map(Double.init)
          return values
        }
      ),
    ]
  }

  /// W2 with every intermediate log-loss and accuracy, and the final weights.
  static func w2(_ data: Workloads.SeedData) throws -> [Double] {
    let model = MLPClassifier(
      hiddenLayerSizes: [10, 10], maxIter: 1, randomState: 42, warmStart: true)
    model.warningSink = { _ in }
    var values: [Double] = []
    for _ in 0..<20 {
      try model.fit(data.xTrain, data.yTrain)
      values.append(try logLoss(data.yTest, model.predictProba(data.xTest)))
      values.append(try accuracyScore(data.yTest, model.predict(data.xTest)))
    }
    return values + (try numbers(model, probabilitiesOf: data.xTest))
  }

  /// The manual loop with a chosen activation and optimizer; every loss and final weight.
  static func w3(_ data: Workloads.SeedData, hidden: Activation, optimizer name: String) throws
    -> [Double]
  {
    let yTrain = try LabelTensor(classLabels: data.yTrain)
    var g = TorchGenerator(manualSeed: 0)
    func activation() -> any Layer {
      switch hidden {
      case .tanh: return Tanh()
      case .logistic: return Sigmoid()
      default: return ReLU()
      }
    }
    let model = try Sequential(
      name: "MLPClassifier",
      [
        ("hidden1", Linear(2, 10, generator: &g)), ("act1", activation()),
        ("hidden2", Linear(10, 10, generator: &g)), ("act2", activation()),
        ("output", Linear(10, 2, generator: &g)),
      ])
    let criterion = CrossEntropyLoss()
    let optimizer: any Optimizer =
      switch name {
      case "sgd": try SGD(model.parameters, lr: 0.1, momentum: 0.9, nesterov: true)
      case "adamw":
        try Adam(model.parameters, lr: 0.01, weightDecay: 0.01, decoupledWeightDecay: true)
      default: try Adam(model.parameters, lr: 0.01)
      }
    var values: [Double] = []
    for _ in 0..<20 {
      let loss = try criterion(try model(data.xTrain), yTrain)  // forward
      optimizer.zeroGrad()
      try loss.backward(through: model)  // backward
      try optimizer.step()  // update
      values.append(loss.value)
      values += (try model(data.xTest)).scalars
    }
    for p in model.parameters { values += p.value.scalars + (p.gradient?.scalars ?? []) }
    return values
  }

  /// W5's model and data, for fewer epochs.
  static func w5(epochs: Int) throws -> [Double] {
    let data = try Workloads.w5Data()
    let model = Workloads.w5Model()
    model.maxIter = epochs
    try model.fit(data.xTrain, data.yTrain)
    return try numbers(model, probabilitiesOf: data.xTest)
  }

  /// Prints one line per case: name, number count, fingerprint.
  static func run() throws {
    for (name, body) in try cases() {
      let values = try body()
      print(
        "\(name.padding(toLength: 24, withPad: " ", startingAt: 0)) \(values.count) \(fingerprint(values))"
      )
    }
  }
}

extension String {
  /// The string with leading zeros up to `width` characters.
  func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: Swift.max(0, width - count)) + self
  }
}
