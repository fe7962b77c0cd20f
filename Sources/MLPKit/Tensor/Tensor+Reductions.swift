/// Sums, means, maxima and minima, over everything or along one dimension.
///
/// Along a dimension, as in PyTorch: for `x: [rows, columns]`, `x.sum(dim: 0)` adds
/// the rows together (one number per column, shape `[columns]`) and `x.sum(dim: 1)`
/// adds across each row (shape `[rows]`). `dim: -1` means the last dimension.
/// Introduced in §1.4.
extension Tensor {
  /// The sum of all elements.
  public func sum() -> Double { scalars.reduce(0, +) }
  /// The mean of all elements (NaN for an empty tensor).
  public func mean() -> Double { sum() / Double(count) }

  public func sum(dim: Int) throws -> Tensor {
    try reduce(dim: dim, operation: "sum") { $0.reduce(0, +) }
  }
  public func mean(dim: Int) throws -> Tensor {
    try reduce(dim: dim, operation: "mean") { $0.reduce(0, +) / Double($0.count) }
  }
  /// The maximum along `dim`; NaN wins, as in PyTorch.
  public func max(dim: Int) throws -> Tensor {
    try reduce(dim: dim, operation: "max") { lane in
      lane.contains(where: \.isNaN) ? .nan : lane.max() ?? -.infinity
    }
  }
  /// The minimum along `dim`; NaN wins, as in PyTorch.
  public func min(dim: Int) throws -> Tensor {
    try reduce(dim: dim, operation: "min") { lane in
      lane.contains(where: \.isNaN) ? .nan : lane.min() ?? .infinity
    }
  }

  /// The index of the largest value along `dim`, as `torch.argmax(x, dim=dim)`.
  ///
  /// The first index wins a tie, and NaN counts as larger than every number.
  public func argmax(dim: Int) throws -> LabelTensor {
    let lanes = try self.lanes(dim: dim, operation: "argmax")
    guard lanes.length > 0 else {
      throw ShapeError(
        operation: "argmax", shapes: [shape], reason: "dimension \(dim) is empty")
    }
    let values = lanes.indices.map { Tensor.argmax(of: $0.map { scalars[$0] }) }
    return LabelTensor(unchecked: lanes.resultShape, values)
  }

  /// The index of the largest element of the flattened tensor, as `torch.argmax(x)`.
  public func argmax() throws -> Int {
    guard !scalars.isEmpty else {
      throw ShapeError(operation: "argmax", shapes: [shape], reason: "the tensor is empty")
    }
    return Tensor.argmax(of: scalars)
  }

  /// The position (from 0) of the first largest value of `lane`, NaN counting as largest.
  static func argmax<Lane: RandomAccessCollection>(of lane: Lane) -> Int
  where Lane.Element == Double, Lane.Index == Int {
    let first = lane.startIndex
    var best = first
    for i in lane.indices.dropFirst() {
      if lane[best].isNaN { break }
      if lane[i].isNaN || lane[i] > lane[best] { best = i }
    }
    return best - first
  }

  /// Applies `combine` to each lane along `dim` and returns the reduced tensor.
  func reduce(dim: Int, operation: String, _ combine: ([Double]) -> Double) throws -> Tensor {
    let lanes = try self.lanes(dim: dim, operation: operation)
    let values = lanes.indices.map { combine($0.map { scalars[$0] }) }
    return Tensor(unchecked: lanes.resultShape, values)
  }

  /// The storage indices of every lane along `dim`, and the shape left after reducing it.
  func lanes(dim: Int, operation: String) throws -> (
    indices: [[Int]], length: Int, resultShape: [Int]
  ) {
    let d = try normalized(dim: dim, operation: operation)
    if rank == 1 { return ([Array(0..<shape[0])], shape[0], []) }
    let (n, m) = (shape[0], shape[1])
    if d == 0 { return ((0..<m).map { j in (0..<n).map { $0 * m + j } }, n, [m]) }
    return ((0..<n).map { i in (0..<m).map { i * m + $0 } }, m, [n])
  }

  /// `dim` in `0..<rank`, with negative values counted from the end as in PyTorch.
  func normalized(dim: Int, operation: String) throws -> Int {
    let d = dim < 0 ? dim + rank : dim
    guard rank > 0, d >= 0, d < rank else {
      throw ShapeError(
        operation: "\(operation)(dim: \(dim))", shapes: [shape],
        reason: rank == 0
          ? "a 0-D tensor has no dimension to reduce"
          : "dim must be in \(-rank)...\(rank - 1)")
    }
    return d
  }
}
