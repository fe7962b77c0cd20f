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

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("Decimals of the probabilities, 0...17.", valueName: "count"))
  var decimals = 6

  func run() throws {
    try CommandFailure.reporting {
      guard (0...17).contains(decimals) else {
        throw ParameterError(
          parameter: "--decimals", expected: "a whole number in 0...17", got: "\(decimals)")
      }
      let saved = try SavedModel(file: model)
      let x = try saved.features(data)  // [rows, features]
      let predicted = try saved.classifier.predict(x)
      let classes = saved.model.classes
      var header = ["prediction"]
      var probabilities: [[Double]] = []
      if proba {
        header += classes.map { CSVField.escaped("proba_\($0)") }
        // one logistic output gives [1 − p, p]; a single class keeps its own column only
        probabilities = try saved.classifier.predictProba(x).rowArrays.map {
          Array($0.prefix(classes.count))
        }
      }
      var out = header.joined(separator: ",") + "\n"
      for (i, label) in predicted.enumerated() {
        var fields = [CSVField.escaped(label.description)]
        if proba { fields += probabilities[i].map { $0.fixed(decimals) } }
        out += fields.joined(separator: ",") + "\n"
      }
      print(out, terminator: "")
    }
  }
}
