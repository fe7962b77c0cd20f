import Foundation
import MLPKit
import Testing

/// Every way a user can misuse `MLPClassifier`, asserted by message content.
@Suite struct MLPClassifierErrorTests {
  /// Twelve points in two classes, small enough to train in an instant.
  static var x: Tensor {
    get throws {
      try Tensor(rows: [
        [0.1, 0.2], [0.9, 0.8], [0.2, 0.1], [0.8, 0.9], [0.15, 0.3], [0.85, 0.7],
        [0.3, 0.2], [0.7, 0.75], [0.05, 0.1], [0.95, 0.9], [0.25, 0.35], [0.75, 0.65],
      ])
    }
  }
  static let y = ClassLabel.labels([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1])

  static func message(_ body: () throws -> Void) -> String? {
    do {
      try body()
      return nil
    } catch {
      return "\(error)"
    }
  }

  /// The `ParameterError` message `fit` gives after `change` is applied.
  static func fitError(_ change: (MLPClassifier) -> Void) -> String? {
    guard let x = try? x else { return "no data" }
    let model = MLPClassifier(hiddenLayerSizes: [3], maxIter: 2, randomState: 0)
    model.warningSink = { _ in }
    change(model)
    do {
      try model.fit(x, y)
      return nil
    } catch let error as ParameterError {
      return error.description
    } catch {
      return "not a ParameterError: \(error)"
    }
  }

  @Test func everyHyperparameterIsCheckedWithItsRange() {
    let cases: [(String, (MLPClassifier) -> Void)] = [
      ("hiddenLayerSizes must be > 0; got [10, -1]", { $0.hiddenLayerSizes = [10, -1] }),
      ("hiddenLayerSizes must be > 0; got [0]", { $0.hiddenLayerSizes = [0] }),
      ("alpha must be a number in [0, ∞); got -0.1", { $0.alpha = -0.1 }),
      ("alpha must be a number in [0, ∞); got nan", { $0.alpha = .nan }),
      ("batchSize must be 'auto' or an integer in [1, ∞); got 0", { $0.batchSize = 0 }),
      ("learningRateInit must be a number in (0, ∞); got 0.0", { $0.learningRateInit = 0 }),
      ("powerT must be a number in [0, ∞); got -1.0", { $0.powerT = -1 }),
      ("maxIter must be an integer in [1, ∞); got 0", { $0.maxIter = 0 }),
      ("randomState must be nil or an integer in [0, 4294967295]; got -3", { $0.randomState = -3 }),
      (
        "randomState must be nil or an integer in [0, 4294967295]; got 4294967296",
        { $0.randomState = 4_294_967_296 }
      ),
      ("tol must be a number in [0, ∞); got -1e-05", { $0.tol = -1e-5 }),
      ("momentum must be a number in [0, 1]; got 1.5", { $0.momentum = 1.5 }),
      ("validationFraction must be a number in [0, 1); got 1.0", { $0.validationFraction = 1 }),
      ("beta1 must be a number in [0, 1); got 1.0", { $0.beta1 = 1 }),
      ("beta2 must be a number in [0, 1); got -0.5", { $0.beta2 = -0.5 }),
      ("epsilon must be a number in (0, ∞); got 0.0", { $0.epsilon = 0 }),
      ("nIterNoChange must be an integer in [1, ∞); got 0", { $0.nIterNoChange = 0 }),
      ("maxFun must be an integer in [1, ∞); got 0", { $0.maxFun = 0 }),
      (
        "validationFraction must be a number in (0, 1) when earlyStopping is on; got 0.0",
        {
          $0.earlyStopping = true
          $0.validationFraction = 0
        }
      ),
    ]
    for (expected, change) in cases {
      #expect(Self.fitError(change) == expected)
    }
    // every valid edge is accepted
    #expect(Self.fitError { $0.alpha = 0 } == nil)
    #expect(Self.fitError { $0.momentum = 1 } == nil)
    #expect(Self.fitError { $0.tol = 0 } == nil)
    #expect(Self.fitError { $0.hiddenLayerSizes = [] } == nil)
  }

