import Foundation

/// What one training run did, as the JSON file `mlp train --report` writes: the
/// fitted attributes by sklearn's names plus the accuracies on both parts of the data.
///
/// ```
/// {
///   "format": "mlp-workbook-report",
///   "version": 1,
///   "solver": "adam",
///   "n_iter": 200,
///   "converged": false,
///   "loss": 0.0612…,
///   "best_loss": 0.0612…,
///   "loss_curve": [1.07…, …],
///   "validation_scores": null,
///   "best_validation_score": null,
///   "n_train": 120,
///   "n_test": 30,
///   "train_accuracy": 0.975,
///   "test_accuracy": 1.0,
///   "warnings": ["ConvergenceWarning: Stochastic Optimizer: Maximum iterations (200) …"]
/// }
/// ```
/// `loss_curve` is `null` for L-BFGS (sklearn has no `loss_curve_` there);
/// `validation_scores` and `best_validation_score` are `null` without early stopping
/// and `best_loss` is `null` with it, as in sklearn; `test_accuracy` is `null` when
/// nothing was held out. `converged` is false when training raised a
/// ConvergenceWarning. Introduced in §2.3.
public struct TrainingReport: Equatable, Sendable {
  /// The `"format"` value that marks a training report.
  public static let formatName = "mlp-workbook-report"

  /// The solver that trained the model.
  public let solver: MLPClassifier.Solver
  /// Epochs (L-BFGS: iterations) run (`n_iter_`).
  public let nIter: Int
  /// False when a ConvergenceWarning was raised.
  public let converged: Bool
  /// The final training loss (`loss_`).
  public let loss: Double?
  /// The smallest epoch loss (`best_loss_`).
  public let bestLoss: Double?
  /// One loss per epoch (`loss_curve_`), `nil` for L-BFGS.
  public let lossCurve: [Double]?
  /// Validation accuracy per epoch with early stopping (`validation_scores_`).
  public let validationScores: [Double]?
  /// The best validation accuracy (`best_validation_score_`).
  public let bestValidationScore: Double?
  /// Training rows.
  public let nTrain: Int
  /// Held-out rows (0 when nothing was held out).
  public let nTest: Int
  /// Accuracy on the training rows.
  public let trainAccuracy: Double
  /// Accuracy on the held-out rows, `nil` when there are none.
  public let testAccuracy: Double?
  /// The warnings raised while training, `Category: message`, each on one line.
  public let warnings: [String]

  /// The report of a fitted `classifier`.
  /// - Throws: `NotFittedError` before `fit`.
  public init(
    classifier: MLPClassifier, nTrain: Int, nTest: Int, trainAccuracy: Double,
    testAccuracy: Double?, warnings: [MLPClassifier.Warning]
  ) throws {
    guard classifier.isFitted else { throw NotFittedError(estimator: "MLPClassifier") }
    solver = classifier.solver
    nIter = classifier.nIter
    converged = !warnings.contains { $0.category == "ConvergenceWarning" }
    loss = classifier.loss
    bestLoss = classifier.bestLoss
    lossCurve = classifier.solver.isStochastic ? classifier.lossCurve : nil
    validationScores = classifier.validationScores
    bestValidationScore = classifier.bestValidationScore
    self.nTrain = nTrain
    self.nTest = nTest
    self.trainAccuracy = trainAccuracy
    self.testAccuracy = testAccuracy
    self.warnings = warnings.map { TrainingReport.oneLine($0.description) }
  }

  /// The report as JSON, keys in the order shown above. Introduced in §2.3.
  public var jsonText: String {
    func optional(_ value: Double?) -> String { value.map(JSONDocument.number) ?? "null" }
    func optional(_ values: [Double]?) -> String { values.map(JSONDocument.numbers) ?? "null" }
    let members: [(key: String, value: String)] = [
      ("format", JSONDocument.string(TrainingReport.formatName)),
      ("version", "1"),
      ("solver", JSONDocument.string(solver.rawValue)),
      ("n_iter", "\(nIter)"),
      ("converged", converged ? "true" : "false"),
      ("loss", optional(loss)),
      ("best_loss", optional(bestLoss)),
      ("loss_curve", optional(lossCurve)),
      ("validation_scores", optional(validationScores)),
      ("best_validation_score", optional(bestValidationScore)),
      ("n_train", "\(nTrain)"),
      ("n_test", "\(nTest)"),
      ("train_accuracy", JSONDocument.number(trainAccuracy)),
      ("test_accuracy", optional(testAccuracy)),
      ("warnings", "[" + warnings.map(JSONDocument.string).joined(separator: ", ") + "]"),
    ]
    return JSONDocument.object(members) + "\n"
  }

  /// Writes `jsonText` to `path` atomically.
  /// - Throws: `DataError` naming `path` when it cannot be written.
  /// Introduced in §2.3.
  public func write(to path: String) throws {
    try AtomicFile.save(jsonText, to: path)
  }

  /// Checks before training that a report can be written at `path` (its folder
  /// exists, it is not a folder, and a file already there is a report).
  /// - Throws: `DataError` naming `path` and the problem.
  /// Introduced in §2.3.
  public static func checkDestination(_ path: String) throws {
    try JSONDocument.checkDestination(path, format: formatName, what: "training report")
  }

  /// A multi-line warning (L-BFGS's) as one line: its non-blank lines joined by spaces.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }.joined(separator: " ")
  }
}
