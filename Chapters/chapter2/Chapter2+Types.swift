import ChapterSupport
import MLPKit

/// §2.1's result: the seed's moons, split 80/20, scaled with the training statistics.
struct ScaledMoons {
  /// The scaled training features, `[800, 2]`.
  let xTrain: Tensor
  /// The training labels, 0 or 1, `[800]`.
  let yTrain: [ClassLabel]
  /// The test features, scaled with the training mean and scale, `[200, 2]`.
  let xTest: Tensor
  /// The test labels, `[200]`.
  let yTest: [ClassLabel]
}

/// Collects a model's warnings, so the chapter can report a warning sklearn prints
/// twenty times (once per warm-start fit) in one place, on standard output.
final class WarningLog {
  /// Every warning, in the order the model raised them.
  private(set) var warnings: [MLPClassifier.Warning] = []

  /// The model's `warningSink`: keeps the warning instead of printing it.
  func record(_ warning: MLPClassifier.Warning) {
    warnings.append(warning)
  }

  /// Each distinct warning once, with how often it came, in first-seen order.
  var distinct: [(warning: MLPClassifier.Warning, count: Int)] {
    var result: [(warning: MLPClassifier.Warning, count: Int)] = []
    for warning in warnings {
      if let index = result.firstIndex(where: { $0.warning == warning }) {
        result[index].count += 1
      } else {
        result.append((warning, 1))
      }
    }
    return result
  }
}

/// `1 fit`, `20 fits`: a count and its noun.
func count(_ n: Int, _ noun: String) -> String {
  "\(n) \(noun)" + (n == 1 ? "" : "s")
}