  @Test func optionsParseSklearnsNamesAndListTheValidOnes() throws {
    #expect(try MLPClassifier.Solver(named: "adam") == .adam)
    #expect(try MLPClassifier.Solver(named: "lbfgs") == .lbfgs)
    #expect(try MLPClassifier.LearningRateSchedule(named: "invscaling") == .invscaling)
    #expect(try MLPClassifier.BatchSize(named: "auto") == .auto)
    #expect(try MLPClassifier.BatchSize(named: "64") == .size(64))
    #expect(
      Self.message { _ = try MLPClassifier.Solver(named: "foo") }
        == "solver must be one of 'lbfgs', 'sgd', 'adam'; got 'foo'")
    #expect(
      Self.message { _ = try MLPClassifier.LearningRateSchedule(named: "fast") }
        == "learningRate must be one of 'constant', 'invscaling', 'adaptive'; got 'fast'")
    #expect(
      Self.message { _ = try MLPClassifier.BatchSize(named: "0") }
        == "batchSize must be 'auto' or an integer in [1, ∞); got '0'")
    #expect(
      Self.message { _ = try Activation(named: "gelu") }?.contains(
        "'identity', 'logistic', 'tanh', 'relu'")
        == true)
  }

  @Test func predictingBeforeFittingSaysSo() {
    let model = MLPClassifier()
    let expected =
      "This MLPClassifier instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator."
    #expect(Self.message { _ = try model.predict(Self.x) } == expected)
    #expect(Self.message { _ = try model.predictProba(Self.x) } == expected)
    #expect(Self.message { _ = try model.predictLogProba(Self.x) } == expected)
    #expect(Self.message { _ = try model.score(Self.x, Self.y) } == expected)
    #expect(throws: NotFittedError.self) { try model.predict(Self.x) }
    #expect(model.isFitted == false)
    #expect(model.coefs.isEmpty && model.classes.isEmpty && model.outActivation == nil)
  }

  @Test func shapesAndDataAreChecked() throws {
    let model = MLPClassifier(hiddenLayerSizes: [3], maxIter: 2, randomState: 0)
    model.warningSink = { _ in }
    let short = Self.message { try model.fit(Self.x, Array(Self.y.prefix(5))) }
    #expect(short == "fit: shapes [12, 2] and [5] do not fit (x needs one row per label)")
    let flat = Self.message { try model.fit(Tensor([1, 2, 3]), ClassLabel.labels([0, 1, 0])) }
    #expect(flat?.contains("x must be 2-D [samples, features]") == true)
    let empty = Self.message { try model.fit(try Tensor.zeros([0, 2]), []) }
    #expect(empty?.contains("at least 1 sample and 1 feature are required") == true)
    var bad = try Self.x
    bad.scalars[5] = .nan
    #expect(
      Self.message { try model.fit(bad, Self.y) }
        == "fit: x contains NaN at row 2, column 1; remove or impute it first")
    bad.scalars[5] = .infinity
    #expect(
      Self.message { try model.fit(bad, Self.y) }?.contains("infinity at row 2, column 1") == true)

    try model.fit(Self.x, Self.y)
    let wide = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
    let mismatch = Self.message { _ = try model.predict(wide) }
    #expect(
      mismatch
        == "predict: shapes [3] and [2] do not fit (x has 3 features, but MLPClassifier is expecting 2 features as input)"
    )
    #expect(throws: ShapeError.self) { try model.predictProba(wide) }
    #expect(throws: ShapeError.self) { try model.partialFit(wide, [0, 1]) }
    #expect(
      Self.message { _ = try model.score(Self.x, [0, 1]) }
        == "score: shapes [12, 2] and [2] do not fit (x needs one row per label)")
  }

  @Test func labelsMustBeOfOneKind() {
    let model = MLPClassifier(hiddenLayerSizes: [3], maxIter: 2, randomState: 0)
    let mixed: [ClassLabel] = [0, "cat", 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]
    #expect(throws: LabelError.self) { try model.fit(Self.x, mixed) }
    #expect(
      Self.message { try model.fit(Self.x, mixed) }?.contains("labels mix integers and names")
        == true)
  }

  @Test func warmStartNeedsTheSameClasses() throws {
    let model = MLPClassifier(hiddenLayerSizes: [3], maxIter: 2, randomState: 0, warmStart: true)
    model.warningSink = { _ in }
    try model.fit(Self.x, Self.y)
    let other = Self.y.map { $0 == 1 ? ClassLabel.int(2) : $0 }
    #expect(throws: LabelError.self) { try model.fit(Self.x, other) }
    #expect(
      Self.message { try model.fit(Self.x, other) }
        == "warmStart can only be used where y has the same classes as in the previous call to fit: previously [0, 1], y has [0, 2]"
    )
    let fewer = Array(repeating: ClassLabel.int(0), count: 12)
    #expect(Self.message { try model.fit(Self.x, fewer) }?.contains("y has [0]") == true)
    // a changed architecture cannot continue
    model.hiddenLayerSizes = [4]
    #expect(
      Self.message { try model.fit(Self.x, Self.y) }
        == "hiddenLayerSizes must be unchanged when continuing training ([3]); got [4]")
    // without warm start, new classes simply refit
    model.warmStart = false
    try model.fit(Self.x, other)
    #expect(model.classes == [0, 2])
  }

  @Test func partialFitRules() throws {
    let model = MLPClassifier(hiddenLayerSizes: [3], randomState: 0)
    #expect(
      Self.message { try model.partialFit(Self.x, Self.y) }
        == "classes must be passed on the first call to partialFit; got nil")
    let lbfgs = MLPClassifier(solver: .lbfgs)
    #expect(
      Self.message { try lbfgs.partialFit(Self.x, Self.y, classes: [0, 1]) }
        == "solver must be 'sgd' or 'adam' for partialFit (lbfgs is not stochastic and has no partial fit); got 'lbfgs'"
    )
    let stopping = MLPClassifier(earlyStopping: true)
    #expect(
      Self.message { try stopping.partialFit(Self.x, Self.y, classes: [0, 1]) }
        == "earlyStopping must be false for partialFit (it does not support early stopping); got true"
    )
    #expect(stopping.isFitted == false)

    try model.partialFit(Self.x, Self.y, classes: [1, 0, 1])
    #expect(model.classes == [0, 1])
    #expect(
      Self.message { try model.partialFit(Self.x, Self.y, classes: [0, 1, 2]) }
        == "classes must be the same as on the last call to partialFit ([0, 1]); got [0, 1, 2]")
    let unseen = Self.y.enumerated().map { $0.offset == 3 ? ClassLabel.int(7) : $0.element }
    #expect(throws: LabelError.self) { try model.partialFit(Self.x, unseen) }
    #expect(
      Self.message { try model.partialFit(Self.x, unseen) }
        == "y has classes not in classes: [7] (first at position 3); classes are [0, 1]")
    // a subset of the declared classes is fine
    try model.partialFit(Self.x, Array(repeating: 1, count: 12))
    #expect(model.nIter == 1)
    // sklearn's warm-start rule also applies to partialFit: y must have every class
    model.warmStart = true
    #expect(throws: LabelError.self) {
      try model.partialFit(Self.x, Array(repeating: 1, count: 12))
    }
  }

  @Test func earlyStoppingNeedsAValidationSet() {
    // two classes: the stratified split needs a validation sample per class
    let binary = MLPClassifier(hiddenLayerSizes: [3], randomState: 0, earlyStopping: true)
    guard let x10 = try? Self.x.rows(0..<10) else {
      Issue.record("no data")
      return
    }
    #expect(
      Self.message { try binary.fit(x10, Array(Self.y.prefix(10))) }?.contains(
        "number of classes = 2")
        == true)
    // three classes are not stratified; 1 of 10 samples is too few
    let multi = MLPClassifier(hiddenLayerSizes: [3], randomState: 0, earlyStopping: true)
    let three = ClassLabel.labels((0..<10).map { $0 % 3 })
    #expect(
      Self.message { try multi.fit(x10, three) }
        == "validationFraction must be large enough for a validation set of at least 2 samples (increase it or the data); got 0.1, which holds out 1 of 10 samples"
    )
  }

  @Test func divergingWeightsAreReported() {
    let model = MLPClassifier(
      hiddenLayerSizes: [4], solver: .sgd, learningRateInit: 1e100, maxIter: 5, randomState: 0)
    model.warningSink = { _ in }
    #expect(throws: DataError.self) { try model.fit(Self.x * 1e100, Self.y) }
    #expect(
      Self.message { try model.fit(Self.x * 1e100, Self.y) }
        == "Solver produced non-finite parameter weights. The input data may contain large values and need to be preprocessed."
    )
  }

  @Test func injectedWeightsAreCheckedLayerByLayer() throws {
    let model = MLPClassifier(hiddenLayerSizes: [3], maxIter: 1, randomState: 0)
    model.warningSink = { _ in }
    let w0 = try Tensor(repeating: 0.1, shape: [2, 3])
    let w1 = try Tensor(repeating: 0.1, shape: [3, 1])
    #expect(
      Self.message {
        try model.setInitialWeights(coefs: [w0, w1], intercepts: [Tensor([0, 0, 0])])
      }
        == "initial weights must be one intercept vector per weight matrix (at least one layer); got 2 coefs and 1 intercepts"
    )
    #expect(
      Self.message {
        try model.setInitialWeights(coefs: [w0, w1], intercepts: [Tensor([0, 0]), Tensor([0])])
      }
        == "initialIntercepts[0]: shapes [2] and [2, 3] do not fit (layer 0 has 3 units, so its intercepts must be [3])"
    )
    let w1Bad = try Tensor(repeating: 0.1, shape: [4, 1])
    #expect(
      Self.message {
        try model.setInitialWeights(
          coefs: [w0, w1Bad], intercepts: [Tensor([0, 0, 0]), Tensor([0])])
      }
        == "initialCoefs[1]: shapes [2, 3] and [4, 1] do not fit (layer 0 has 3 outputs but layer 1 takes 4 inputs)"
    )
    // consistent on their own, but not for 3 features
    try model.setInitialWeights(coefs: [w0, w1], intercepts: [Tensor([0, 0, 0]), Tensor([0])])
    let x3 = try Tensor(shape: [12, 3], scalars: (0..<36).map { Double($0 % 7) })
    #expect(
      Self.message { try model.fit(x3, Self.y) }
        == "initialCoefs[0]: shapes [2, 3] and [3, 3] do not fit (layer 0 of the network [3, 3, 1] needs [fanIn, fanOut] = [3, 3])"
    )
    model.hiddenLayerSizes = [3, 3]
    #expect(
      Self.message { try model.fit(Self.x, Self.y) }
        == "initial weights: shapes [2, 3] and [3, 1] do not fit (the network [2, 3, 3, 1] has 3 weight layers, 2 were given)"
    )
    model.hiddenLayerSizes = [3]
    try model.fit(Self.x, Self.y)
    #expect(model.nIter == 1)
    model.removeInitialWeights()
    #expect(model.initialCoefs == nil && model.initialIntercepts == nil)
  }
}
