import MLPKernels

/// Sums, means, maxima and minima, over everything or along one dimension.
///
/// Along a dimension, as in PyTorch: for `x: [rows, columns]`, `x.sum(dim: 0)` adds
/// the rows together (one number per column, shape `[columns]`) and `x.sum(dim: 1)`
/// adds across each row (shape `[rows]`). `dim: -1` means the last dimension.
/// Every sum runs from 0 through the lane in order, as `lane.reduce(0, +)` would.
/// Introduced in §1.4.
extension Tensor {
  /// The sum of all elements.
  public func sum() -> Double { scalars.reduce(0, +) }
  /// The mean of all elements (NaN for an empty tensor).
  public func mean() -> Double { sum() / Double(count) }

  public func sum(dim: Int) throws -> Tensor {
    try laneSums(dim: dim, operation: "sum", divisor: 0)
  }
  public func mean(dim: Int) throws -> Tensor {
    let d = try normalized(dim: dim, operation: "mean")
    // an empty lane's mean is 0/0 = NaN (a divisor of 0 would mean "do not divide")
    guard shape[d] > 0 else { return try laneSums(dim: dim, operation: "mean", divisor: 0) / 0 }
    return try laneSums(dim: dim, operation: "mean", divisor: Double(shape[d]))
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
    let values = scalars.withUnsafeBufferPointer { x in
      (0..<lanes.count).map { Tensor.argmax(of: lanes.lane($0, of: x)) }
    }
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
  where Lane.Index == Int, Lane.Element == Double {
    let first = lane.startIndex
    var best = first
    for i in lane.indices.dropFirst() {
      if lane[best].isNaN { break }
      if lane[i].isNaN || lane[i] > lane[best] { best = i }
    }
    return best - first
  }

  /// Each lane's `0 + lane[0] + lane[1] + …`, in order, divided by `divisor` unless it
  /// is 0. Down the columns of a matrix the sums run row after row in the C kernel
  /// (each column's order unchanged, all columns at once).
  func laneSums(dim: Int, operation: String, divisor: Double) throws -> Tensor {
    let lanes = try self.lanes(dim: dim, operation: operation)
    let values = scalars.withUnsafeBufferPointer { x in
      [Double](unsafeUninitializedCapacity: lanes.count) { out, initialized in
        if let x0 = x.baseAddress, let o = out.baseAddress, lanes.step > 1 {
          mlpk_column_sums(x0, o, lanes.length, lanes.count, divisor)
        } else {
          for i in 0..<lanes.count {
            var total = 0.0
            if let x0 = x.baseAddress {
              let lane = x0 + i * lanes.spacing
              for k in 0..<lanes.length { total += lane[k] }
            }
            out[i] = divisor != 0 ? total / divisor : total
          }
        }
        initialized = lanes.count
      }
    }
    return Tensor(unchecked: lanes.resultShape, values)
  }

  /// Applies `combine` to each lane along `dim` and returns the reduced tensor.
  func reduce(dim: Int, operation: String, _ combine: (Lane) -> Double) throws -> Tensor {
    let lanes = try self.lanes(dim: dim, operation: operation)
    let values = scalars.withUnsafeBufferPointer { x in
      (0..<lanes.count).map { combine(lanes.lane($0, of: x)) }
    }
    return Tensor(unchecked: lanes.resultShape, values)
  }

  /// The lanes along one dimension: how many, how long, and where each starts, read in
  /// place from the storage (no copies).
  struct Lanes {
    let count: Int
    let length: Int
    /// Lane `i` starts at `i * spacing` and its elements are `step` apart.
    let spacing: Int
    let step: Int
    let resultShape: [Int]

    func lane(_ i: Int, of x: UnsafeBufferPointer<Double>) -> Lane {
      Lane(base: x.baseAddress.map { $0 + i * spacing }, count: length, step: step)
    }
  }

  /// One lane: `count` elements `step` apart.
  struct Lane: RandomAccessCollection {
    let base: UnsafePointer<Double>?
    let count: Int
    let step: Int
    var startIndex: Int { 0 }
    var endIndex: Int { count }
    subscript(i: Int) -> Double { base.map { $0[i * step] } ?? .nan }
  }

  /// The lanes along `dim`, and the shape left after reducing it.
  func lanes(dim: Int, operation: String) throws -> Lanes {
    let d = try normalized(dim: dim, operation: operation)
    if rank == 1 { return Lanes(count: 1, length: shape[0], spacing: 0, step: 1, resultShape: []) }
    let (n, m) = (shape[0], shape[1])
    if d == 0 { return Lanes(count: m, length: n, spacing: 1, step: m, resultShape: [m]) }
    return Lanes(count: n, length: m, spacing: m, step: 1, resultShape: [n])
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
