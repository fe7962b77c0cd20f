import MLPKit

// `--plots DIR`: the chapter's two figures, drawn from this run's own history and
// trained network (so the same options always give the same figures).

/// `chapter3-loss`: the loss of every epoch with the test accuracy on the right axis
/// (§3.6), and `chapter3-boundary`: the trained network's P(class 1) over the scaled
/// plane with its P = 0.5 boundary and the training and test points (§3.7).
func chapter3Figures(
  _ t: Training, _ data: MoonsSplit, _ history: [EpochResult], _ settings: Settings
) throws -> [(name: String, script: GnuplotScript)] {
  let run = "seed \(settings.seed), Adam lr \(settings.lr.trimmed())"
  let loss = try lossCurveFigure(
    runs: [("training loss (before the step)", history.map(\.loss))],
    validationAccuracy: history.map(\.accuracy),
    title: "Chapter 3 · MLP 2-10-10-2 (ReLU) · \(run), full batch",
    yLabel: "cross-entropy loss", accuracyLabel: "test accuracy")

  let training = try LabelledPoints(x: data.xTrain, labels: data.yTrain.values)
  let test = try LabelledPoints(x: data.xTest, labels: data.yTest.values)
  let grid = try DecisionGrid.framing([training, test], aspect: 1.6)
  let accuracy = history.last.map { $0.accuracy.fixed(3) } ?? "-"
  let boundary = try decisionBoundaryFigure(
    probability: { x in try t.model(x).softmax(dim: 1) },  // [N, 2]: column 1 is P(class 1)
    grid: grid, training: training, test: test,
    title: "Chapter 3 · after \(history.count) epochs (\(run)) · test accuracy \(accuracy)",
    xLabel: "x_0 (standardised)", yLabel: "x_1 (standardised)")
  return [("chapter3-loss", loss), ("chapter3-boundary", boundary)]
}
