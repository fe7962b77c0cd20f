import Foundation
import MLPKit
import Testing

/// `MLPClassifier` (SGD and Adam) against sklearn 1.9.1, case by case
/// (Tools/reference/sklearn_mlp.py → Tests/Fixtures/sklearn_mlp.json).
@Suite struct MLPClassifierStochasticParityTests {
  struct State: Decodable {
    let classes: [FixtureLabel]
    let n_iter: Int
    let t: Int
    let loss: Double
    let n_outputs: Int
    let n_layers: Int
    let out_activation: String
    let coefs: [[Double]]
    let coef_shapes: [[Int]]
    let intercepts: [[Double]]
    let loss_curve: [Double]
    let best_loss: Double?
    let validation_scores: [Double]?
    let best_validation_score: Double?
    let optimizer_lr: Double
    let optimizer_t: Int?
  }
  struct Injected: Decodable {
    let coefs: [[Double]]
    let coef_shapes: [[Int]]
    let intercepts: [[Double]]
  }
  struct AfterStep: Decodable {
    let n_iter: Int
    let t: Int
    let loss: Double
  }
  struct Case: Decodable {
    let name: String
    let data: String
    let params: [String: JSONValue]
    let steps: [[JSONValue]]
    let inject: Injected?
    let after_steps: [AfterStep]
    let warnings: [[String]]
    let stdout: [String]
    let state: State
    let predict: [FixtureLabel]
    let predict_proba: [Double]
    let score: Double
  }
  struct File: Decodable {
    let defaults: [String: JSONValue]
    let datasets: [String: FixtureDataset]
    let cases: [Case]
  }

  static let names = [
    "adam_binary", "adam_binary_injected", "adam_deep_relu", "adam_tanh_iris",
    "adam_logistic_blobs5", "adam_identity_names_alpha1", "adam_batch50_partial",
    "adam_batch50_noshuffle", "adam_batch_clipped", "adam_tol_stop_verbose", "adam_no_hidden",
    "adam_single_class", "adam_string_binary", "adam_blobs3_injected", "sgd_nesterov",
    "sgd_momentum", "sgd_plain", "sgd_nesterov_injected", "sgd_invscaling",
    "sgd_adaptive_divides", "sgd_alpha1_tanh", "es_binary_verbose", "es_multiclass",
    "es_binary_injected", "es_sgd_adaptive", "es_warm_twice", "warm_start_20x1",
    "warm_start_5x2", "cold_refit_5x2", "warm_start_tol_stop", "warm_start_change_max_iter",
    "partial_fit_10_shuffle", "partial_fit_10_noshuffle", "fit_10_noshuffle",
    "partial_fit_sgd_blobs3", "fit_then_partial_fit", "sgd_momentum_injected",
    "sgd_plain_injected", "sgd_invscaling_injected", "sgd_adaptive_divides_injected",
    "es_multiclass_injected", "warm_start_5x2_injected", "partial_fit_10_shuffle_injected",
    "adam_tanh_iris_injected", "adam_logistic_blobs5_injected", "adam_batch50_partial_injected",
    "adam_identity_names_alpha1_injected",
  ]

  static func load() throws -> File { try Fixtures.load("sklearn_mlp", as: File.self) }

  @Test func fixtureListsEveryCase() throws {
    #expect(try Self.load().cases.map(\.name) == Self.names)
  }

  @Test func defaultsAreSklearns() throws {
    let defaults = try Self.load().defaults
    let fromSklearn = try makeClassifier(defaults)
    let ours = MLPClassifier()
    #expect(ours.hiddenLayerSizes == fromSklearn.hiddenLayerSizes)
    #expect(ours.activation == fromSklearn.activation)
    #expect(ours.solver == fromSklearn.solver)
    #expect(ours.alpha == fromSklearn.alpha)
    #expect(ours.batchSize == fromSklearn.batchSize)
    #expect(ours.learningRate == fromSklearn.learningRate)
    #expect(ours.learningRateInit == fromSklearn.learningRateInit)
    #expect(ours.powerT == fromSklearn.powerT)
    #expect(ours.maxIter == fromSklearn.maxIter)
    #expect(ours.shuffle == fromSklearn.shuffle)
    #expect(ours.randomState == fromSklearn.randomState)
    #expect(ours.tol == fromSklearn.tol)
    #expect(ours.verbose == fromSklearn.verbose)
    #expect(ours.warmStart == fromSklearn.warmStart)
    #expect(ours.momentum == fromSklearn.momentum)
    #expect(ours.nesterovsMomentum == fromSklearn.nesterovsMomentum)
    #expect(ours.earlyStopping == fromSklearn.earlyStopping)
    #expect(ours.validationFraction == fromSklearn.validationFraction)
    #expect(ours.beta1 == fromSklearn.beta1)
    #expect(ours.beta2 == fromSklearn.beta2)
    #expect(ours.epsilon == fromSklearn.epsilon)
    #expect(ours.nIterNoChange == fromSklearn.nIterNoChange)
    #expect(ours.maxFun == fromSklearn.maxFun)
  }

