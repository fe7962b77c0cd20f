import MLPKit

// `--plots DIR`: the chapter's loss curves. Each model is the chapter's own: the
// warm-start model after §2.3's fits, and §2.6's and §2.7's models fitted again with
// the same data, parameters and random state (so they are the same numbers the
// chapter prints).

/// `chapter2-warm-start` (§2.3): each fit's training loss, with the test log-loss and
/// accuracy the chapter prints after it; `chapter2-schemes` (§2.6): the training loss
/// per epoch of warm-start fits, partialFit and one fit; `chapter2-loss` (§2.7): the
/// seed's first example, 300 epochs of MLPClassifier((100,)).
func chapter2Figures(_ warm: MLPClassifier, _ data: ScaledMoons, _ settings: Settings)
  throws -> [(name: String, script: GnuplotScript)]
{
  let (seed, epochs) = (settings.seed, settings.epochs)
  // §2.3 again, to measure the test rows after every fit as the chapter prints them
  let again = MLPClassifier(
    hiddenLayerSizes: [10, 10], activation: .relu, solver: .adam, maxIter: 1, randomState: seed,
    warmStart: true)
  again.warningSink = { _ in }
  var testLoss: [Double] = []
  var testAccuracy: [Double] = []
  for _ in 1...epochs {
    try again.fit(data.xTrain, data.yTrain)  // one epoch, a new Adam each time
    testLoss.append(try logLoss(data.yTest, try again.predictProba(data.xTest)))
    testAccuracy.append(try accuracyScore(data.yTest, try again.predict(data.xTest)))
  }
  let warmStart = try lossCurveFigure(
    runs: [("training loss (lossCurve)", again.lossCurve), ("test log-loss", testLoss)],
    validationAccuracy: testAccuracy, startsAtZero: false,
    title: "Chapter 2 · \(epochs) warm-start fits of MLP 2-10-10-1, one epoch each (seed \(seed))",
    yLabel: "log-loss", accuracyLabel: "test accuracy")

  // §2.6's two other schemes, with the same epochs
  let partial = MLPClassifier(hiddenLayerSizes: [10, 10], randomState: seed)
  let classes = try ClassLabel.sortedClasses(data.yTrain)
  for _ in 1...epochs {
    try partial.partialFit(data.xTrain, data.yTrain, classes: classes)
  }
  let single = MLPClassifier(hiddenLayerSizes: [10, 10], maxIter: epochs, randomState: seed)
  single.warningSink = { _ in }
  try single.fit(data.xTrain, data.yTrain)
  let schemes = try lossCurveFigure(
    runs: [
      ("\(epochs) × fit, warmStart, maxIter 1", warm.lossCurve),
      ("\(epochs) × partialFit", partial.lossCurve),
      ("1 × fit, maxIter \(epochs)", single.lossCurve),
    ],
    startsAtZero: false,
    title: "Chapter 2 · warm start is not partial fit: \(epochs) epochs three ways (seed \(seed))",
    yLabel: "training loss (log-loss)")

  // §2.7: the seed's first example
  let mlp = MLPClassifier(
    hiddenLayerSizes: [100], activation: .relu, solver: .adam, maxIter: 300, randomState: seed)
  mlp.warningSink = { _ in }
  try mlp.fit(data.xTrain, data.yTrain)
  let accuracy = try accuracyScore(data.yTest, try mlp.predict(data.xTest))
  let first = try lossCurveFigure(
    runs: [("training loss (mlp.lossCurve)", mlp.lossCurve)],
    title: "Chapter 2 · the seed's first example: MLP 2-100-1, \(mlp.nIter) epochs, "
      + "test accuracy \(accuracy.fixed(4)) (seed \(seed))",
    yLabel: "training loss (log-loss)")
  return [
    ("chapter2-warm-start", warmStart), ("chapter2-schemes", schemes), ("chapter2-loss", first),
  ]
}
