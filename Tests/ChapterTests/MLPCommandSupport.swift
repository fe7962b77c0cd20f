import Foundation
import MLPKit
import Testing

/// Running `mlp` in a scratch folder, and the sklearn reference of
/// `Tools/reference/mlp_iris.py` (`Tests/Fixtures/mlp/reference.json`).
enum MLPCommandSupport {
  /// `Tests/Fixtures/mlp`, where the CSV files and the reference live.
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ChapterTests
    .deletingLastPathComponent()  // Tests
    .appendingPathComponent("Fixtures").appendingPathComponent("mlp")

  /// A new empty folder for one test's files.
  static func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("mlp-command-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Copies fixture files into `folder`, so the command sees short relative names.
  static func copyFixtures(_ names: [String], to folder: URL) throws {
    for name in names {
      try FileManager.default.copyItem(
        at: fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
  }

  /// Runs `mlp arguments…` with `folder` as the working directory.
  static func mlp(_ arguments: [String], in folder: URL) throws -> ChapterRunner.Output {
    try ChapterRunner.run("mlp", arguments, currentDirectory: folder)
  }

  /// Writes `text` to `folder/name`.
  @discardableResult
  static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// The files in `folder`, sorted (hidden temporary files included).
  static func files(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  static func read(_ name: String, in folder: URL) throws -> String {
    String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
  }

  // MARK: - The reference

  struct Printed: Decodable {
    let loss: String
    let train_accuracy: String
    let test_accuracy: String?
    let full_accuracy: String
    let full_log_loss: String
    let best_loss: String?
  }

  /// One `mlp train` run as sklearn made it.
  struct Case: Decodable {
    let name: String
    let csv: String
    let target: String
    let args: [String]
    let features: [String]
    let rows: Int
    let n_train: Int
    let n_test: Int
    let classes: [Label]
    let n_iter: Int
    let loss: Double
    let best_loss: Double?
    let loss_curve: [Double]?
    let validation_scores: [Double]?
    let best_validation_score: Double?
    let train_accuracy: Double
    let test_accuracy: Double?
    let converged: Bool
    /// What sklearn printed with `verbose=True` (empty otherwise).
    let verbose: [String]
    let warnings: [String]
    let confusion_labels: [Label]
    let confusion: [[Int]]
    let report: String
    let full_predictions: [Label]
    let full_proba: [Double]
    let full_proba_columns: Int
    let full_accuracy: Double
    let full_log_loss: Double
    let full_confusion: [[Int]]
    let full_report: String
    let printed: Printed

    /// The `mlp train` command line for this case.
    var trainArguments: [String] { ["train", csv, "--target", target] + args }
  }

  struct Reference: Decodable { let cases: [Case] }

  static let reference: Result<Reference, Error> = Result {
    let data = try Data(contentsOf: fixtures.appendingPathComponent("reference.json"))
    return try JSONDecoder().decode(Reference.self, from: data)
  }

  static func referenceCase(_ name: String) throws -> Case {
    let cases = try reference.get().cases
    return try #require(cases.first { $0.name == name })
  }

  static let caseNames = [
    "iris_adam", "iris_lbfgs", "iris_sgd_early_stopping", "wine_logistic", "moons_invscaling",
    "moons_lbfgs_max_iter", "wine_verbose_early_stopping", "iris_init_weights",
  ]

  // MARK: - What the command wrote

  /// The training report as written by `mlp train --report`.
  struct Report: Decodable {
    let format: String
    let version: Int
    let solver: String
    let n_iter: Int
    let converged: Bool
    let loss: Double?
    let best_loss: Double?
    let loss_curve: [Double]?
    let validation_scores: [Double]?
    let best_validation_score: Double?
    let n_train: Int
    let n_test: Int
    let train_accuracy: Double
    let test_accuracy: Double?
    let warnings: [String]
  }

  static func report(_ name: String, in folder: URL) throws -> Report {
    try JSONDecoder().decode(
      Report.self, from: try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  /// `mlp predict` output: the labels, and the probabilities when `--proba` was given.
  static func predictions(_ stdout: String) -> (header: String, labels: [String], proba: [[Double]])
  {
    let lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let body = lines.dropFirst().filter { !$0.isEmpty }
    let fields = body.map { $0.split(separator: ",").map(String.init) }
    return (
      lines.first ?? "", fields.map { $0.first ?? "" },
      fields.map { $0.dropFirst().compactMap(Double.init) }
    )
  }

  /// `|a − b| ≤ atol + rtol·|b|` (b is the reference).
  static func isClose(_ a: Double, _ b: Double, rtol: Double = 1e-9, atol: Double = 0) -> Bool {
    abs(a - b) <= atol + rtol * abs(b)
  }

  /// A label as the reference script writes it: a JSON number or string.
  struct Label: Decodable, Hashable {
    let label: ClassLabel

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let value = try? container.decode(Int.self) {
        label = .int(value)
      } else {
        label = .string(try container.decode(String.self))
      }
    }
  }
}
