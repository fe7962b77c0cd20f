/// Standardises each feature to mean 0 and standard deviation 1, as sklearn's
/// `StandardScaler`.
///
/// `fit` learns, per feature j over the n training rows, the mean
/// `μⱼ = Σᵢ xᵢⱼ / n` and the variance `σ²ⱼ = Σᵢ (xᵢⱼ − μⱼ)² / n` (ddof 0); `transform`
/// computes `zᵢⱼ = (xᵢⱼ − μⱼ) / σⱼ` for a `[samples, features]` matrix and keeps its
/// shape. A feature that is constant, up to rounding, gets scale exactly 1 so it is
/// only centred, never divided by (almost) zero. Fit on the training rows only and
/// reuse the same scaler for the test rows. Introduced in §2.1.
public struct StandardScaler: Sendable {
  /// Subtract the mean in `transform` (sklearn's `with_mean`).
  public let withMean: Bool
  /// Divide by the standard deviation in `transform` (sklearn's `with_std`).
  public let withStd: Bool

  /// Per-feature means `[features]` (`mean_`); nil before `fit`, or when both
  /// `withMean` and `withStd` are off.
  public private(set) var mean: [Double]?
  /// Per-feature variances `[features]` with ddof 0 (`var_`); nil before `fit` or
  /// when `withStd` is off.
  public private(set) var variance: [Double]?
  /// Per-feature divisors `[features]` (`scale_`): `√variance`, or 1 for a
  /// near-constant feature; nil before `fit` or when `withStd` is off.
  public private(set) var scale: [Double]?
  /// The number of rows `fit` saw (`n_samples_seen_`); nil before `fit`.
  public private(set) var nSamplesSeen: Int?
  /// The number of features `fit` saw (`n_features_in_`); nil before `fit`.
  public private(set) var nFeaturesIn: Int?

  /// A scaler that centres and scales by default, as `StandardScaler()`.
  public init(withMean: Bool = true, withStd: Bool = true) {
    self.withMean = withMean
    self.withStd = withStd
  }

  /// Whether `fit` has been called.
  public var isFitted: Bool { nFeaturesIn != nil }

  /// Learns the mean and scale of each column of `x: [samples, features]`.
  ///
  /// The arithmetic follows sklearn's `_incremental_mean_and_var` for a first
  /// batch: the mean is `sum / n`, and the variance is the corrected two-pass
  /// formula `(Σ dᵢ² − (Σ dᵢ)² / n) / n` with `dᵢ = xᵢ − sum / n`, summed in NumPy's
  /// order. A feature counts as constant when
  /// `σ² ≤ n·ε·σ² + (n·μ·ε)²` (sklearn's `_is_constant_feature`, the rounding bound
  /// of that algorithm); its scale is then 1.
  /// - Throws: `ShapeError` for a matrix that is not 2-D or is empty, `DataError`
  ///   for NaN or infinite values, or for a column whose mean or variance overflows.
  public mutating func fit(_ x: Tensor) throws {
    try FeatureMatrixChecks.validate(x, estimator: "StandardScaler", method: "fit")
    let (n, m) = (x.shape[0], x.shape[1])
    let count = Double(n)
    guard withMean || withStd else {
      (mean, variance, scale, nSamplesSeen, nFeaturesIn) = (nil, nil, nil, n, m)
      return
    }
    let sums = NumPySummation.columnSums(x.scalars, rows: n, columns: m)  // [features]
    // sklearn adds the (zero) sum of earlier batches first; 0 + s keeps its rounding
    let means = sums.map { (0.0 + $0) / count }
    try Self.checkFinite(means, x, statistic: "mean")
    guard withStd else {
      (mean, variance, scale, nSamplesSeen, nFeaturesIn) = (means, nil, nil, n, m)
      return
    }
    let shift = sums.map { $0 / count }
    var deviations = x.scalars
    for i in 0..<n {
      for j in 0..<m { deviations[i * m + j] -= shift[j] }
    }
    let correction = NumPySummation.columnSums(deviations, rows: n, columns: m)
    let squares = NumPySummation.columnSums(deviations.map { $0 * $0 }, rows: n, columns: m)
    // the correction term cancels most of the rounding error of the shifted data
    let variances = (0..<m).map { j in
      (squares[j] - correction[j] * correction[j] / count) / count
    }
    try Self.checkFinite(variances, x, statistic: "variance")
    // set together, after every check: a failed fit leaves the scaler as it was
    (mean, variance, nSamplesSeen, nFeaturesIn) = (means, variances, n, m)
    let eps = Double.ulpOfOne
    scale = (0..<m).map { j in
      let offset = count * means[j] * eps
      let bound = count * eps * variances[j] + offset * offset
      return variances[j] <= bound ? 1.0 : variances[j].squareRoot()
    }
  }

  /// Finite numbers so large that a column's sum or sum of squares overflows would
  /// standardise to garbage (sklearn's scale becomes NaN and the model then fails on
  /// NaN); here the column is named at once.
  private static func checkFinite(_ values: [Double], _ x: Tensor, statistic: String) throws {
    guard let j = values.firstIndex(where: { !$0.isFinite }) else { return }
    let m = x.shape[1]
    let largest = stride(from: j, to: x.count, by: m).map { abs(x.scalars[$0]) }.max() ?? 0
    throw DataError(
      "StandardScaler.fit: column \(j) (counting from 0) has values up to "
        + "\(largest) in magnitude, too large to "
        + "standardise: its \(statistic) overflows a Double. Divide the column by a "
        + "large constant first")
  }
}
