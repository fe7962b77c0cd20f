import Foundation
import MLPKit
import Testing

/// Behaviour that is ours to define (documented in `MLPClassifier`), and identities
/// between the prediction methods.
@Suite struct MLPClassifierBehaviourTests {
  static func moons() throws -> (Tensor, [ClassLabel]) {
    let file = try Fixtures.load("sklearn_mlp_seed", as: MLPClassifierSeedExampleTests.File.self)
    let x = try Tensor(shape: [file.y_test.count, 2], scalars: file.x_test)
    return (x, ClassLabel.labels(file.y_test))
  }

  static func quiet(_ model: MLPClassifier) -> MLPClassifier {
    model.warningSink = { _ in }
    return model
  }

  @Test func noSeedMeansTheModelsOwnStreamStartingAtZero() throws {
    let (x, y) = try Self.moons()
    let unseeded = Self.quiet(MLPClassifier(hiddenLayerSizes: [5], maxIter: 3))
    let seeded = Self.quiet(MLPClassifier(hiddenLayerSizes: [5], maxIter: 3, randomState: 0))
    try unseeded.fit(x, y)
    try seeded.fit(x, y)
    // the first fit is the randomState-0 fit
    #expect(unseeded.coefs == seeded.coefs)
    #expect(unseeded.lossCurve == seeded.lossCurve)
    // the stream goes on: a second fit draws other weights (an int seed would repeat)
    let first = unseeded.coefs
    try unseeded.fit(x, y)
    #expect(unseeded.coefs != first)
    try seeded.fit(x, y)
    #expect(seeded.coefs == first)
    // and it is the same in every run: a new model repeats the sequence
    let again = Self.quiet(MLPClassifier(hiddenLayerSizes: [5], maxIter: 3))
    try again.fit(x, y)
    try again.fit(x, y)
    #expect(again.coefs == unseeded.coefs)
  }

  @Test func probabilitiesAreConsistent() throws {
    let (x, y) = try Self.moons()
    let model = Self.quiet(MLPClassifier(hiddenLayerSizes: [6], maxIter: 20, randomState: 3))
    try model.fit(x, y)
    let proba = try model.predictProba(x)
    #expect(proba.shape == [y.count, 2])
    let rows = proba.rowArrays
    #expect(rows.allSatisfy { abs($0[0] + $0[1] - 1) < 1e-15 })
    let log = try model.predictLogProba(x)
    #expect(log.scalars == proba.scalars.map { Foundation.log($0) })
    // predict is "p > 0.5 gives classes[1]"
    let expected = rows.map { $0[1] > 0.5 ? model.classes[1] : model.classes[0] }
    #expect(try model.predict(x) == expected)
    let correct = zip(expected, y).filter { $0 == $1 }.count
    #expect(try model.score(x, y) == Double(correct) / Double(y.count))
  }

  @Test func fittedStateDescribesTheNetwork() throws {
    let (x, y) = try Self.moons()
    let names = y.map { $0 == 1 ? ClassLabel.string("inner") : "outer" }
    let model = Self.quiet(
      MLPClassifier(hiddenLayerSizes: [4, 3], solver: .sgd, maxIter: 2, randomState: 1))
    try model.fit(x, names)
    #expect(model.isFitted)
    #expect(model.classes == ["inner", "outer"])
    #expect(model.nFeaturesIn == 2)
    #expect(model.nLayers == 4)
    #expect(model.nOutputs == 1)
    #expect(model.outActivation == .logistic)
    #expect(model.coefs.map(\.shape) == [[2, 4], [4, 3], [3, 1]])
    #expect(model.intercepts.map(\.shape) == [[4], [3], [1]])
    #expect(model.optimizerState == .init(solver: .sgd, learningRate: 0.001, t: nil))
    #expect(model.lossCurve.count == 2)
    #expect(model.bestLoss == model.lossCurve.min())
    #expect(model.validationScores == nil)
    #expect(Set(try model.predict(x)).isSubset(of: ["inner", "outer"]))
  }

  @Test func injectedWeightsReplaceTheDraws() throws {
    let (x, y) = try Self.moons()
    let w = [
      try Tensor(shape: [2, 3], scalars: [0.3, -0.2, 0.5, 0.1, 0.4, -0.6]),
      try Tensor(shape: [3, 1], scalars: [0.7, -0.3, 0.2]),
    ]
    let b = [Tensor([0.05, -0.05, 0.1]), Tensor([0.0])]
    func run(seed: Int) throws -> MLPClassifier {
      let model = Self.quiet(
        MLPClassifier(
          hiddenLayerSizes: [3], batchSize: 50, maxIter: 3, shuffle: false, randomState: seed))
      try model.setInitialWeights(coefs: w, intercepts: b)
      try model.fit(x, y)
      return model
    }
    // nothing is drawn for injected weights, and without shuffling nothing else is
    // drawn either, so the seed does not matter
    let a = try run(seed: 1)
    let c = try run(seed: 2)
    #expect(a.coefs == c.coefs)
    #expect(a.lossCurve == c.lossCurve)
    #expect(a.initialCoefs == w)
    // every cold fit starts from the injected weights again
    let once = a.coefs
    try a.fit(x, y)
    #expect(a.coefs == once)
    // with shuffling, the first shuffle uses the stream's first draws: seeds differ
    a.shuffle = true
    c.shuffle = true
    try a.fit(x, y)
    try c.fit(x, y)
    #expect(a.coefs != c.coefs)
  }

  @Test func warningsAndVerboseLinesGoToTheirSinks() throws {
    let (x, y) = try Self.moons()
    let model = MLPClassifier(hiddenLayerSizes: [3], maxIter: 2, randomState: 0, verbose: true)
    var warnings: [String] = []
    var lines: [String] = []
    model.warningSink = { warnings.append($0.description) }
    model.verboseSink = { lines.append($0) }
    try model.fit(x, y)
    #expect(
      warnings == [
        "ConvergenceWarning: Stochastic Optimizer: Maximum iterations (2) reached and the optimization hasn't converged yet."
      ])
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.hasPrefix("Iteration ") && $0.contains(", loss = ") })
    #expect(lines.first?.split(separator: ".").last?.count == 8)
    // partialFit never warns
    warnings = []
    try model.partialFit(x, y)
    #expect(warnings.isEmpty)
    #expect(lines.last?.hasPrefix("Iteration 1, loss = ") == true)
  }
}
