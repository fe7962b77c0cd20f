/// A labelled data set: one row of features and one class label per sample.
///
/// Every data source in the workbook returns one: the generators (`makeMoons`,
/// `makeCircles`, `makeBlobs`, `makeXOR`), the bundled `loadIris()` and `loadDigits()`,
/// and the CSV reader. `x` has shape `[samples, features]`, `y` holds `samples`
/// labels, `featureNames` names the columns of `x` and `targetName` names `y`.
/// The initialiser checks that these agree; the fields stay `var` so a chapter can
/// scale `x` in place, and the methods below re-check before indexing.
/// Introduced in §2.1.
public struct Dataset: Equatable, Sendable {
  /// The features, shape `[samples, features]`.
  public var x: Tensor
  /// One class label per sample.
  public var y: [ClassLabel]
  /// One name per feature column (`x0`, `x1`, … for generated data).
  public var featureNames: [String]
  /// The name of the label column (`y` for generated data).
  public var targetName: String

  /// A data set from features and labels.
  ///
  /// - Parameters:
  ///   - x: a 2-D tensor `[samples, features]`.
  ///   - y: `samples` labels.
  ///   - featureNames: one name per column; `nil` gives `x0, x1, …`.
  ///   - targetName: the label column's name.
  /// - Throws: `ShapeError` when `x` is not 2-D, or when the row count, label count
  ///   or name count disagree.
  public init(
    x: Tensor, y: [ClassLabel], featureNames: [String]? = nil, targetName: String = "y"
  ) throws {
    guard x.rank == 2 else {
      throw ShapeError(
        operation: "Dataset(x:y:)", shapes: [x.shape],
        reason: "x must be 2-D, [samples, features]")
    }
    guard x.rowCount == y.count else {
      throw ShapeError(
        operation: "Dataset(x:y:)", shapes: [x.shape, [y.count]],
        reason: "x has \(x.rowCount) rows but there are \(y.count) labels; one label per row")
    }
    let names = featureNames ?? (0..<x.columnCount).map { "x\($0)" }
    guard names.count == x.columnCount else {
      throw ShapeError(
        operation: "Dataset(x:y:featureNames:)", shapes: [x.shape, [names.count]],
        reason: "x has \(x.columnCount) columns but \(names.count) feature names were given")
    }
    self.init(unchecked: x, y, names, targetName)
  }

  /// For library code whose shapes are already right.
  init(unchecked x: Tensor, _ y: [ClassLabel], _ featureNames: [String], _ targetName: String) {
    self.x = x
    self.y = y
    self.featureNames = featureNames
    self.targetName = targetName
  }

  /// The number of samples (rows of `x`).
  public var sampleCount: Int { x.rowCount }

  /// The number of features (columns of `x`).
  public var featureCount: Int { x.columnCount }

  /// The distinct labels in sorted order, as sklearn's `classes_` (`np.unique(y)`).
  /// - Throws: `LabelError` when integer and name labels are mixed.
  public var classes: [ClassLabel] {
    get throws { try ClassLabel.sortedClasses(y) }
  }

  /// The labels as class indices, ready for a cross-entropy loss: shape `[samples]`.
  /// - Throws: `LabelError` at the first name label (encode names with
  ///   `LabelEncoder` first).
  public var labelTensor: LabelTensor {
    get throws { try LabelTensor(classLabels: y) }
  }

  /// The samples at `indices`, in that order (as `X[indices], y[indices]`).
  /// - Throws: `ShapeError` naming the first index outside `0..<sampleCount`, or
  ///   when `x` and `y` have been changed to different lengths.
  public func rows(_ indices: [Int]) throws -> Dataset {
    guard x.rank == 2, x.rowCount == y.count, x.scalars.count == x.rowCount * x.columnCount
    else {
      throw ShapeError(
        operation: "Dataset.rows(_:)", shapes: [x.shape, [y.count]],
        reason: "x needs one row per label")
    }
    let picked = try x.rows(indices)  // [indices.count, features]; throws on a bad index
    return Dataset(unchecked: picked, indices.map { y[$0] }, featureNames, targetName)
  }
}
