/// A tensor of `Double`: a 0-D scalar, a 1-D vector or a 2-D matrix, stored row-major.
///
/// `Double` plays the role PyTorch's default `float32` plays, so printing shows no
/// dtype suffix. A 2-D tensor of shape `[rows, columns]` keeps element `(i, j)` at
/// `scalars[i * columns + j]`. This file holds storage, construction and indexing;
/// arithmetic, matmul, reductions and softmax live in the `Tensor+…` files beside it.
/// Introduced in §1.1.
public struct Tensor: Equatable, Sendable {
  /// The size of each dimension: `[]` (0-D), `[n]` (1-D) or `[rows, columns]` (2-D).
  public private(set) var shape: [Int]
  /// The elements in row-major order; `scalars.count == shape.reduce(1, *)`.
  public var scalars: [Double]

  /// A tensor of the given shape over row-major `scalars`.
  /// - Throws: `ShapeError` when the count does not match the shape, or the shape
  ///   has a negative size or more than two dimensions.
  public init(shape: [Int], scalars: [Double]) throws {
    try Tensor.validate(shape: shape, operation: "Tensor(shape:scalars:)")
    let expected = shape.reduce(1, *)  // validated: no overflow
    guard scalars.count == expected else {
      throw ShapeError(
        operation: "Tensor(shape:scalars:)", shapes: [shape],
        reason: "it holds \(expected) elements but \(scalars.count) were given")
    }
    self.shape = shape
    self.scalars = scalars
  }

  /// Internal initialiser for shapes already known to be valid.
  init(unchecked shape: [Int], _ scalars: [Double]) {
    self.shape = shape
    self.scalars = scalars
  }

  /// A 1-D tensor: `Tensor([1, 2, 3])` has shape `[3]`.
  public init(_ vector: [Double]) {
    self.init(unchecked: [vector.count], vector)
  }

  /// A 0-D tensor holding one number, as `torch.tensor(3.14)`.
  public init(scalar: Double) {
    self.init(unchecked: [], [scalar])
  }

  /// A 2-D tensor from rows: `Tensor(rows: [[2.1, 0.3], [-1.2, 3.4]])` has shape `[2, 2]`.
  /// - Throws: `ShapeError` when the rows have different lengths.
  public init(rows: [[Double]]) throws {
    let columns = rows.first?.count ?? 0
    if let bad = rows.firstIndex(where: { $0.count != columns }) {
      throw ShapeError(
        operation: "Tensor(rows:)", shapes: [[rows.count, columns]],
        reason: "row \(bad) has \(rows[bad].count) elements, row 0 has \(columns)")
    }
    self.init(unchecked: [rows.count, columns], rows.flatMap { $0 })
  }

  /// A tensor of the given shape with every element equal to `value`.
  public init(repeating value: Double, shape: [Int]) throws {
    try Tensor.validate(shape: shape, operation: "Tensor(repeating:shape:)")
    self.init(unchecked: shape, [Double](repeating: value, count: shape.reduce(1, *)))
  }

  /// A tensor of zeros, as `torch.zeros(shape)`.
  public static func zeros(_ shape: [Int]) throws -> Tensor {
    try Tensor(repeating: 0, shape: shape)
  }

  /// The number of dimensions: 0, 1 or 2.
  public var rank: Int { shape.count }
  /// The number of elements.
  public var count: Int { scalars.count }
  /// Rows of a 2-D tensor (the length of a 1-D one, 1 for a scalar).
  public var rowCount: Int { rank == 0 ? 1 : shape[0] }
  /// Columns of a 2-D tensor (1 for 0-D and 1-D).
  public var columnCount: Int { rank == 2 ? shape[1] : 1 }

  /// The value of a 0-D (or one-element) tensor, as `tensor.item()`.
  public var item: Double? { scalars.count == 1 ? scalars[0] : nil }

  /// The same elements in a new shape with the same count, as `tensor.reshape`.
  public func reshaped(_ newShape: [Int]) throws -> Tensor {
    try Tensor.validate(shape: newShape, operation: "reshape")
    guard newShape.reduce(1, *) == count else {
      throw ShapeError(
        operation: "reshape", shapes: [shape, newShape],
        reason: "\(count) elements cannot be arranged as \(newShape.reduce(1, *))")
    }
    return Tensor(unchecked: newShape, scalars)
  }

  /// Applies `transform` to every element.
  public func map(_ transform: (Double) throws -> Double) rethrows -> Tensor {
    // written into uninitialised storage in one loop (Array.map appends one by one)
    let out = try scalars.withUnsafeBufferPointer { x in
      try [Double](unsafeUninitializedCapacity: x.count) { out, initialized in
        for i in 0..<x.count { out[i] = try transform(x[i]) }
        initialized = x.count
      }
    }
    return Tensor(unchecked: shape, out)
  }

  /// The most elements one tensor may hold: 2³¹ − 1 (16 GiB of `Double`s), and the
  /// largest size of one dimension. A mistyped size then fails with a `ShapeError`
  /// instead of overflowing `rows × columns` or exhausting memory.
  public static let maxElementCount = Int(Int32.max)

  static func validate(shape: [Int], operation: String) throws {
    guard shape.count <= 2 else {
      throw ShapeError(
        operation: operation, shapes: [shape],
        reason: "tensors here have at most 2 dimensions")
    }
    guard shape.allSatisfy({ $0 >= 0 }) else {
      throw ShapeError(operation: operation, shapes: [shape], reason: "sizes must be >= 0")
    }
    _ = try checkedCount(shape, operation: operation)
  }

  /// The number of elements of `shape`, or a `ShapeError` when it (or one dimension)
  /// exceeds `maxElementCount`; multiplied with an overflow check, since a shape can
  /// come straight from user input.
  static func checkedCount(_ shape: [Int], operation: String) throws -> Int {
    var count = 1
    var overflow = false
    for size in shape where !overflow {
      (count, overflow) = count.multipliedReportingOverflow(by: size)
    }
    guard !overflow, count <= maxElementCount, shape.allSatisfy({ $0 <= maxElementCount }) else {
      throw ShapeError(
        operation: operation, shapes: [shape],
        reason: "a tensor here holds at most \(maxElementCount) elements, "
          + "with no dimension larger than that")
    }
    return count
  }
}
