import Foundation
import MLPKit
import Testing

/// The seed's sklearn examples (reference §5.1, §5.2), against
/// Tools/reference/sklearn_mlp_seed.py → Tests/Fixtures/sklearn_mlp_seed.json.
@Suite struct MLPClassifierSeedExampleTests {
  struct Epoch: Decodable {
    let log_loss: Double
    let accuracy: Double
    let line: String
  }
  struct Loop: Decodable {
    let seed: Int
    let epochs: [Epoch]
    let loss_curve: [Double]
    let n_iter: Int
    let t: Int
    let adam_t: Int
    let warnings: [[String]]
  }
  struct Wide: Decodable {
    let seed: Int
    let accuracy: Double
    let n_iter: Int
    let t: Int
    let loss: Double
    let loss_curve: [Double]
    let coefs: [[Double]]
    let intercepts: [[Double]]
    let proba_first_test: [Double]
    let warnings: [[String]]
  }
  struct File: Decodable {
    let x_train: [Double]
    let y_train: [Int]
    let x_test: [Double]
    let y_test: [Int]
    let warm_start_loops: [Loop]
    let wide: [Wide]

    var train: (Tensor, [ClassLabel]) {
      get throws {
        (try Tensor(shape: [y_train.count, 2], scalars: x_train), ClassLabel.labels(y_train))
      }
    }
    var test: (Tensor, [ClassLabel]) {
      get throws {
        (try Tensor(shape: [y_test.count, 2], scalars: x_test), ClassLabel.labels(y_test))
      }
    }
  }

  static func load() throws -> File { try Fixtures.load("sklearn_mlp_seed", as: File.self) }

  /// sklearn's `log_loss` for labels 0/1 and two probability columns: the mean over
  /// samples of `−log p(true class)`, with `p` clipped to `[ε, 1 − ε]`.
  static func logLoss(_ y: [ClassLabel], _ proba: Tensor) -> Double {
    let eps = Double.ulpOfOne
    var total = 0.0
    for (i, label) in y.enumerated() {
      let column = label == .int(1) ? 1 : 0
      total += -log(min(max(proba.scalars[i * 2 + column], eps), 1 - eps))
    }
    return total / Double(y.count)
  }

  @Test(arguments: [42, 0, 1, 7]) func warmStartLoopPrintsSklearnsLines(seed: Int) throws {
    let file = try Self.load()
    let loop = try #require(file.warm_start_loops.first { $0.seed == seed })
    let (xTrain, yTrain) = try file.train
    let (xTest, yTest) = try file.test
    let model = MLPClassifier(
      hiddenLayerSizes: [10, 10], activation: .relu, solver: .adam, maxIter: 1,
      randomState: seed, warmStart: true)
    var warnings: [MLPClassifier.Warning] = []
    model.warningSink = { warnings.append($0) }
    for (k, expected) in loop.epochs.enumerated() {
      try model.fit(xTrain, yTrain)
      let loss = Self.logLoss(yTest, try model.predictProba(xTest))
      let accuracy = try model.score(xTest, yTest)
      let line =
        "Epoch \(k + 1)/20 - Loss: \(String(format: "%.4f", loss)), Accuracy: \(String(format: "%.4f", accuracy))"
      #expect(line == expected.line)
      #expect(isClose(loss, expected.log_loss, rtol: 1e-9))
      #expect(accuracy == expected.accuracy)
    }
    #expect(allClose(model.lossCurve, loop.loss_curve, rtol: 1e-9))
    #expect(model.nIter == loop.n_iter)
    #expect(model.t == loop.t)
    // a fresh Adam every fit: 4 minibatches of 200
    #expect(model.optimizerState?.t == loop.adam_t)
    #expect(warnings.map { [$0.category, $0.message] } == loop.warnings)
    #expect(warnings.count == 20)
  }

  @Test func seedLoopMatchesTheReferenceNotes() throws {
    // the numbers printed in the reference notes (§5.1), independent of the fixture
    let loop = try #require(try Self.load().warm_start_loops.first { $0.seed == 42 })
    #expect(loop.epochs.first?.line == "Epoch 1/20 - Loss: 0.7441, Accuracy: 0.4900")
    #expect(loop.epochs.last?.line == "Epoch 20/20 - Loss: 0.6319, Accuracy: 0.6150")
  }

  @Test(arguments: [42, 0]) func hundredUnitsForThreeHundredEpochs(seed: Int) throws {
    let file = try Self.load()
    let wide = try #require(file.wide.first { $0.seed == seed })
    let (xTrain, yTrain) = try file.train
    let (xTest, yTest) = try file.test
    let model = MLPClassifier(hiddenLayerSizes: [100], maxIter: 300, randomState: seed)
    var warnings: [MLPClassifier.Warning] = []
    model.warningSink = { warnings.append($0) }
    try model.fit(xTrain, yTrain)
    #expect(try model.score(xTest, yTest) == wide.accuracy)
    #expect(model.nIter == wide.n_iter)
    #expect(model.t == wide.t)
    #expect(isClose(model.loss ?? .nan, wide.loss, rtol: 1e-9))
    #expect(allClose(model.lossCurve, wide.loss_curve, rtol: 1e-9))
    for (ours, theirs) in zip(model.coefs, wide.coefs) {
      #expect(closeAtScale(ours.scalars, theirs, tolerance: 1e-8))
    }
    for (ours, theirs) in zip(model.intercepts, wide.intercepts) {
      #expect(closeAtScale(ours.scalars, theirs, tolerance: 1e-8))
    }
    let proba = try model.predictProba(try xTest.rows(0..<1))
    #expect(allClose(proba.scalars, wide.proba_first_test, rtol: 1e-9))
    #expect(warnings.map { [$0.category, $0.message] } == wide.warnings)
    #expect(
      warnings.map(\.description) == [
        "ConvergenceWarning: Stochastic Optimizer: Maximum iterations (300) reached and the optimization hasn't converged yet."
      ])
  }

  @Test func seedWideExampleMatchesTheReferenceNotes() throws {
    let wide = try #require(try Self.load().wide.first { $0.seed == 42 })
    #expect(wide.accuracy == 0.975)
    #expect(wide.n_iter == 300)
    #expect(wide.loss == 0.10736202727328656)
    #expect(
      Array(wide.loss_curve.prefix(3)) == [
        0.7570403226647039, 0.7219640172571513, 0.6895571204728421,
      ])
  }
}
