import Foundation
import MLPKit
import Testing

/// sklearn's common estimator checks (`sklearn.utils.estimator_checks`), ported where
/// they apply to `MLPClassifier`, for every solver. "Works with awkward data" means
/// "gives sklearn's answer": the fixture holds what sklearn 1.9.1 learned on each data
/// set (Tools/reference/estimator_checks.py → Tests/Fixtures/estimator_checks.json).
/// The invariance checks (subsets, row order, round trips, no mutation) are in
/// `EstimatorChecksInvarianceTests`.
@Suite struct EstimatorChecksTests {
  struct Case: Decodable {
    let name: String
    let params: [String: JSONValue]
    let rows: Int
    let features: Int
    let x: [Double]
    let y: [FixtureLabel]
    let classes: [FixtureLabel]
    let n_outputs: Int
    let n_iter: Int
    let loss: Double
    let predict: [FixtureLabel]
    let proba_shape: [Int]
    let proba: [Double]
    let proba_first_row: [Double]

    var solver: String { params["solver"]?.string ?? "?" }
    var tensor: Tensor { get throws { try Tensor(shape: [rows, features], scalars: x) } }
  }
  struct Messages: Decodable {
    let predict_before_fit: String
    let n_features_at_predict: String
    let partial_fit_without_classes: String
    let warm_start_other_classes: String
  }
  struct File: Decodable {
    let cases: [Case]
    let messages: Messages
  }

  static var file: File? { try? Fixtures.load("estimator_checks", as: File.self) }
  static let names = [
    "one_feature", "two_per_class", "string_labels", "noncontiguous_labels", "binary_strings",
    "single_class",
  ]
  static let solvers: [MLPClassifier.Solver] = [.lbfgs, .sgd, .adam]

  static func fixtureCase(_ name: String, _ solver: MLPClassifier.Solver) throws -> Case {
    let file = try #require(Self.file, "Tests/Fixtures/estimator_checks.json")
    return try #require(file.cases.first { $0.name == name && $0.solver == solver.rawValue })
  }

  static func fitted(_ c: Case) throws -> MLPClassifier {
    let model = try makeClassifier(c.params)
    model.warningSink = { _ in }
    try model.fit(try c.tensor, c.y.labels)
    return model
  }

  /// A small, well separated three-class problem for the property checks.
  static func blobs() throws -> (Tensor, [ClassLabel]) {
    let data = try makeBlobs(nSamples: 60, centers: [[0, 0], [4, 0], [0, 4]], randomState: 3)
    return (data.x, data.y)
  }

  static func model(_ solver: MLPClassifier.Solver, seed: Int? = 0) -> MLPClassifier {
    let model = MLPClassifier(
      hiddenLayerSizes: [5], solver: solver, learningRateInit: solver == .sgd ? 0.1 : 0.01,
      maxIter: 30, randomState: seed)
    model.warningSink = { _ in }
    return model
  }

