import ArgumentParser
import MLPKit

/// `mlp predict MODEL.json DATA.csv [--proba]`: one prediction per row, as CSV on
/// stdout. Introduced in §2.3.
struct PredictCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "predict",
    abstract: "Predict the label of every row of a CSV file with a saved model.",
    discussion: """
      The CSV must have the model's feature columns (any order); its label column may \
      be there too and is ignored. stdout gets CSV: a header `prediction` (with \
      --proba, then `proba_<class>` for each class), then one line per input row, in \
      order. Predictions are the labels as they were in the training data.
      """)

  @Argument(
    help: ArgumentHelp("A model saved by `mlp train --model-out`.", valueName: "model.json"))
  var model: String

  @Argument(help: ArgumentHelp("The rows to predict.", valueName: "data.csv"))
  var data: String

  @Flag(help: "Add each class's probability.")
  var proba = false

  /// `--decimals`' valid values.
  static let decimalsRange = "a whole number in 0...17"

  @Option(
    name: .customLong("decimals"), parsing: .unconditional,
    help: ArgumentHelp("Decimals of the probabilities, \(decimalsRange).", valueName: "count"))
  var decimalsText = "6"

  /// A value that is not a number, or out of range, fails before anything is read.
  func validate() throws {
    _ = try decimals()
  }

  /// `--decimals`, checked.
  func decimals() throws -> Int {
    let decimals = try FlagValue.integer(decimalsText, "--decimals", Self.decimalsRange)
    guard (0...17).contains(decimals) else {
      throw ParameterError(
        parameter: "--decimals", expected: Self.decimalsRange, got: "\(decimals)")
    }
    return decimals
  }

  func run() throws {
    let decimals = try self.decimals()
    let saved = try SavedModel(file: model)
    let x = try saved.features(data, command: "predict")  // [rows, features]
    let predicted = try saved.classifier.predict(x)
    let classes = saved.model.classes
    var header = ["prediction"]
    var probabilities: [[Double]] = []
    if proba {
      header += classes.map { CSVField.escaped("proba_\($0)") }
      probabilities = try Self.probabilities(saved.classifier, x, classes: classes)
    }
    var out = header.joined(separator: ",") + "\n"
    for (i, label) in predicted.enumerated() {
      var fields = [CSVField.escaped(label.description)]
      if proba { fields += probabilities[i].map { $0.fixed(decimals) } }
      out += fields.joined(separator: ",") + "\n"
    }
    print(out, terminator: "")
  }

  /// One probability per class of the model, each row summing to 1.
  ///
  /// sklearn's `predict_proba` gives `[1 − p, p]` for one logistic output, even when
  /// the model knows a single class; such a model always predicts that class, so its
  /// one column is 1 (the `[1 − p, p]` pair describes no class the model has).
  static func probabilities(_ clf: MLPClassifier, _ x: Tensor, classes: [ClassLabel]) throws
    -> [[Double]]
  {
    let p = try clf.predictProba(x)  // [rows, max(2, classes)]
    guard classes.count >= 2 else {
      return Array(repeating: [1.0], count: p.shape[0])
    }
    return p.rowArrays
  }
}
