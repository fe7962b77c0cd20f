// Chapter 2 — the sklearn way.
//
// The seed's scikit-learn example, line by line: make_moons, an 80/20 split,
// StandardScaler, MLPClassifier((10, 10), max_iter=1, warm_start=True) fitted once per
// epoch and scored on the test rows, then the seed's first example, (100,) with
// max_iter=300. book.md quotes each section below whole; the tables they print are
// built in the Chapter2+*Views.swift files.
import ChapterSupport
import MLPKit

Chapter2.runAsChapter()

/// The chapter heading and what this run does.
func introduction(_ settings: Settings) {
  Narrative.printChapter(2, "The sklearn way")
  Narrative.explain(
    """
    The seed's scikit-learn example in Swift, with random state \(settings.seed) for \
    the data, the split and the models: \(settings.epochs) warm-start fits of a \
    2-10-10-1 network, then the seed's first example, 100 hidden units for 300 epochs.
    """)
}

// MARK: - 2.1 The data
// Prints the shapes and class counts, what StandardScaler learned from the training
// rows, and the first training rows before and after scaling.
func theData(seed: Int) throws -> ScaledMoons {
  Narrative.printSection("2.1", "The data")
  let moons = try makeMoons(1000, noise: 0.2, randomState: seed)  // x [1000, 2]
  let split = try trainTestSplit(moons.x, moons.y, testSize: 0.2, randomState: seed)
  var scaler = StandardScaler()
  let xTrain = try scaler.fitTransform(split.xTrain)  // [800, 2]: learns mean and scale
  let xTest = try scaler.transform(split.xTest)  // [200, 2]: the training mean and scale
  let data = ScaledMoons(
    xTrain: xTrain, yTrain: split.yTrain, xTest: xTest, yTest: split.yTest)

  Narrative.show(splitLines(moons, data, seed: seed))
  Narrative.show(scalerLines(scaler))
  Narrative.show(try firstRowsTable(raw: split.xTrain, scaled: xTrain, labels: split.yTrain))
  return data
}

// MARK: - 2.2 The model and its parameters
// Prints sklearn's repr of the model, the parameters that matter with their values,
// and the Glorot ranges the first fit draws the weights from.
func theModel(seed: Int, trainingRows: Int) throws -> MLPClassifier {
  Narrative.printSection("2.2", "The model and its parameters")
  let model = MLPClassifier(
    hiddenLayerSizes: [10, 10], activation: .relu, solver: .adam,
    maxIter: 1,  // one epoch per fit: the loop below runs the epochs
    randomState: seed,
    warmStart: true)  // keep the weights from one fit to the next

  Narrative.show("print(model)\n\(model)")
  Narrative.show(try parameterTable(model, trainingRows: trainingRows))
  Narrative.show(glorotLines(units: [2] + model.hiddenLayerSizes + [1]))
  return model
}

// MARK: - 2.3 Twenty warm-start fits
// Prints the seed's line after each fit: log-loss and accuracy on the test rows.
// The ConvergenceWarning that every fit raises is collected and reported once.
func warmStartFits(_ model: MLPClassifier, _ data: ScaledMoons, epochs: Int) throws {
  Narrative.printSection("2.3", "Twenty warm-start fits")
  Narrative.explain("Each fit is one epoch; Loss and Accuracy are measured on the 200 test rows.")
  let warnings = WarningLog()
  model.warningSink = warnings.record  // sklearn prints each one on stderr
  for epoch in 1...epochs {
    try model.fit(data.xTrain, data.yTrain)  // forward, loss, backward, update: all inside
    let yPredProb = try model.predictProba(data.xTest)  // [200, 2]
    let loss = try logLoss(data.yTest, yPredProb)
    let acc = try accuracyScore(data.yTest, try model.predict(data.xTest))
    print("Epoch \(epoch)/\(epochs) - Loss: \(loss.fixed(4)), Accuracy: \(acc.fixed(4))")
  }
  print()
  Narrative.show(warningSummary(warnings, calls: epochs))
}

