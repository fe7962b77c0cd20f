/// Element-wise arithmetic with broadcasting.
///
/// Shapes are aligned from the right, as in NumPy and PyTorch: two sizes fit when
/// they are equal or one of them is 1. So `[batch, outputs] + [outputs]` adds a bias
/// to every row, `[batch, outputs] / [batch, 1]` divides each row by its own number,
/// and a 0-D tensor or a plain `Double` applies to every element. Anything else
/// throws a `ShapeError` that names both shapes. Introduced in §1.2.
extension Tensor {
  /// The shape two operands broadcast to, or a `ShapeError` naming both.
  public static func broadcastShape(_ a: [Int], _ b: [Int], operation: String) throws -> [Int] {
    let rank = Swift.max(a.count, b.count)
    let pa = [Int](repeating: 1, count: rank - a.count) + a
    let pb = [Int](repeating: 1, count: rank - b.count) + b
    var out = [Int]()
    for (i, (x, y)) in zip(pa, pb).enumerated() {
      guard x == y || x == 1 || y == 1 else {
        throw ShapeError(
          operation: operation, shapes: [a, b],
          reason: "aligned from the right, dimension \(i) has sizes \(x) and \(y)")
      }
      out.append(x == 1 ? y : x)
    }
    return out
  }

  /// Combines two tensors element by element after broadcasting them to one shape.
  public func broadcasting(
    _ other: Tensor, operation: String, _ combine: (Double, Double) -> Double
  ) throws -> Tensor {
    try combined(other, operation: operation, combine)
  }

  /// `broadcasting`, inlined into each operator so that `combine` is a known operation
  /// and the loops run over raw buffers (the same arithmetic, one element at a time).
  @inline(__always)
  func combined(
    _ other: Tensor, operation: String, _ combine: (Double, Double) -> Double
  ) throws -> Tensor {
    if shape == other.shape {
      // the common case: no broadcasting, one pass
      let out = scalars.withUnsafeBufferPointer { a in
        other.scalars.withUnsafeBufferPointer { b in
          [Double](unsafeUninitializedCapacity: a.count) { out, initialized in
            for i in 0..<a.count { out[i] = combine(a[i], b[i]) }
            initialized = a.count
          }
        }
      }
      return Tensor(unchecked: shape, out)
    }
    let result = try Tensor.broadcastShape(shape, other.shape, operation: operation)
    // view both operands as [rows, columns] with stride 0 along broadcast dimensions
    let (rows, columns) = Tensor.matrixSize(result)
    let (ar, ac) = Tensor.matrixSize([Int](repeating: 1, count: result.count - rank) + shape)
    let (br, bc) = Tensor.matrixSize(
      [Int](repeating: 1, count: result.count - other.rank) + other.shape)
    let (aRow, aColumn) = (ar == 1 ? 0 : ac, ac == 1 ? 0 : 1)
    let (bRow, bColumn) = (br == 1 ? 0 : bc, bc == 1 ? 0 : 1)
    let out = scalars.withUnsafeBufferPointer { a in
      other.scalars.withUnsafeBufferPointer { b in
        [Double](unsafeUninitializedCapacity: rows * columns) { out, initialized in
          for i in 0..<rows {
            for j in 0..<columns {
              out[i * columns + j] = combine(a[i * aRow + j * aColumn], b[i * bRow + j * bColumn])
            }
          }
          initialized = rows * columns
        }
      }
    }
    return Tensor(unchecked: result, out)
  }

  static func matrixSize(_ shape: [Int]) -> (Int, Int) {
    switch shape.count {
    case 0: return (1, 1)
    case 1: return (1, shape[0])
    default: return (shape[0], shape[1])
    }
  }

  public static func + (lhs: Tensor, rhs: Tensor) throws -> Tensor {
    try lhs.combined(rhs, operation: "+", +)
  }
  public static func - (lhs: Tensor, rhs: Tensor) throws -> Tensor {
    try lhs.combined(rhs, operation: "-", -)
  }
  /// Element-wise (Hadamard) product; for the matrix product use `matmul`.
  public static func * (lhs: Tensor, rhs: Tensor) throws -> Tensor {
    try lhs.combined(rhs, operation: "*", *)
  }
  public static func / (lhs: Tensor, rhs: Tensor) throws -> Tensor {
    try lhs.combined(rhs, operation: "/", /)
  }

  public static func + (lhs: Tensor, rhs: Double) -> Tensor { lhs.map { $0 + rhs } }
  public static func - (lhs: Tensor, rhs: Double) -> Tensor { lhs.map { $0 - rhs } }
  public static func * (lhs: Tensor, rhs: Double) -> Tensor { lhs.map { $0 * rhs } }
  public static func / (lhs: Tensor, rhs: Double) -> Tensor { lhs.map { $0 / rhs } }
  public static func + (lhs: Double, rhs: Tensor) -> Tensor { rhs.map { lhs + $0 } }
  public static func - (lhs: Double, rhs: Tensor) -> Tensor { rhs.map { lhs - $0 } }
  public static func * (lhs: Double, rhs: Tensor) -> Tensor { rhs.map { lhs * $0 } }
  public static prefix func - (operand: Tensor) -> Tensor { operand.map { -$0 } }
}
