import MLPKit

/// Refuses features too large to standardise: values near `Double.greatestFiniteMagnitude`
/// (1e308) make a column's mean or variance overflow to ±inf, and `StandardScaler`
/// then treats the column as constant (scale 1), so the network sees 1e308 and trains
/// to garbage without a word. The message names the column and how to fix it.
/// Introduced in §2.3.
enum FeatureMagnitude {
  /// Checks a fitted scaler's per-column mean and variance.
  /// - Throws: `DataError` naming `file` and the first column whose mean or variance
  ///   is not finite.
  static func check(_ scaler: StandardScaler, names: [String], file: String) throws {
    try check(mean: scaler.mean ?? [], variance: scaler.variance ?? [], names: names, file: file)
  }

  /// Checks the columns of `x: [rows, features]` (rows being scored with a saved model):
  /// their mean and variance, computed in two passes without copying `x`.
  static func check(_ x: Tensor, names: [String], file: String) throws {
    let (n, m) = (x.shape[0], x.shape[1])
    guard n > 0 else { return }
    let values = x.scalars
    var mean = [Double](repeating: 0, count: m)
    for i in 0..<n {
      for j in 0..<m { mean[j] += values[i * m + j] }
    }
    mean = mean.map { $0 / Double(n) }
    var variance = [Double](repeating: 0, count: m)
    for i in 0..<n {
      for j in 0..<m {
        let d = values[i * m + j] - mean[j]
        variance[j] += d * d
      }
    }
    variance = variance.map { $0 / Double(n) }
    try check(mean: mean, variance: variance, names: names, file: file)
  }

  /// `nan` without the sign Swift prints for some NaNs; numbers as Swift writes them.
  private static func text(_ value: Double) -> String { value.isNaN ? "nan" : "\(value)" }

  static func check(mean: [Double], variance: [Double], names: [String], file: String) throws {
    for j in mean.indices where j < variance.count && j < names.count {
      guard mean[j].isFinite && variance[j].isFinite else {
        throw DataError(
          file: file,
          "the values of feature column '\(names[j])' are too large to standardise: their "
            + "mean is \(text(mean[j])) and their variance \(text(variance[j])), not both "
            + "finite; divide the column by a power of ten first")
      }
    }
  }
}
