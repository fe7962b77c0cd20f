/// `x.annotated("x")`: a tensor laid out for explaining (see `AnnotatedView`).
///
/// ```
/// print(try logits.annotated(
///   "logits", rowLabel: { "sample \($0 + 1)" }, columnLabels: ["class 0", "class 1"],
///   marker: { row in "← class \(predicted.values[row]) wins" }))
/// ```
/// Introduced in §1.1.
extension Tensor {
  /// The tensor with its name and shape, rows in brackets, 4 decimals, at most 10 rows
  /// and as many columns as fit in 80 characters. Introduced in §1.1.
  public func annotated(_ name: String) -> AnnotatedView {
    annotatedView(name, decimals: 4, rowLabel: nil, columnLabels: nil, marker: nil, 10, nil)
  }

  /// The tensor laid out with labels and notes.
  ///
  /// - Parameters:
  ///   - name: the caption, shown before the shape (`logits  [3, 2]`).
  ///   - decimals: digits after the point, Python-exact (`Double.fixed(_:)`), in 0...20.
  ///   - rowLabel: the label of row `i` (`{ "sample \($0 + 1)" }`); none by default.
  ///   - columnLabels: one label per column (per element of a 1-D tensor).
  ///   - marker: a note to print after row `i` (`"← class 0 wins"`), or `nil` for none.
  ///   - maxRows: rows shown before the middle ones are elided (the first half rounded
  ///     up, the rest from the end), at least 1.
  ///   - maxColumns: columns shown before the middle ones are elided, at least 1;
  ///     `nil` shows as many as fit in 80 characters (notes are not counted).
  /// - Throws: `ShapeError` when `columnLabels` does not have one label per column;
  ///   `ParameterError` for `decimals`, `maxRows` or `maxColumns` out of range.
  ///
  /// Introduced in §1.1.
  public func annotated(
    _ name: String, decimals: Int = 4, rowLabel: ((Int) -> String)? = nil,
    columnLabels: [String]? = nil, marker: ((Int) -> String?)? = nil, maxRows: Int = 10,
    maxColumns: Int? = nil
  ) throws -> AnnotatedView {
    guard (0...20).contains(decimals) else {
      throw ParameterError(
        parameter: "decimals", expected: "an integer in 0...20", got: "\(decimals)")
    }
    try Tensor.checkAnnotation(
      shape: shape, columnLabels: columnLabels, maxRows: maxRows, maxColumns: maxColumns)
    return annotatedView(
      name, decimals: decimals, rowLabel: rowLabel, columnLabels: columnLabels,
      marker: marker, maxRows, maxColumns)
  }

  func annotatedView(
    _ name: String, decimals: Int, rowLabel: ((Int) -> String)?, columnLabels: [String]?,
    marker: ((Int) -> String?)?, _ maxRows: Int, _ maxColumns: Int?
  ) -> AnnotatedView {
    let columns = columnCount
    let layout = AnnotatedLayout(
      name: name, shape: shape, decimals: decimals,
      cell: { scalars[$0 * columns + $1].fixed(decimals) }, rowLabel: rowLabel,
      columnLabels: columnLabels, marker: marker, maxRows: maxRows, maxColumns: maxColumns)
    return layout.render()
  }

  /// The checks every `annotated` call shares, for `Tensor` and `LabelTensor`.
  static func checkAnnotation(
    shape: [Int], columnLabels: [String]?, maxRows: Int, maxColumns: Int?
  ) throws {
    for (parameter, value) in [("maxRows", maxRows), ("maxColumns", maxColumns ?? 1)]
    where value < 1 {
      throw ParameterError(parameter: parameter, expected: "an integer >= 1", got: "\(value)")
    }
    let columns = shape.count == 2 ? shape[1] : shape.first ?? 1
    if let columnLabels, columnLabels.count != columns {
      throw ShapeError(
        operation: "annotated", shapes: [shape],
        reason: "\(columnLabels.count) column labels were given for \(columns) "
          + (shape.count == 1 ? "elements" : "columns"))
    }
  }
}

extension LabelTensor {
  /// The labels with their name and shape, at most 10 rows and as many columns as fit
  /// in 80 characters. Introduced in §4.2.
  public func annotated(_ name: String) -> AnnotatedView {
    annotatedView(name, rowLabel: nil, columnLabels: nil, marker: nil, 10, nil)
  }

  /// The labels laid out with row labels, column labels and notes, as
  /// `Tensor.annotated(_:decimals:rowLabel:columnLabels:marker:maxRows:maxColumns:)`.
  /// - Throws: `ShapeError` when `columnLabels` does not have one label per column;
  ///   `ParameterError` for `maxRows` or `maxColumns` below 1.
  ///
  /// Introduced in §4.2.
  public func annotated(
    _ name: String, rowLabel: ((Int) -> String)? = nil, columnLabels: [String]? = nil,
    marker: ((Int) -> String?)? = nil, maxRows: Int = 10, maxColumns: Int? = nil
  ) throws -> AnnotatedView {
    try Tensor.checkAnnotation(
      shape: shape, columnLabels: columnLabels, maxRows: maxRows, maxColumns: maxColumns)
    return annotatedView(
      name, rowLabel: rowLabel, columnLabels: columnLabels, marker: marker,
      maxRows, maxColumns)
  }

  func annotatedView(
    _ name: String, rowLabel: ((Int) -> String)?, columnLabels: [String]?,
    marker: ((Int) -> String?)?, _ maxRows: Int, _ maxColumns: Int?
  ) -> AnnotatedView {
    let columns = rank == 2 ? shape[1] : 1
    let layout = AnnotatedLayout(
      name: name, shape: shape, decimals: 0, cell: { String(values[$0 * columns + $1]) },
      rowLabel: rowLabel, columnLabels: columnLabels, marker: marker, maxRows: maxRows,
      maxColumns: maxColumns)
    return layout.render()
  }
}