  @Test(arguments: names) func matchesSklearn(_ name: String) throws {
    let file = try Self.load()
    let c = try #require(file.cases.first { $0.name == name })
    try Self.verify(c, data: try #require(file.datasets[c.data]))
  }

  /// Replays the case's steps and compares everything sklearn recorded.
  static func verify(_ c: Case, data: FixtureDataset) throws {
    let x = try data.tensor
    let y = data.labels
    let model = try makeClassifier(c.params)
    let output = CapturedOutput()
    output.attach(to: model)
    if let inject = c.inject {
      try model.setInitialWeights(
        coefs: zip(inject.coefs, inject.coef_shapes).map { try Tensor(shape: $1, scalars: $0) },
        intercepts: inject.intercepts.map { Tensor($0) })
    }
    var after: [(Int, Int, Double)] = []
    for step in c.steps {
      switch step.first?.string {
      case "fit":
        try model.fit(x, y)
      case "partial_fit":
        let declared = step.last?.array?.map { v -> ClassLabel in
          v.string.map(ClassLabel.string) ?? .int(v.int ?? 0)
        }
        try model.partialFit(x, y, classes: declared)
      case "set":
        for (key, value) in step.last?.object ?? [:] { try apply(key, value, to: model) }
      default:
        Issue.record("unknown step \(step)")
      }
      if step.first?.string != "set" { after.append((model.nIter, model.t, model.loss ?? .nan)) }
    }
    let s = c.state
    // counts and labels: exact
    #expect(model.classes == s.classes.map(\.label))
    #expect(model.nIter == s.n_iter)
    #expect(model.t == s.t)
    #expect(model.nOutputs == s.n_outputs)
    #expect(model.nLayers == s.n_layers)
    #expect(model.outActivation?.rawValue == s.out_activation)
    #expect(after.map(\.0) == c.after_steps.map(\.n_iter))
    #expect(after.map(\.1) == c.after_steps.map(\.t))
    #expect(model.optimizerState?.t == s.optimizer_t)
    // the loss curve and losses: relative 1e-9
    #expect(
      allClose(model.lossCurve, s.loss_curve, rtol: 1e-9),
      "loss curve off by \(maxRelativeDifference(model.lossCurve, s.loss_curve))")
    #expect(allClose(after.map(\.2), c.after_steps.map(\.loss), rtol: 1e-9))
    #expect(isClose(model.loss ?? .nan, s.loss, rtol: 1e-9))
    #expect(
      model.bestLoss.map { isClose($0, s.best_loss ?? .nan, rtol: 1e-9) } ?? (s.best_loss == nil))
    #expect(isClose(model.optimizerState?.learningRate ?? .nan, s.optimizer_lr, rtol: 1e-9))
    #expect(model.validationScores == s.validation_scores)
    #expect(model.bestValidationScore == s.best_validation_score)
    // weights: 1e-8 absolute at the scale of the reference
    #expect(model.coefs.map(\.shape) == s.coef_shapes)
    for (ours, theirs) in zip(model.coefs, s.coefs) {
      // a fixture may keep only the first weights of a layer
      #expect(
        closeAtScale(Array(ours.scalars.prefix(theirs.count)), theirs, tolerance: 1e-8),
        "coefs off by \(maxAbsDifference(ours.scalars, theirs))")
    }
    for (ours, theirs) in zip(model.intercepts, s.intercepts) {
      #expect(closeAtScale(ours.scalars, theirs, tolerance: 1e-8))
    }
    // predictions: exact labels, probabilities to 1e-8
    #expect(try model.predict(x) == c.predict.map(\.label))
    let rows = c.predict_proba.count / max(model.classes.count, 2)
    let proba = try model.predictProba(try x.rows(0..<rows))
    #expect(closeAtScale(proba.scalars, c.predict_proba, tolerance: 1e-8))
    #expect(try model.score(x, y) == c.score)
    // what sklearn printed and warned, verbatim
    #expect(output.warnings == c.warnings)
    #expect(output.lines == c.stdout)
  }
}