// MARK: - 2.4 Under the hood
// Prints the seed's "Step | Process | Done by" table in Swift terms, then what the
// fits really did, read from the fitted model.
func underTheHood(_ model: MLPClassifier, _ data: ScaledMoons, epochs: Int) throws {
  Narrative.printSection("2.4", "Under the hood")
  Narrative.explain(
    "One fit(xTrain, yTrain) runs all four of the seed's steps, for every minibatch:")
  Narrative.show(try stepTable())
  Narrative.show(try fitStateTable(model, rows: data.xTrain.rowCount, epochs: epochs))
}

// MARK: - 2.5 Inside the fitted model
// Prints the classes, the shape of every weight matrix and bias vector, and
// predictProba for the first test rows beside the predicted and the true class.
func insideTheFittedModel(_ model: MLPClassifier, _ data: ScaledMoons) throws {
  Narrative.printSection("2.5", "Inside the fitted model")
  let output = model.outActivation?.rawValue ?? "none"
  Narrative.show(
    "model.classes = \(model.classes), nOutputs = \(model.nOutputs), outActivation = \(output)")
  Narrative.show(try shapesTable(model))
  Narrative.explain(
    """
    The one output unit gives p = P(y = 1). predictProba returns a column per class, \
    1 − p and p, and predict picks class 1 where p > 0.5.
    """)

  let rows = 0..<min(5, data.xTest.rowCount)
  let proba = try model.predictProba(try data.xTest.rows(rows))  // [5, 2]: [1 − p, p]
  let predicted = try model.predict(try data.xTest.rows(rows))  // class 1 where p > 0.5
  print("model.predictProba(xTest[0..<\(rows.count)]) and model.predict(...):")
  Narrative.show(
    try probabilityTable(
      proba, predicted: predicted, truth: Array(data.yTest[rows]), classes: model.classes))
}

// MARK: - 2.6 Warm start is not partial fit
// Trains the same epochs twice more, with partialFit and with one fit, and prints
// where each of the three ended on the test rows.
func warmStartIsNotPartialFit(_ warm: MLPClassifier, _ data: ScaledMoons, _ settings: Settings)
  throws
{
  Narrative.printSection("2.6", "Warm start is not partial fit")
  let (seed, epochs) = (settings.seed, settings.epochs)
  Narrative.explain(adamResetNote(epochs: epochs))
  let partial = MLPClassifier(hiddenLayerSizes: [10, 10], randomState: seed)
  let classes = try ClassLabel.sortedClasses(data.yTrain)  // np.unique(yTrain)
  for _ in 1...epochs {
    try partial.partialFit(data.xTrain, data.yTrain, classes: classes)  // one epoch; Adam kept
  }
  let single = MLPClassifier(hiddenLayerSizes: [10, 10], maxIter: epochs, randomState: seed)
  single.warningSink = { _ in }  // the one maxIter warning is §2.7's story
  try single.fit(data.xTrain, data.yTrain)  // all epochs in one call: one Adam

  Narrative.show(
    try schemeTable(
      [
        Scheme(name: "\(epochs) × fit, warmStart, maxIter 1", model: warm),
        Scheme(name: "\(epochs) × partialFit", model: partial),
        Scheme(name: "1 × fit, maxIter \(epochs)", model: single),
      ], data, epochs: epochs))
}

// MARK: - 2.7 The seed's first example
// Prints the model, its loss every 50 epochs, how the fit ended (with sklearn's
// ConvergenceWarning), the test accuracy, the classification report and the
// confusion matrix.
func theSeedsFirstExample(_ data: ScaledMoons, seed: Int) throws {
  Narrative.printSection("2.7", "The seed's first example")
  let mlp = MLPClassifier(
    hiddenLayerSizes: [100], activation: .relu, solver: .adam, maxIter: 300, randomState: seed)
  let warnings = WarningLog()
  mlp.warningSink = warnings.record
  try mlp.fit(data.xTrain, data.yTrain)
  let yPred = try mlp.predict(data.xTest)  // [200]

  Narrative.show("print(mlp)\n\(mlp)")
  Narrative.show(try lossCurveTable(mlp.lossCurve, every: 50))
  Narrative.show(fitEnding(mlp, warnings))
  Narrative.show("accuracyScore(yTest, yPred) = \(try accuracyScore(data.yTest, yPred).fixed(4))")
  print("classificationReport(yTest, yPred)")
  print(try classificationReport(data.yTest, yPred))
  print("confusionMatrix(yTest, yPred)")
  print(try confusionMatrix(data.yTest, yPred))
}
