/// Applying a fitted `StandardScaler`, and undoing it. Introduced in §2.1.
extension StandardScaler {
  /// Standardises `x: [samples, features]` with the fitted statistics:
  /// `z = (x − mean) / scale`, column by column; the result has the shape of `x`.
  /// - Throws: `NotFittedError` before `fit`; `ShapeError` when `x` has a different
  ///   number of features than the data `fit` saw; `DataError` for NaN or infinity.
  public func transform(_ x: Tensor) throws -> Tensor {
    let (shift, divisor) = try fitted(x, method: "transform")
    var z = x.scalars
    let m = x.shape[1]
    for i in 0..<x.shape[0] {
      for j in 0..<m {
        // subtract then divide, as sklearn does in place: (x − μ) / σ
        if let shift { z[i * m + j] -= shift[j] }
        if let divisor { z[i * m + j] /= divisor[j] }
      }
    }
    return Tensor(unchecked: x.shape, z)  // [samples, features]
  }

  /// `fit(x)` followed by `transform(x)`.
  public mutating func fitTransform(_ x: Tensor) throws -> Tensor {
    try fit(x)
    return try transform(x)
  }

  /// Maps standardised values back to the original units: `x = z · scale + mean`.
  /// - Throws: as `transform`.
  public func inverseTransform(_ z: Tensor) throws -> Tensor {
    let (shift, divisor) = try fitted(z, method: "inverseTransform")
    var x = z.scalars
    let m = z.shape[1]
    for i in 0..<z.shape[0] {
      for j in 0..<m {
        if let divisor { x[i * m + j] *= divisor[j] }
        if let shift { x[i * m + j] += shift[j] }
      }
    }
    return Tensor(unchecked: z.shape, x)  // [samples, features]
  }

  /// The mean to subtract and the scale to divide by (nil where switched off),
  /// after checking that the scaler is fitted and `x` fits it.
  private func fitted(_ x: Tensor, method: String) throws -> ([Double]?, [Double]?) {
    guard let nFeaturesIn else { throw NotFittedError(estimator: "StandardScaler") }
    try FeatureMatrixChecks.validate(
      x, estimator: "StandardScaler", method: method, expectedFeatures: nFeaturesIn)
    return (withMean ? mean : nil, withStd ? scale : nil)
  }
}