  @Test func fixtureCoversEveryDataSetWithEverySolver() throws {
    let file = try #require(Self.file)
    #expect(Set(file.cases.map(\.name)) == Set(Self.names))
    for name in Self.names {
      #expect(
        file.cases.filter { $0.name == name }.map(\.solver).sorted() == ["adam", "lbfgs", "sgd"])
    }
  }

  /// check_fit2d_1feature, check_classifiers_classes (string and non-contiguous
  /// labels), check_classifiers_one_label, two samples per class, and a single-row
  /// predict (check_fit2d_predict1d's 2-D form): sklearn's classes, predictions and
  /// probabilities. The stochastic solvers match to rounding; L-BFGS follows scipy's
  /// iterates, which rounding moves slightly over many iterations.
  @Test(arguments: names, solvers)
  func awkwardDataGivesSklearnsAnswer(_ name: String, _ solver: MLPClassifier.Solver) throws {
    let c = try Self.fixtureCase(name, solver)
    let model = try Self.fitted(c)
    let x = try c.tensor
    #expect(model.classes == c.classes.labels)
    #expect(model.nOutputs == c.n_outputs)
    #expect(try model.predict(x) == c.predict.labels)
    let proba = try model.predictProba(x)
    #expect(proba.shape == c.proba_shape)
    let one = try model.predictProba(try x.rows(0..<1))
    #expect(one.shape == [1, c.proba_shape[1]])
    // sklearn's own tolerance (check_methods_subset_invariance): NumPy sums a single
    // row (ddot) in another order than a batch (dgemv_t), and so does the library
    #expect(
      allClose(one.scalars, Array(proba.scalars.prefix(c.proba_shape[1])), rtol: 0, atol: 1e-7))
    if c.solver == "lbfgs" {
      #expect(
        isClose(model.loss ?? .nan, c.loss, rtol: 1e-4, atol: 1e-7), "loss \(model.loss ?? .nan)")
      #expect(allClose(proba.scalars, c.proba, rtol: 0, atol: 1e-4))
      #expect(abs(model.nIter - c.n_iter) <= max(1, c.n_iter / 10), "\(model.nIter) iterations")
    } else {
      #expect(isClose(model.loss ?? .nan, c.loss, rtol: 1e-9), "loss \(model.loss ?? .nan)")
      #expect(allClose(proba.scalars, c.proba, rtol: 1e-9, atol: 1e-15))
      #expect(allClose(one.scalars, c.proba_first_row, rtol: 1e-9, atol: 1e-15))
      #expect(model.nIter == c.n_iter)
    }
  }

  /// predict_proba rows are probabilities that sum to 1, and predict_log_proba is
  /// their logarithm (check_classifiers_train's probability checks).
  @Test(arguments: names, solvers)
  func probabilityRowsSumToOne(_ name: String, _ solver: MLPClassifier.Solver) throws {
    let c = try Self.fixtureCase(name, solver)
    let model = try Self.fitted(c)
    let x = try c.tensor
    let proba = try model.predictProba(x)
    for row in proba.rowArrays {
      #expect(row.allSatisfy { $0 >= 0 && $0 <= 1 })
      #expect(abs(row.reduce(0, +) - 1) <= 1e-12, "\(row)")
    }
    #expect(try model.predictLogProba(x).scalars == proba.scalars.map { Foundation.log($0) })
  }

  /// check_fit_idempotent and check_fit_check_is_fitted: with a fixed random state a
  /// second fit (on the same instance or a new one) gives the same weights bit for
  /// bit, and the same predictions.
  @Test(arguments: solvers) func fittingTwiceGivesTheSameModel(_ solver: MLPClassifier.Solver)
    throws
  {
    let (x, y) = try Self.blobs()
    let first = Self.model(solver)
    #expect(!first.isFitted)
    try first.fit(x, y)
    #expect(first.isFitted)
    #expect(first.nFeaturesIn == 2)
    let (coefs, intercepts, proba) = (first.coefs, first.intercepts, try first.predictProba(x))
    try first.fit(x, y)
    #expect(first.coefs == coefs && first.intercepts == intercepts)
    let second = Self.model(solver)
    try second.fit(x, y)
    #expect(second.coefs == coefs && second.intercepts == intercepts)
    #expect(try second.predictProba(x) == proba)
    // and a different seed is a different model
    let other = Self.model(solver, seed: 1)
    try other.fit(x, y)
    #expect(other.coefs != coefs)
  }

  /// check_estimators_overwrite_params: fit changes fitted state, never a hyperparameter.
  @Test(arguments: solvers) func fitLeavesTheHyperparametersAlone(_ solver: MLPClassifier.Solver)
    throws
  {
    let (x, y) = try Self.blobs()
    let model = Self.model(solver)
    model.batchSize = .size(1000)  // clipped to the sample count inside fit only
    let before = Self.hyperparameters(model)
    try model.fit(x, y)
    #expect(Self.hyperparameters(model) == before)
  }

  static func hyperparameters(_ m: MLPClassifier) -> String {
    "\(m.hiddenLayerSizes) \(m.activation) \(m.solver) \(m.alpha) \(m.batchSize) "
      + "\(m.learningRate) \(m.learningRateInit) \(m.powerT) \(m.maxIter) \(m.shuffle) "
      + "\(String(describing: m.randomState)) \(m.tol) \(m.verbose) \(m.warmStart) \(m.momentum) "
      + "\(m.nesterovsMomentum) \(m.earlyStopping) \(m.validationFraction) \(m.beta1) "
      + "\(m.beta2) \(m.epsilon) \(m.nIterNoChange) \(m.maxFun)"
  }

  /// check_estimators_unfitted: every prediction method raises sklearn's NotFittedError.
  @Test func predictingBeforeFitRaisesSklearnsMessage() throws {
    let expected = try #require(Self.file).messages.predict_before_fit
    let (x, y) = try Self.blobs()
    let model = MLPClassifier()
    let calls: [() throws -> Any] = [
      { try model.predict(x) }, { try model.predictProba(x) }, { try model.predictLogProba(x) },
      { try model.score(x, y) },
    ]
    for call in calls {
      #expect(throws: NotFittedError.self) { _ = try call() }
      #expect((try? call()) == nil)
      do {
        _ = try call()
      } catch {
        #expect("\(error)" == expected)
      }
    }
  }

  /// check_n_features_in and check_classifiers_train's malformed-input part:
  /// nFeaturesIn is enforced at predict, with sklearn's wording.
  @Test(arguments: solvers) func featureCountIsEnforcedAtPredict(_ solver: MLPClassifier.Solver)
    throws
  {
    let sklearn = try #require(Self.file).messages.n_features_at_predict
    #expect(sklearn.contains("has 4 features, but MLPClassifier is expecting 2 features as input"))
    let (x, y) = try Self.blobs()
    let model = Self.model(solver)
    try model.fit(x, y)
    let wide = try Tensor(shape: [x.rowCount, 4], scalars: x.scalars + x.scalars)
    for call in [{ _ = try model.predict(wide) }, { _ = try model.predictProba(wide) }] {
      let error = #expect(throws: ShapeError.self) { try call() }
      #expect(
        error?.description.contains(
          "x has 4 features, but MLPClassifier is expecting 2 features as input") == true)
    }
    let narrow = try Tensor(shape: [3, 1], scalars: [0, 1, 2])
    #expect(throws: ShapeError.self) { _ = try model.predict(narrow) }
  }

  /// check_estimators_partial_fit_n_features and sklearn's partial_fit rules: the
  /// first call must name the classes; a later call with other features fails;
  /// L-BFGS has no partial fit.
  @Test(arguments: [MLPClassifier.Solver.sgd, .adam]) func partialFitRules(
    _ solver: MLPClassifier.Solver
  ) throws {
    let sklearn = try #require(Self.file).messages.partial_fit_without_classes
    #expect(sklearn == "classes must be passed on the first call to partial_fit.")
    let (x, y) = try Self.blobs()
    let model = Self.model(solver)
    let missing = #expect(throws: ParameterError.self) { try model.partialFit(x, y) }
    #expect(
      missing?.description == "classes must be passed on the first call to partialFit; got nil")
    #expect(!model.isFitted)
    try model.partialFit(x, y, classes: [0, 1, 2])
    try model.partialFit(x, y)  // later calls may omit them
    let wide = try Tensor(
      shape: [x.rowCount, 3], scalars: Array(repeating: 0.5, count: x.rowCount * 3))
    let error = #expect(throws: ShapeError.self) { try model.partialFit(wide, y) }
    #expect(
      error?.description.contains("x has 3 features, but MLPClassifier is expecting 2") == true)
    #expect(throws: ParameterError.self) {
      try Self.model(.lbfgs).partialFit(x, y, classes: [0, 1, 2])
    }
  }

  /// warm_start keeps classes_: a refit with the same classes continues, one with other
  /// classes fails with sklearn's facts and leaves the model as it was.
  @Test(arguments: solvers) func warmStartKeepsTheClasses(_ solver: MLPClassifier.Solver) throws {
    let sklearn = try #require(Self.file).messages.warm_start_other_classes
    #expect(sklearn.contains("Previously got [0 1 2], `y` has [0 1 3]"))
    let (x, y) = try Self.blobs()
    let model = Self.model(solver)
    model.warmStart = true
    try model.fit(x, y)
    try model.fit(x, y)
    #expect(model.classes == [0, 1, 2])
    let coefs = model.coefs
    let relabelled = y.map { $0 == 2 ? ClassLabel.int(3) : $0 }
    let error = #expect(throws: LabelError.self) { try model.fit(x, relabelled) }
    #expect(error?.description.contains("previously [0, 1, 2], y has [0, 1, 3]") == true)
    #expect(model.classes == [0, 1, 2])
    #expect(model.coefs == coefs)
  }

  /// check_estimators_empty_data_messages and check_estimators_nan_inf.
  @Test(arguments: solvers) func emptyAndNonFiniteDataAreRefused(_ solver: MLPClassifier.Solver)
    throws
  {
    let model = Self.model(solver)
    let noRows = #expect(throws: ShapeError.self) { try model.fit(try Tensor.zeros([0, 3]), []) }
    #expect(noRows?.description.contains("at least 1 sample and 1 feature are required") == true)
    let noColumns = #expect(throws: ShapeError.self) {
      try model.fit(try Tensor.zeros([3, 0]), [0, 1, 0])
    }
    #expect(noColumns?.description.contains("[3, 0]") == true)
    let (x, y) = try Self.blobs()
    for (bad, word) in [(Double.nan, "NaN"), (.infinity, "infinity"), (-.infinity, "infinity")] {
      var dirty = x
      dirty.scalars[7] = bad  // row 3, column 1
      let fitError = #expect(throws: DataError.self) { try model.fit(dirty, y) }
      #expect(
        fitError?.description
          == "fit: x contains \(word) at row 3, column 1; remove or impute it first")
      try model.fit(x, y)
      let predictError = #expect(throws: DataError.self) { try model.predict(dirty) }
      #expect(
        predictError?.description.contains("predict: x contains \(word) at row 3, column 1") == true
      )
    }
  }

  /// check_classifiers_regression_target: a label column of continuous values is a
  /// regression target; sklearn says "Unknown label type", and so does the reader.
  @Test func aContinuousTargetIsNotClassLabels() {
    let error = #expect(throws: DataError.self) {
      try Dataset(csvText: "a,y\n1,0\n2,1\n3,0.5\n4,1\n", target: "y")
    }
    #expect(
      error?.description.hasPrefix(
        "line 4:3: label '0.5' in column 'y' (field 2) is not a whole number") == true)
    #expect(error?.description.contains("Unknown label type: continuous") == true)
  }

  /// check_classifiers_train's accuracy check: an easy problem is learned.
  @Test(arguments: solvers) func anEasyProblemIsLearned(_ solver: MLPClassifier.Solver) throws {
    let (x, y) = try Self.blobs()
    let model = Self.model(solver)
    model.maxIter = 200
    try model.fit(x, y)
    #expect(try model.score(x, y) > 0.83)
  }
}
