/// The checks every scaler makes on its input, with messages that name the
/// estimator, the method and the offending shape or element.
enum FeatureMatrixChecks {
  /// `x` must be a non-empty 2-D matrix of finite numbers, with
  /// `expectedFeatures` columns when that is known (after `fit`).
  static func validate(
    _ x: Tensor, estimator: String, method: String, expectedFeatures: Int? = nil
  ) throws {
    let operation = "\(estimator).\(method)"
    guard x.rank == 2 else {
      throw ShapeError(
        operation: operation, shapes: [x.shape],
        reason: "expected a 2-D [samples, features] matrix, got \(x.rank)-D; "
          + "reshape to [n, 1] for a single feature or to [1, n] for a single sample")
    }
    guard x.shape[0] >= 1 else {
      throw ShapeError(
        operation: operation, shapes: [x.shape],
        reason: "found 0 samples while a minimum of 1 is required by \(estimator)")
    }
    guard x.shape[1] >= 1 else {
      throw ShapeError(
        operation: operation, shapes: [x.shape],
        reason: "found 0 features while a minimum of 1 is required by \(estimator)")
    }
    if let expectedFeatures, x.shape[1] != expectedFeatures {
      throw ShapeError(
        operation: operation, shapes: [x.shape, [expectedFeatures]],
        reason: "X has \(x.shape[1]) features, but \(estimator) is expecting "
          + "\(expectedFeatures) features as input")
    }
    if let bad = x.scalars.firstIndex(where: { !$0.isFinite }) {
      let columns = x.shape[1]
      throw DataError(
        "\(operation): X contains \(x.scalars[bad]) at row \(bad / columns), column "
          + "\(bad % columns) (counting from 0); \(estimator) needs finite numbers, "
          + "so drop or fill in missing and infinite values first")
    }
  }
}
