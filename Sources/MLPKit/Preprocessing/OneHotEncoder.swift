/// One-hot encodes class labels of any kind: a light version of sklearn's
/// `OneHotEncoder` for a single column of labels.
///
/// `fit` learns the sorted categories (as `LabelEncoder` does); `transform` maps
/// `[samples]` labels to a `[samples, categories]` matrix with one 1 per row, in the
/// column of the row's label; `inverseTransform` reads the label back from the column
/// holding the 1. Introduced in §4.6.
public struct OneHotEncoder: Sendable {
  private var encoder = LabelEncoder()

  /// An encoder that has not seen any labels yet.
  public init() {}

  /// The sorted distinct labels `fit` saw, one per output column (`categories_[0]`).
  public var categories: [ClassLabel] { encoder.classes }
  /// Whether `fit` has been called.
  public var isFitted: Bool { encoder.isFitted }

  /// Learns the categories: the sorted distinct labels of `y`.
  /// - Throws: `LabelError` when `y` mixes numbers and names.
  public mutating func fit(_ y: [ClassLabel]) throws {
    try encoder.fit(y)
  }

  /// `[samples]` labels → `[samples, categories]` one-hot rows.
  /// - Throws: `NotFittedError` before `fit`; `LabelError` listing unknown labels;
  ///   `ParameterError` when `fit` saw no labels at all.
  public func transform(_ y: [ClassLabel]) throws -> Tensor {
    guard isFitted else { throw NotFittedError(estimator: "OneHotEncoder") }
    return try oneHot(encoder.transform(y), classCount: categories.count)
  }

  /// `fit(y)` followed by `transform(y)`.
  public mutating func fitTransform(_ y: [ClassLabel]) throws -> Tensor {
    try fit(y)
    return try transform(y)
  }

  /// The label of each one-hot row of `y: [samples, categories]`.
  /// - Throws: `NotFittedError` before `fit`; `ShapeError` when the column count is
  ///   not the number of categories; `DataError` naming a row that is not exactly
  ///   one 1 among 0s.
  public func inverseTransform(_ y: Tensor) throws -> [ClassLabel] {
    guard isFitted else { throw NotFittedError(estimator: "OneHotEncoder") }
    let k = categories.count
    guard y.rank == 2, y.shape[1] == k else {
      throw ShapeError(
        operation: "OneHotEncoder.inverseTransform", shapes: [y.shape, [k]],
        reason: "expected a [samples, \(k)] matrix with one column per category")
    }
    return try (0..<y.shape[0]).map { i in
      let row = y.scalars[(i * k)..<(i * k + k)]
      guard row.allSatisfy({ $0 == 0 || $0 == 1 }), row.count(where: { $0 == 1 }) == 1,
        let column = row.firstIndex(of: 1)
      else {
        throw DataError(
          "OneHotEncoder.inverseTransform: row \(i) is \(Array(row)), not a one-hot row "
            + "(exactly one 1, the rest 0)")
      }
      return categories[column - i * k]
    }
  }
}
