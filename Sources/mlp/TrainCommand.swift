import ArgumentParser
import Foundation
import MLPKit

/// `mlp train DATA.csv --target COLUMN [flags]`: splits, scales and trains exactly as
/// sklearn's `train_test_split`, `StandardScaler` and `MLPClassifier` would, prints a
/// summary, and saves the model and a report. Introduced in §2.3.
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Train an MLP classifier on a CSV file and report how well it does.",
    discussion: """
      The CSV needs a header row; --target names the label column and every other \
      column is a feature (a number in every row). The rows are split as sklearn's \
      train_test_split(test_size=--test-size, random_state=--seed), the features \
      standardised with a StandardScaler fitted on the training rows only, and the \
      model is MLPClassifier(random_state=--seed) with the flags below (sklearn's \
      defaults otherwise). stdout gets the summary; warnings go to stderr.
      """)

  @Argument(help: ArgumentHelp("The CSV file to learn from.", valueName: "data.csv"))
  var data: String

  @Option(help: ArgumentHelp("The label column.", valueName: "column"))
  var target: String

  @OptionGroup(title: "MLPClassifier parameters")
  var model: ModelOptions

  @Option(help: ArgumentHelp("Feature scaling: standard or none.", valueName: "kind"))
  var scale = "standard"

  /// `--test-size`'s valid values.
  static let testSizeRange = "a number in [0, 1) (0 trains on every row)"

  @Option(
    name: .customLong("test-size"), parsing: .unconditional,
    help: ArgumentHelp(
      "Share of rows held out for testing, \(testSizeRange).", valueName: "fraction"))
  var testSizeText = "0.2"

  @Flag(help: "Split every class in proportion (train_test_split's stratify=y).")
  var stratify = false

  @Option(
    name: .customLong("init-weights"),
    help: ArgumentHelp(
      "Start from these weights: JSON {\"coefs\": [...], \"intercepts\": [...]} (a model file works).",
      valueName: "file"))
  var initWeights: String?

  @Option(
    name: .customLong("model-out"),
    help: ArgumentHelp("Save the trained model here (JSON).", valueName: "file"))
  var modelOut: String?

  @Option(help: ArgumentHelp("Save the training report here (JSON).", valueName: "file"))
  var report: String?

  @Option(
    help: ArgumentHelp(
      "Also write figures into this folder as gnuplot scripts, rendered to PNG and SVG when "
        + "gnuplot is installed: the loss curve and, for 2 features, the decision map.",
      valueName: "dir"))
  var plots: String?

  func run() throws {
    // a bad --plots folder fails before the data is read or the model trained
    let writer = try plots.map { try FigureWriter(checking: $0) }
    // with --verbose the epoch lines come out during training: what is trained goes
    // before them; otherwise the whole summary waits, so a failure prints only its error
    let run = try TrainingRun(self) { plan in
      if model.verbose { print(try TrainingSummary.header(plan, command: self), terminator: "") }
    }
    let summary = try TrainingSummary(run: run, command: self)
    var text = (model.verbose ? "" : summary.header) + summary.results
    if let writer {
      // before the model files: a figure that fails leaves no model behind
      let figures = try TrainingFigures(run: run, command: self)
      for note in figures.notes {
        FileHandle.standardError.write(Data((note + "\n").utf8))
      }
      try writer.saveReporting(figures.figures)
    }
    // the files first: a command that fails prints nothing but its error
    switch (modelOut, report) {
    case (let modelOut?, let report?):
      try run.modelFile.write(to: modelOut, report: try run.report, reportPath: report)
    case (let modelOut?, nil): try run.modelFile.write(to: modelOut)
    case (nil, let report?): try run.report.write(to: report)
    case (nil, nil): break
    }
    if let modelOut { text += "Model saved to \(modelOut)\n" }
    if let report { text += "Report saved to \(report)\n" }
    print(text, terminator: "")
  }

  /// The checks that need no data: every flag's value and both output paths, so a
  /// typo fails before a long training run.
  func checkSettings() throws -> MLPClassifier {
    let classifier = try model.makeClassifier()
    let testSize = try self.testSize()
    guard testSize >= 0 && testSize < 1 else {
      throw ParameterError(
        parameter: "--test-size", expected: Self.testSizeRange, got: "\(testSize)")
    }
    guard ["standard", "none"].contains(scale) else {
      throw ParameterError(
        parameter: "--scale", expected: "one of 'standard', 'none'", got: "'\(scale)'")
    }
    if let modelOut, let report, samePath(modelOut, report) {
      throw ParameterError(
        parameter: "--report", expected: "a different file from --model-out", got: "'\(report)'")
    }
    if let modelOut { try ModelFile.checkDestination(modelOut) }
    if let report { try TrainingReport.checkDestination(report) }
    return classifier
  }

  /// `--test-size` as a number (its range is checked by `checkSettings`).
  func testSize() throws -> Double {
    try FlagValue.number(testSizeText, "--test-size", Self.testSizeRange)
  }

  /// A value that is not a number fails before anything is read.
  func validate() throws {
    _ = try testSize()
  }

  private func samePath(_ a: String, _ b: String) -> Bool {
    URL(fileURLWithPath: a).standardizedFileURL.path
      == URL(fileURLWithPath: b).standardizedFileURL.path
  }
}
