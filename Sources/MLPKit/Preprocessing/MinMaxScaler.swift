/// Rescales each feature linearly onto `featureRange` (by default `[0, 1]`), as
/// sklearn's `MinMaxScaler`.
///
/// `fit` learns each column's minimum and maximum; with `(a, b) = featureRange`,
/// `scale = (b − a) / (max − min)` and `min = a − dataMin · scale`, so that
/// `transform` computes `x · scale + min` for a `[samples, features]` matrix: the
/// training minimum lands on `a`, the maximum on `b`. A column whose range is below
/// `10·ε` (constant) gets range 1, so it is shifted, not blown up. Unseen data can
/// fall outside `featureRange` unless `clip` is on. Introduced in §1.6.
public struct MinMaxScaler: Sendable {
  /// The target interval `(a, b)`, `a < b` (sklearn's `feature_range`).
  public let featureRange: (lower: Double, upper: Double)
  /// Clip transformed values to `featureRange` (sklearn's `clip`).
  public let clip: Bool

  /// Per-feature minima of the training data `[features]` (`data_min_`).
  public private(set) var dataMin: [Double]?
  /// Per-feature maxima of the training data `[features]` (`data_max_`).
  public private(set) var dataMax: [Double]?
  /// Per-feature `dataMax − dataMin` `[features]` (`data_range_`).
  public private(set) var dataRange: [Double]?
  /// Per-feature factor `[features]` (`scale_`).
  public private(set) var scale: [Double]?
  /// Per-feature offset added after scaling `[features]` (`min_`).
  public private(set) var min: [Double]?
  /// The number of rows `fit` saw (`n_samples_seen_`).
  public private(set) var nSamplesSeen: Int?
  /// The number of features `fit` saw (`n_features_in_`).
  public private(set) var nFeaturesIn: Int?

  /// A scaler onto `featureRange`; the range is checked by `fit`.
  public init(featureRange: (Double, Double) = (0, 1), clip: Bool = false) {
    self.featureRange = (featureRange.0, featureRange.1)
    self.clip = clip
  }

  /// Whether `fit` has been called.
  public var isFitted: Bool { nFeaturesIn != nil }

  /// Learns each column's minimum and maximum from `x: [samples, features]`.
  /// - Throws: `ParameterError` when `featureRange` is not an increasing pair of
  ///   finite numbers; `ShapeError` for a matrix that is not 2-D or is empty;
  ///   `DataError` for NaN or infinite values.
  public mutating func fit(_ x: Tensor) throws {
    let (a, b) = featureRange
    guard a.isFinite, b.isFinite, a < b else {
      throw ParameterError(
        parameter: "featureRange",
        expected: "a pair (min, max) of finite numbers with min smaller than max",
        got: "(\(a), \(b))")
    }
    try FeatureMatrixChecks.validate(x, estimator: "MinMaxScaler", method: "fit")
    let (n, m) = (x.shape[0], x.shape[1])
    var low = Array(x.scalars[0..<m])
    var high = low
    for i in 1..<n {
      for j in 0..<m {
        low[j] = Swift.min(low[j], x.scalars[i * m + j])
        high[j] = Swift.max(high[j], x.scalars[i * m + j])
      }
    }
    let range = zip(high, low).map { $0 - $1 }
    // sklearn's _handle_zeros_in_scale: a range below 10ε counts as no range at all
    let divisor = range.map { $0 < 10 * Double.ulpOfOne ? 1.0 : $0 }
    let factors = divisor.map { (b - a) / $0 }
    dataMin = low
    dataMax = high
    dataRange = range
    scale = factors
    min = zip(low, factors).map { a - $0 * $1 }
    nSamplesSeen = n
    nFeaturesIn = m
  }

  /// Rescales `x: [samples, features]`: `x · scale + min`, clipped to
  /// `featureRange` when `clip` is on; same shape as `x`.
  /// - Throws: `NotFittedError` before `fit`; `ShapeError` for a feature count
  ///   different from `fit`'s; `DataError` for NaN or infinity.
  public func transform(_ x: Tensor) throws -> Tensor {
    let (factors, offsets) = try fitted(x, method: "transform")
    let m = x.shape[1]
    var out = x.scalars
    for index in out.indices {
      let j = index % m
      out[index] = out[index] * factors[j] + offsets[j]
      if clip { out[index] = Swift.min(Swift.max(out[index], featureRange.0), featureRange.1) }
    }
    return Tensor(unchecked: x.shape, out)  // [samples, features]
  }

  /// `fit(x)` followed by `transform(x)`.
  public mutating func fitTransform(_ x: Tensor) throws -> Tensor {
    try fit(x)
    return try transform(x)
  }

  /// Maps scaled values back: `x = (y − min) / scale`.
  /// - Throws: as `transform`.
  public func inverseTransform(_ y: Tensor) throws -> Tensor {
    let (factors, offsets) = try fitted(y, method: "inverseTransform")
    let m = y.shape[1]
    var out = y.scalars
    for index in out.indices {
      let j = index % m
      out[index] = (out[index] - offsets[j]) / factors[j]
    }
    return Tensor(unchecked: y.shape, out)  // [samples, features]
  }

  private func fitted(_ x: Tensor, method: String) throws -> ([Double], [Double]) {
    guard let nFeaturesIn, let scale, let min else {
      throw NotFittedError(estimator: "MinMaxScaler")
    }
    try FeatureMatrixChecks.validate(
      x, estimator: "MinMaxScaler", method: method, expectedFeatures: nFeaturesIn)
    return (scale, min)
  }
}
