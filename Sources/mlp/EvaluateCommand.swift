import ArgumentParser
import MLPKit

/// `mlp evaluate MODEL.json DATA.csv [--target COLUMN]`: accuracy, log loss,
/// confusion matrix and classification report of a saved model on labelled rows.
/// Introduced in §2.7.
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Score a saved model on a labelled CSV file.",
    discussion: """
      The CSV must have the model's feature columns (any order) and the label column. \
      Prints sklearn's accuracy_score, log_loss (over the model's classes), \
      confusion_matrix and classification_report.
      """)

  @Argument(
    help: ArgumentHelp("A model saved by `mlp train --model-out`.", valueName: "model.json"))
  var model: String

  @Argument(help: ArgumentHelp("Labelled rows.", valueName: "data.csv"))
  var data: String

  @Option(
    help: ArgumentHelp(
      "The label column. (default: the model's target)", valueName: "column"))
  var target: String?

  func run() throws {
    let saved = try SavedModel(file: model)
    let column = target ?? saved.model.target
    let (x, y) = try saved.labelledData(data, target: column)
    let clf = saved.classifier
    let predicted = try clf.predict(x)
    let accuracy = try clf.score(x, y)
    let units = saved.model.layerUnits.map(String.init).joined(separator: " → ")
    var lines = [
      "Model     \(model): \(units), classes "
        + saved.model.classes.map(\.description).joined(separator: ", "),
      "Data      \(data): \(y.count) rows, target '\(column)'",
      "Accuracy  \(TrainingSummary.accuracy(accuracy, y, predicted))",
      "Log loss  \(try logLossText(clf, x, y, saved.model.classes, column))",
      "",
      "Confusion matrix:",
      try confusionMatrix(y, predicted, warn: CommandFailure.printWarning).description,
      "",
      "Classification report:",
    ]
    lines.append(try classificationReport(y, predicted, warn: CommandFailure.printWarning))
    print(lines.joined(separator: "\n"), terminator: "")
  }

  /// sklearn's `log_loss(y, predict_proba(x), labels=classes_)`, or why it is undefined.
  private func logLossText(
    _ clf: MLPClassifier, _ x: Tensor, _ y: [ClassLabel], _ classes: [ClassLabel], _ column: String
  ) throws -> String {
    guard classes.count >= 2 else {
      CommandFailure.printWarning("log loss is undefined for a model of a single class")
      return "n/a (the model has a single class)"
    }
    let unknown = y.filter { !classes.contains($0) }
    if let first = unknown.first {
      CommandFailure.printWarning(
        "log loss is undefined: label \(TrainingSummary.label(first)) in column "
          + "'\(column)' is not one of the model's classes")
      return "n/a (label \(TrainingSummary.label(first)) is not one of the model's classes)"
    }
    let loss = try logLoss(
      y, try clf.predictProba(x), labels: classes, warn: CommandFailure.printWarning)
    return loss.fixed(6)
  }
}
