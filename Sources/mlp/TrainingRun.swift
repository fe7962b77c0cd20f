import MLPKit

/// One `mlp train` run from the CSV to the fitted model, step by step as a sklearn
/// user writes it: read, `train_test_split`, `StandardScaler` on the training rows,
/// `MLPClassifier.fit`, then predictions on both parts.
struct TrainingRun {
  let data: Dataset
  /// What was trained, as known before `fit`.
  let plan: TrainingPlan
  /// Rows per part; `testRows` is 0 with `--test-size 0`.
  let trainRows: Int
  let testRows: Int
  let classifier: MLPClassifier
  let scaling: ModelFile.Scaling?
  let yTrain: [ClassLabel]
  let yTest: [ClassLabel]
  /// The features of each part as read, before scaling (for figures in the file's units).
  let rawTrain: Tensor
  let rawTest: Tensor
  let trainPredicted: [ClassLabel]
  let testPredicted: [ClassLabel]
  /// The warnings `fit` raised, in order (they are also printed on stderr).
  let warnings: [MLPClassifier.Warning]
  /// Accuracy on the training rows (the same number as `classifier.score`).
  let trainAccuracy: Double
  /// Accuracy on the held-out rows, `nil` without any.
  let testAccuracy: Double?

  /// Reads, splits, scales and fits; `beforeFit` gets what is about to be trained
  /// (with `--verbose` the summary's first rows go out before the epoch lines).
  init(_ command: TrainCommand, beforeFit: (TrainingPlan) throws -> Void = { _ in }) throws {
    var classifier = try command.checkSettings()
    // read the weights before the data: both are cheap, training is not
    let weights = try command.initWeights.map {
      (file: $0, value: try MLPClassifier.readInitialWeights(file: $0))
    }
    if let weights, try command.model.hiddenLayerSizes() == nil {
      // no --hidden: the weights say how many units each hidden layer has
      let hidden = weights.value.coefs.dropLast().map { $0.shape[1] }
      classifier = try command.model.makeClassifier(hidden: hidden)
    }
    // the smallest network these sizes can make (1 feature, 1 output, batches of 1):
    // a --hidden that cannot fit even so fails before the file is read
    try Self.checkMemory(classifier, features: 1, outputs: 1, rows: 1, lowerBound: true)
    let maxBytes = try MemoryLimits.checkCSV(command.data, command: "train")
    data = try CSVReader(target: command.target, maxBytes: maxBytes).read(file: command.data)
    let n = data.sampleCount
    try Self.checkClassCount(data, file: command.data)
    if command.scale == "standard" {
      // every row, not only the training rows: a held-out row near 1e308 would be
      // scored as garbage just the same
      try FeatureMagnitude.check(data.x, names: data.featureNames, file: command.data)
    }

    // split
    var (xTrain, xTest, yTrain, yTest) = (
      data.x, try Tensor.zeros([0, data.featureCount]), data.y, [ClassLabel]()
    )
    let testSize = try command.testSize()
    if testSize > 0 {
      let held = Int((testSize * Double(n)).rounded(.up))
      guard n - held >= 1 else {
        throw ParameterError(
          parameter: "--test-size",
          expected: "small enough to leave at least 1 training row",
          got: "\(testSize), which holds out \(held) of the \(n) rows")
      }
      (xTrain, xTest, yTrain, yTest) = try trainTestSplit(
        data.x, data.y, testSize: .fraction(testSize), randomState: try command.model.seed(),
        stratify: command.stratify ? data.y : nil)
    }
    trainRows = yTrain.count
    testRows = yTest.count
    self.yTrain = yTrain
    self.yTest = yTest
    rawTrain = xTrain
    rawTest = xTest

    // scale with the training rows' statistics only
    if command.scale == "standard" {
      var scaler = StandardScaler()
      try scaler.fit(xTrain)
      try FeatureMagnitude.check(scaler, names: data.featureNames, file: command.data)
      let scaling = try ModelFile.Scaling(scaler)
      xTrain = try scaling.transform(xTrain)
      if testRows > 0 { xTest = try scaling.transform(xTest) }
      self.scaling = scaling
    } else {
      scaling = nil
    }

    let classes = try ClassLabel.sortedClasses(yTrain)
    if classes.count == 1 {
      CommandFailure.printWarning(
        "the training rows hold a single class, \(TrainingSummary.label(classes[0])): the model "
          + "trains one output towards it and will always predict it")
    }
    if let weights {
      try TrainingRun.check(weights, features: data.featureCount, classes: classes, classifier)
      try classifier.setInitialWeights(
        coefs: weights.value.coefs, intercepts: weights.value.intercepts)
    }
    let plan = TrainingPlan(
      data: data, trainRows: trainRows, testRows: testRows, scaled: scaling != nil,
      classifier: classifier, classCount: classes.count)
    try Self.checkMemory(
      classifier, features: data.featureCount, outputs: plan.outputs, rows: trainRows)
    self.plan = plan
    try beforeFit(plan)

    // fit, collecting the warnings as sklearn's `warnings.catch_warnings` would
    let collected = WarningCollector()
    classifier.warningSink = { warning in
      collected.warnings.append(warning)
      CommandFailure.printWarning(warning.description)
    }
    try classifier.fit(xTrain, yTrain)
    warnings = collected.warnings
    self.classifier = classifier
    trainPredicted = try classifier.predict(xTrain)
    testPredicted = testRows > 0 ? try classifier.predict(xTest) : []
    trainAccuracy = try accuracyScore(yTrain, trainPredicted)
    testAccuracy = testRows > 0 ? try accuracyScore(yTest, testPredicted) : nil
  }

