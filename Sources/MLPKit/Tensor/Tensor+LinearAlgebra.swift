/// The matrix product and the transpose: the two operations a layer is made of.
/// Introduced in §1.2.
extension Tensor {
  /// The matrix product `self • other`, as `torch.matmul`.
  ///
  /// `[n, k] • [k, m] → [n, m]`; a 1-D right operand `[k]` gives `[n]`, a 1-D left
  /// operand `[k]` gives `[m]`, two 1-D operands give their dot product (0-D).
  /// - Throws: `ShapeError` naming both shapes when the inner dimensions differ.
  public func matmul(_ other: Tensor) throws -> Tensor {
    guard rank >= 1, other.rank >= 1 else {
      throw ShapeError(
        operation: "matmul", shapes: [shape, other.shape],
        reason: "both operands need at least 1 dimension")
    }
    let (n, k) = rank == 1 ? (1, shape[0]) : (shape[0], shape[1])
    let (k2, m) = other.rank == 1 ? (other.shape[0], 1) : (other.shape[0], other.shape[1])
    guard k == k2 else {
      throw ShapeError(
        operation: "matmul", shapes: [shape, other.shape],
        reason: "inner dimensions \(k) and \(k2) differ")
    }
    // [n, 0] • [0, m] is an n × m block of zeros: its size is not bounded by the operands'
    let (resultCount, overflow) = n.multipliedReportingOverflow(by: m)
    guard !overflow, resultCount <= Tensor.maxElementCount else {
      throw ShapeError(
        operation: "matmul", shapes: [shape, other.shape],
        reason: "the product would be [\(n), \(m)], more than the \(Tensor.maxElementCount) "
          + "elements a tensor here holds")
    }
    let product = Tensor.multiply(scalars, other.scalars, n: n, k: k, m: m)
    switch (rank, other.rank) {
    case (1, 1): return Tensor(unchecked: [], product)
    case (1, _): return Tensor(unchecked: [m], product)
    case (_, 1): return Tensor(unchecked: [n], product)
    default: return Tensor(unchecked: [n, m], product)
    }
  }

  /// The transpose: `[n, m] → [m, n]`; 0-D and 1-D tensors are their own transpose.
  public var transposed: Tensor {
    guard rank == 2 else { return self }
    let (n, m) = (shape[0], shape[1])
    let out = scalars.withUnsafeBufferPointer { x in
      [Double](unsafeUninitializedCapacity: n * m) { out, initialized in
        for i in 0..<n {
          for j in 0..<m { out[j * n + i] = x[i * m + j] }
        }
        initialized = n * m
      }
    }
    return Tensor(unchecked: [m, n], out)
  }

  /// The textbook product, `c[i][j] = Σₚ a[i][p] · b[p][j]`, summed in order of `p`.
  ///
  /// Kept as the reference the fast kernels are tested against.
  public static func referenceMultiply(
    _ a: [Double], _ b: [Double], n: Int, k: Int, m: Int
  ) -> [Double] {
    var c = [Double](repeating: 0, count: n * m)
    for i in 0..<n {
      for p in 0..<k {
        let aip = a[i * k + p]
        for j in 0..<m { c[i * m + j] += aip * b[p * m + j] }
      }
    }
    return c
  }

  /// The product used by `matmul`: the same sum as `referenceMultiply`, computed by
  /// the fast kernel (`MatrixProduct`).
  static func multiply(_ a: [Double], _ b: [Double], n: Int, k: Int, m: Int) -> [Double] {
    guard k > 0 else { return [Double](repeating: 0, count: n * m) }
    return a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        // every element is written by the kernel: no need to zero the result first
        [Double](unsafeUninitializedCapacity: n * m) { c, initialized in
          if let pa = a.baseAddress, let pb = b.baseAddress, let pc = c.baseAddress {
            MatrixProduct.gemm(n: n, m: m, k: k, a: pa, b: pb, c: pc)
          }
          initialized = n * m
        }
      }
    }
  }
}
