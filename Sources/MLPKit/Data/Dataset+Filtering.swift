/// Picking samples by their label: `data.rows(where: { $0 == "cat" || $0 == "dog" })`
/// keeps two classes of three, `data.rows(where: encoder.classes.contains)` drops the
/// samples an encoder has never seen. Introduced in §5.4.
extension Dataset {
  /// The samples whose label satisfies `isIncluded`, in their original order
  /// (`X[mask], y[mask]`): `[samples, features]` → `[kept, features]`.
  /// - Throws: `ShapeError` when `x` and `y` have been changed to different lengths;
  ///   whatever `isIncluded` throws.
  public func rows(where isIncluded: (ClassLabel) throws -> Bool) throws -> Dataset {
    guard x.rowCount == y.count else {
      throw ShapeError(
        operation: "Dataset.rows(where:)", shapes: [x.shape, [y.count]],
        reason: "x needs one row per label")
    }
    let kept = try y.indices.filter { try isIncluded(y[$0]) }
    return try rows(kept)  // [kept, features]
  }
}
