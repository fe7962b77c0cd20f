/// Precision, recall, F1 and support for each class, as sklearn's
/// `precision_recall_fscore_support(..., average=None, zero_division="warn")`.
///
/// For class c with TP = samples predicted c that are c, P = samples predicted c and
/// T = samples that are c (the support): `precision = TP/P`, `recall = TP/T`,
/// `F1 = 2·TP/(T + P)` (the harmonic mean of the two). A ratio with a zero
/// denominator is ill-defined: it is set to 0.0 and a warning says so. Each array is
/// `[classes]`, in the order of `labels`. Introduced in §2.7.
public struct ClassificationScores: Equatable, Sendable {
  /// The class of each entry.
  public let labels: [ClassLabel]
  /// Correct predictions per class (TP).
  public let truePositives: [Int]
  /// Predictions per class (TP + FP).
  public let predictedCounts: [Int]
  /// True samples per class (TP + FN), sklearn's `support`.
  public let support: [Int]
  /// `TP / (TP + FP)` per class; 0 where nothing was predicted as the class.
  public let precision: [Double]
  /// `TP / (TP + FN)` per class; 0 where the class has no true samples.
  public let recall: [Double]
  /// `2·TP / (2·TP + FP + FN)` per class; 0 where the class never occurs.
  public let f1Score: [Double]

  /// Scores from the three counts per class, computed in sklearn's arithmetic.
  public init(
    labels: [ClassLabel], truePositives: [Int], predictedCounts: [Int], support: [Int]
  ) {
    self.labels = labels
    self.truePositives = truePositives
    self.predictedCounts = predictedCounts
    self.support = support
    precision = zip(truePositives, predictedCounts).map(ClassificationScores.divide)
    recall = zip(truePositives, support).map(ClassificationScores.divide)
    // (1 + β²)·TP / (β²·T + P) with β = 1
    f1Score = truePositives.indices.map {
      ClassificationScores.divide(2 * truePositives[$0], support[$0] + predictedCounts[$0])
    }
  }

  /// `numerator / denominator`, or 0 for a zero denominator (sklearn's `_prf_divide`).
  static func divide(_ numerator: Int, _ denominator: Int) -> Double {
    denominator == 0 ? 0 : Double(numerator) / Double(denominator)
  }

  /// The warnings sklearn gives for these scores, one per ill-defined metric.
  /// `pooled` words them for a single pooled score (the micro average).
  static func warnings(truePositives tp: [Int], predicted: [Int], support: [Int], pooled: Bool)
    -> [String]
  {
    let place = pooled ? "due to" : "in labels with"
    func message(_ metric: String, _ modifier: String) -> String {
      "\(metric) is ill-defined and being set to 0.0 \(place) no \(modifier) samples. "
        + "Use `zero_division` parameter to control this behavior."
    }
    var messages: [String] = []
    if predicted.contains(0) { messages.append(message("Precision", "predicted")) }
    if support.contains(0) { messages.append(message("Recall", "true")) }
    if zip(support, predicted).contains(where: { $0 + $1 == 0 }) {
      messages.append(message("F-score", "true nor predicted"))
    }
    return messages
  }
}

/// Per-class precision, recall, F1 and support of `yPred` against `yTrue`
/// (`[samples]` labels each), for `labels` in the given order or for the sorted
/// labels of both. Ill-defined scores are 0.0 and reported through `warn`.
/// Introduced in §2.7.
/// - Throws: `ShapeError` when the lengths differ or are 0; `ParameterError` for an
///   empty or repeating `labels`; `LabelError` for mixed label kinds.
public func precisionRecallFScoreSupport(
  _ yTrue: [ClassLabel], _ yPred: [ClassLabel], labels: [ClassLabel]? = nil,
  warn: (String) -> Void = printWarningOnStandardError
) throws -> ClassificationScores {
  let scores = try classificationScores(
    yTrue, yPred, labels: labels, operation: "precisionRecallFScoreSupport")
  ClassificationScores.warnings(
    truePositives: scores.truePositives, predicted: scores.predictedCounts,
    support: scores.support, pooled: false
  ).forEach(warn)
  return scores
}

/// The counts behind `ClassificationScores`, after the input checks.
func classificationScores(
  _ yTrue: [ClassLabel], _ yPred: [ClassLabel], labels: [ClassLabel]?, operation: String
) throws -> ClassificationScores {
  let present = try MetricInputs.check(yTrue, yPred, operation: operation)
  if let labels { try MetricInputs.check(labels: labels, present: present, operation: operation) }
  let order = labels ?? present
  let index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
  var tp = [Int](repeating: 0, count: order.count)
  var predicted = tp
  var support = tp
  for (t, p) in zip(yTrue, yPred) {
    if let i = index[t] { support[i] += 1 }
    if let j = index[p] { predicted[j] += 1 }
    if t == p, let i = index[t] { tp[i] += 1 }
  }
  return ClassificationScores(
    labels: order, truePositives: tp, predictedCounts: predicted, support: support)
}
