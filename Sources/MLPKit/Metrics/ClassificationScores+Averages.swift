/// One averaged row of a classification report: precision, recall and F1 over all
/// classes, and the total support. Introduced in §2.7.
public struct AveragedScores: Equatable, Sendable {
  /// The averaged precision.
  public let precision: Double
  /// The averaged recall.
  public let recall: Double
  /// The averaged F1 score (an average of per-class F1s, or the pooled F1 for micro).
  public let f1Score: Double
  /// The number of true samples of the reported classes.
  public let support: Int
}

/// The three ways sklearn's report averages the per-class scores.
extension ClassificationScores {
  /// The unweighted mean over classes: every class counts the same.
  public var macroAverage: AveragedScores {
    AveragedScores(
      precision: Self.mean(precision), recall: Self.mean(recall), f1Score: Self.mean(f1Score),
      support: support.reduce(0, +))
  }

  /// The mean over classes weighted by support `Σ wᶜ·sᶜ / Σ wᶜ`, so big classes
  /// count more (a plain mean when every support is 0, as in sklearn).
  public var weightedAverage: AveragedScores {
    func weighted(_ scores: [Double]) -> Double {
      let total = NumPySummation.pairwise(support.map(Double.init))
      guard total != 0 else { return Self.mean(scores) }
      return NumPySummation.pairwise(zip(scores, support).map { $0 * Double($1) }) / total
    }
    return AveragedScores(
      precision: weighted(precision), recall: weighted(recall), f1Score: weighted(f1Score),
      support: support.reduce(0, +))
  }

  /// The scores of the pooled counts: `ΣTP/ΣP`, `ΣTP/ΣT`, `2ΣTP/(ΣT + ΣP)`. When
  /// `labels` covers every class in the data this is the accuracy, three times.
  public var microAverage: AveragedScores {
    let tp = truePositives.reduce(0, +)
    let predicted = predictedCounts.reduce(0, +)
    let truth = support.reduce(0, +)
    return AveragedScores(
      precision: Self.divide(tp, predicted), recall: Self.divide(tp, truth),
      f1Score: Self.divide(2 * tp, truth + predicted), support: truth)
  }

  /// NumPy's `mean`: a pairwise sum divided by the count (NaN when empty).
  static func mean(_ values: [Double]) -> Double {
    NumPySummation.pairwise(values) / Double(values.count)
  }
}
