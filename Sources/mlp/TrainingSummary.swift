import MLPKit

/// What `mlp train` prints on stdout: the data, the split, the model, how training
/// ended, the accuracies, and the confusion matrix and classification report of the
/// held-out rows (of the training rows with `--test-size 0`). Fixed decimals, no
/// timings, nothing that differs between two runs with the same flags.
struct TrainingSummary {
  /// What is trained: data, classes, split, scaling, model and network.
  let header: String
  /// How training went: its ending, the loss, the accuracies, the confusion matrix and
  /// the classification report.
  let results: String
  /// The whole summary.
  var text: String { header + results }

  init(run: TrainingRun, command: TrainCommand) throws {
    header = try Self.header(run.plan, command: command)
    results = try Self.results(run)
  }

  /// The rows printed before training starts (with `--verbose`, above the epoch lines).
  static func header(_ plan: TrainingPlan, command: TrainCommand) throws -> String {
    let data = plan.data
    var lines: [String] = []
    lines += row(
      "Data",
      "\(command.data): \(data.sampleCount) rows, \(data.featureCount) feature"
        + "\(data.featureCount == 1 ? "" : "s"), target \(label(.string(data.targetName)))")
    let classes = try data.classes
    let counts = classes.map { c in data.y.count(where: { $0 == c }) }
    lines += row("Classes", zip(classes, counts).map { "\($0) (\($1))" }.joined(separator: ", "))
    if plan.testRows > 0 {
      lines += row(
        "Split",
        "\(plan.trainRows) training rows, \(plan.testRows) test rows (--test-size "
          + "\(try command.testSize()), --seed \(try command.model.seed())"
          + "\(command.stratify ? ", --stratify" : ""))")
    } else {
      lines += row("Split", "none (--test-size 0): all \(plan.trainRows) rows train the model")
    }
    lines += row(
      "Scaling",
      plan.scaled
        ? "standard, fitted on the \(plan.trainRows) training rows" : "none (--scale none)")
    let clf = plan.classifier
    lines += row("Model", clf.description)
    lines += row(
      "Network",
      plan.units.map(String.init).joined(separator: " → ")
        + " (\(clf.hiddenLayerSizes.isEmpty ? "no hidden layer" : "\(clf.activation.rawValue) hidden"), "
        + "\(plan.outActivation) output)")
    return lines.map { $0 + "\n" }.joined()
  }

  /// The rows printed once training has ended.
  static func results(_ run: TrainingRun) throws -> String {
    let clf = run.classifier
    var lines: [String] = []
    lines += row("Training", ending(run))
    if let loss = clf.loss {
      var text = "\(loss.fixed(6)) (final)"
      if let best = clf.bestLoss { text += ", \(best.fixed(6)) (best)" }
      if let score = clf.bestValidationScore {
        text += "; best validation accuracy \(score.fixed(4))"
      }
      lines += row("Loss", text)
    }
    lines.append("")
    lines += row(
      "Accuracy", "train \(accuracy(run.trainAccuracy, run.yTrain, run.trainPredicted))")
    if let test = run.testAccuracy {
      lines += row("", "test  \(accuracy(test, run.yTest, run.testPredicted))")
    }

    // the held-out rows show how the model generalises; without them, the training rows
    let part = run.testRows > 0 ? "test rows" : "training rows"
    let truth = run.testRows > 0 ? run.yTest : run.yTrain
    let predicted = run.testRows > 0 ? run.testPredicted : run.trainPredicted
    lines.append("")
    lines.append("Confusion matrix, \(part):")
    lines.append(
      try confusionMatrix(truth, predicted, warn: CommandFailure.printWarning).description)
    lines.append("")
    lines.append("Classification report, \(part):")
    let report = try classificationReport(truth, predicted, warn: CommandFailure.printWarning)
    return lines.joined(separator: "\n") + "\n" + report
  }

  /// `key` padded to 10 columns before the first line of `value`, the other lines
  /// indented to match.
  static func row(_ key: String, _ value: String) -> [String] {
    let pad = String(repeating: " ", count: 10)
    let valueLines = value.split(separator: "\n", omittingEmptySubsequences: false)
    return valueLines.enumerated().map { i, line in
      (i == 0 ? key + String(repeating: " ", count: max(1, 10 - key.count)) : pad) + line
    }
  }

  /// How training ended, in words.
  static func ending(_ run: TrainingRun) -> String {
    let clf = run.classifier
    let converged = !run.warnings.contains { $0.category == "ConvergenceWarning" }
    let n = clf.nIter
    guard clf.solver.isStochastic else {
      let iterations = "\(n) iteration\(n == 1 ? "" : "s")"
      return converged
        ? "\(iterations) of L-BFGS, converged"
        : "\(iterations) of L-BFGS, stopped without converging (ConvergenceWarning)"
    }
    let epochs = "\(n) epoch\(n == 1 ? "" : "s")"
    if !converged {
      return "\(epochs), reached --max-iter \(clf.maxIter) without converging (ConvergenceWarning)"
    }
    if clf.earlyStopping {
      return "\(epochs), stopped early: the validation accuracy stopped improving "
        + "(best weights kept)"
    }
    return "\(epochs), converged: the training loss stopped improving by --tol \(clf.tol)"
  }

  /// `0.9667 (29 of 30)`.
  static func accuracy(_ value: Double, _ truth: [ClassLabel], _ predicted: [ClassLabel]) -> String
  {
    let correct = zip(truth, predicted).count(where: { $0 == $1 })
    return "\(value.fixed(4)) (\(correct) of \(truth.count))"
  }

  /// A label in messages: `'setosa'` for a name, `7` for a number.
  static func label(_ label: ClassLabel) -> String {
    switch label {
    case .int(let value): return "\(value)"
    case .string(let name): return "'\(name)'"
    }
  }
}
