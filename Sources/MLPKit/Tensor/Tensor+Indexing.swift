/// Reading elements and rows of a tensor. An index out of range throws a
/// `ShapeError` naming the index and the valid range instead of trapping.
/// Introduced in §1.1.
extension Tensor {
  /// Element `i` of a 1-D tensor.
  public func element(_ i: Int) throws -> Double {
    guard rank == 1 else {
      throw ShapeError(operation: "element(_:)", shapes: [shape], reason: "expected a 1-D tensor")
    }
    try Tensor.check(index: i, size: shape[0], operation: "element(_:)", shape: shape)
    return scalars[i]
  }

  /// Element `(row, column)` of a 2-D tensor.
  public func element(_ row: Int, _ column: Int) throws -> Double {
    guard rank == 2 else {
      throw ShapeError(operation: "element(_:_:)", shapes: [shape], reason: "expected a 2-D tensor")
    }
    try Tensor.check(index: row, size: shape[0], operation: "element(_:_:) row", shape: shape)
    try Tensor.check(index: column, size: shape[1], operation: "element(_:_:) column", shape: shape)
    return scalars[row * shape[1] + column]
  }

  /// Unchecked element access for library code that has already validated shapes.
  subscript(unchecked row: Int, column: Int) -> Double {
    get { scalars[row * shape[1] + column] }
    set { scalars[row * shape[1] + column] = newValue }
  }

  /// Row `i` of a 2-D tensor as a 1-D tensor (as `x[i]` in PyTorch).
  public func row(_ i: Int) throws -> Tensor {
    guard rank == 2 else {
      throw ShapeError(operation: "row(_:)", shapes: [shape], reason: "expected a 2-D tensor")
    }
    try Tensor.check(index: i, size: shape[0], operation: "row(_:)", shape: shape)
    let c = shape[1]
    return Tensor(unchecked: [c], Array(scalars[(i * c)..<(i * c + c)]))
  }

  /// Rows `range` of a 2-D tensor (as `x[a:b]`), or elements of a 1-D one.
  public func rows(_ range: Range<Int>) throws -> Tensor {
    guard rank >= 1 else {
      throw ShapeError(operation: "rows(_:)", shapes: [shape], reason: "a 0-D tensor has no rows")
    }
    guard range.lowerBound >= 0, range.upperBound <= shape[0] else {
      throw ShapeError(
        operation: "rows(_:)", shapes: [shape],
        reason: "rows \(range.lowerBound)..<\(range.upperBound) are outside 0..<\(shape[0])")
    }
    let c = columnCount
    var newShape = shape
    newShape[0] = range.count
    return Tensor(
      unchecked: newShape, Array(scalars[(range.lowerBound * c)..<(range.upperBound * c)]))
  }

  /// The rows at `indices`, in that order (as `x[indices]`), e.g. a shuffled batch.
  public func rows(_ indices: [Int]) throws -> Tensor {
    guard rank >= 1 else {
      throw ShapeError(operation: "rows(_:)", shapes: [shape], reason: "a 0-D tensor has no rows")
    }
    let c = columnCount
    var out = [Double]()
    out.reserveCapacity(indices.count * c)
    for i in indices {
      try Tensor.check(index: i, size: shape[0], operation: "rows(_:)", shape: shape)
      out.append(contentsOf: scalars[(i * c)..<(i * c + c)])
    }
    var newShape = shape
    newShape[0] = indices.count
    return Tensor(unchecked: newShape, out)
  }

  /// The rows as arrays, for printing and for handing data to other code.
  public var rowArrays: [[Double]] {
    guard rank == 2 else { return rank == 1 ? scalars.map { [$0] } : [scalars] }
    let c = shape[1]
    return (0..<shape[0]).map { Array(scalars[($0 * c)..<($0 * c + c)]) }
  }

  static func check(index: Int, size: Int, operation: String, shape: [Int]) throws {
    guard index >= 0, index < size else {
      throw ShapeError(
        operation: operation, shapes: [shape],
        reason: "index \(index) is outside the valid range 0..<\(size)")
    }
  }
}