  /// A classifier needs at least two classes in the label column (sklearn's
  /// `MLPClassifier` would train on one and always predict it).
  static func checkClassCount(_ data: Dataset, file: String) throws {
    let classes = try data.classes
    guard classes.count < 2, let only = classes.first else { return }
    throw DataError(
      file: file,
      "the target column '\(data.targetName)' holds a single class, "
        + "\(TrainingSummary.label(only)) (all \(data.sampleCount) rows): a classifier needs "
        + "at least 2 classes")
  }

  /// `MemoryLimits.checkNetwork` for `classifier` on `rows` training rows. A network
  /// over the library's weight cap is left to `fit`, whose message says so.
  static func checkMemory(
    _ classifier: MLPClassifier, features: Int, outputs: Int, rows: Int, lowerBound: Bool = false
  ) throws {
    let units = [features] + classifier.hiddenLayerSizes + [outputs]
    let weights = zip(units, units.dropFirst()).reduce(0.0) {
      $0 + (Double($1.0) + 1) * Double($1.1)
    }
    guard weights <= Double(Tensor.maxElementCount) else { return }
    // L-BFGS takes every row at once; the stochastic solvers one batch at a time
    var batch = rows
    if classifier.solver.isStochastic {
      switch classifier.batchSize {
      case .auto: batch = min(200, rows)
      case .size(let size): batch = min(max(size, 1), rows)
      }
    }
    try MemoryLimits.checkNetwork(
      hidden: classifier.hiddenLayerSizes, features: features, outputs: outputs, batch: batch,
      solver: classifier.solver, lowerBound: lowerBound)
  }

  /// The `--init-weights` layers against the network the data needs.
  static func check(
    _ weights: (file: String, value: (coefs: [Tensor], intercepts: [Tensor])), features: Int,
    classes: [ClassLabel], _ classifier: MLPClassifier
  ) throws {
    let outputs = classes.count <= 2 ? 1 : classes.count
    let needed = [features] + classifier.hiddenLayerSizes + [outputs]
    let given = [weights.value.coefs[0].shape[0]] + weights.value.coefs.map { $0.shape[1] }
    guard needed == given else {
      throw DataError(
        file: weights.file,
        "the weights are for a network \(given) but this data needs \(needed) "
          + "(\(features) features, hidden layers \(classifier.hiddenLayerSizes), "
          + "\(outputs) output\(outputs == 1 ? "" : "s") for \(classes.count) "
          + "class\(classes.count == 1 ? "" : "es"))")
    }
  }

  /// The model file for this run.
  var modelFile: ModelFile {
    get throws {
      try ModelFile(
        classifier: classifier, featureNames: data.featureNames, target: data.targetName,
        scaling: scaling)
    }
  }

  /// The training report for this run.
  var report: TrainingReport {
    get throws {
      try TrainingReport(
        classifier: classifier, nTrain: trainRows, nTest: testRows, trainAccuracy: trainAccuracy,
        testAccuracy: testAccuracy, warnings: warnings)
    }
  }
}

/// Gathers warnings from the classifier's sink (a closure that outlives `init`).
final class WarningCollector {
  var warnings: [MLPClassifier.Warning] = []
}
