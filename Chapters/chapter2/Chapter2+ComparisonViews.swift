import MLPKit

// The blocks §2.6 and §2.7 print: three ways to train 20 epochs, the wide model's run.

/// One way of training the same epochs, and where it ended on the test rows.
struct Scheme {
  /// How the epochs were run, e.g. `20 × partialFit`.
  let name: String
  /// The trained model.
  let model: MLPClassifier
}

/// Why a warm-start fit with `maxIter` 1 restarts Adam, and why `partialFit` does not.
func adamResetNote(epochs: Int) -> String {
  """
  warmStart keeps the weights, but every fit builds a new Adam: its step count t and \
  its running means of the gradients (m) and of their squares (v) start from zero, \
  so the bias-corrected step size lr·√(1 − β₂ᵗ) / (1 − β₁ᵗ) starts over at every \
  epoch. partialFit keeps one Adam, as a single fit with maxIter \(epochs) does; those \
  two differ only in the shuffles, because an integer randomState restarts the \
  stream at every call, so every partialFit epoch visits the rows in the same order.
  """
}

/// Adam's final step count, the test log-loss and the accuracy of each scheme.
func schemeTable(_ schemes: [Scheme], _ data: ScaledMoons, epochs: Int) throws -> Table {
  var table = try Table(
    columns: [
      Table.Column("\(epochs) epochs of training"), Table.Column("Adam's t"),
      Table.Column("Test log-loss", decimals: 4), Table.Column("Accuracy", decimals: 4),
    ])
  for scheme in schemes {
    let proba = try scheme.model.predictProba(data.xTest)  // [200, 2]
    let accuracy = try accuracyScore(data.yTest, try scheme.model.predict(data.xTest))
    try table.addRow([
      .text(scheme.name), .integer(scheme.model.optimizerState?.t ?? 0),
      .number(try logLoss(data.yTest, proba)), .number(accuracy),
    ])
  }
  return table
}

/// The training loss every `step` epochs, with the first and the last epoch.
func lossCurveTable(_ curve: [Double], every step: Int) throws -> Table {
  var epochs = [1] + Array(stride(from: step, through: curve.count, by: step))
  if let last = epochs.last, last != curve.count, curve.count > 1 { epochs.append(curve.count) }
  var table = try Table(
    columns: [Table.Column("Epoch"), Table.Column("Training loss (mlp.lossCurve)", decimals: 4)])
  for epoch in epochs where epoch <= curve.count {
    try table.addRow([.integer(epoch), .number(curve[epoch - 1])])
  }
  return table
}

/// How the wide model's fit ended: its epochs, its last loss, and why it stopped.
func fitEnding(_ mlp: MLPClassifier, _ log: WarningLog) -> String {
  let stopped =
    mlp.nIter == mlp.maxIter
    ? "all \(mlp.maxIter) epochs ran"
    : "stopped early: no improvement by tol = \(mlp.tol) for \(mlp.nIterNoChange + 1) epochs"
  return """
    mlp.nIter = \(mlp.nIter) (\(stopped)), mlp.t = \(mlp.t), \
    mlp.loss = \((mlp.loss ?? 0).fixed(4))
    \(warningSummary(log, calls: 1))
    """
}
