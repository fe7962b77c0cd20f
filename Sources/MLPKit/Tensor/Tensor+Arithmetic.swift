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
    if shape == other.shape {
      // the common case: no broadcasting, one pass
      var out = scalars
      other.scalars.withUnsafeBufferPointer { b in
        for i in out.indices { out[i] = combine(out[i], b[i]) }
      }
      return Tensor(unchecked: shape, out)
    }
    let result = try Tensor.broadcastShape(shape, other.shape, operation: operation)
    // view both operands as [rows, columns] with stride 0 along broadcast dimensions
    let (rows, columns) = Tensor.matrixSize(result)
    let (ar, ac) = Tensor.matrixSize([Int](repeating: 1, count: result.count - rank) + shape)
    let (br, bc) = Tensor.matrixSize(
      [Int](repeating: 1, count: result.count - other.rank) + other.shape)
    var out = [Double](repeating: 0, count: rows * columns)
    for i in 0..<rows {
      let ai = ar == 1 ? 0 : i
      let bi = br == 1 ? 0 : i
      for j in 0..<columns {
        let x = scalars[ai * ac + (ac == 1 ? 0 : j)]
        let y = other.scalars[bi * bc + (bc == 1 ? 0 : j)]
        out[i * columns + j] = combine(x, y)
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
    try lhs.broadcasting(rhs, operation: "+", +)
  }
  public static func - (lhs: Tensor, rhs: Tensor) throws -> Tensor {
    try lhs.broadcasting(rhs, operation: "-", -)
  }
  /// Element-wise (Hadamard) product; for the matrix product use `matmul`.
  public static func * (lhs: Tensor, rhs: Tensor) throws -> Tensor {
    try lhs.broadcasting(rhs, operation: "*", *)
  }
  public static func / (lhs: Tensor, rhs: Tensor) throws -> Tensor {
    try lhs.broadcasting(rhs, operation: "/", /)
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
