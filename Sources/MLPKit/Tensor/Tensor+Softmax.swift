import Foundation

/// Softmax and log-softmax along a dimension.
///
/// `softmax(z)ᵢ = exp(zᵢ) / Σⱼ exp(zⱼ)`. Computed naively, `exp(1000)` overflows to
/// infinity and the result is NaN. Subtracting the lane's maximum first changes
/// nothing mathematically (the factor `exp(−max)` cancels) and keeps every exponent
/// ≤ 0, so the largest term is exactly 1 and nothing overflows. Log-softmax uses the
/// same shift: `log softmax(z)ᵢ = (zᵢ − max) − log Σⱼ exp(zⱼ − max)`, which stays
/// finite even where softmax underflows to 0. Introduced in §1.4.
extension Tensor {
  public func softmax(dim: Int) throws -> Tensor {
    try transformLanes(dim: dim, operation: "softmax") { lane, step, count, out in
      let top = Tensor.laneMax(lane, step: step, count: count)
      var total = 0.0
      for i in 0..<count {
        let e = exp(lane[i * step] - top)
        out[i * step] = e
        total += e
      }
      for i in 0..<count { out[i * step] /= total }
    }
  }

  public func logSoftmax(dim: Int) throws -> Tensor {
    try transformLanes(dim: dim, operation: "logSoftmax") { lane, step, count, out in
      let top = Tensor.laneMax(lane, step: step, count: count)
      var total = 0.0
      for i in 0..<count { total += exp(lane[i * step] - top) }
      let logTotal = log(total)
      for i in 0..<count { out[i * step] = (lane[i * step] - top) - logTotal }
    }
  }

  /// The lane's maximum as `Sequence.max()` finds it (the first element, replaced by any
  /// later one it is less than; NaN replaces nothing unless it comes first), 0 if empty.
  @inline(__always)
  static func laneMax(_ lane: UnsafePointer<Double>, step: Int, count: Int) -> Double {
    guard count > 0 else { return 0 }
    var top = lane[0]
    for i in 1..<Swift.max(count, 1) where top < lane[i * step] { top = lane[i * step] }
    return top
  }

  /// Replaces each lane along `dim` by `transform(lane, step, count, out)`, keeping the
  /// shape; `transform` reads element `i` of its lane at `lane[i * step]` and writes it
  /// at `out[i * step]`.
  @inline(__always)
  func transformLanes(
    dim: Int, operation: String,
    _ transform: (UnsafePointer<Double>, Int, Int, UnsafeMutablePointer<Double>) -> Void
  ) throws -> Tensor {
    let lanes = try self.lanes(dim: dim, operation: operation)
    let out = scalars.withUnsafeBufferPointer { x in
      [Double](unsafeUninitializedCapacity: x.count) { out, initialized in
        if let x0 = x.baseAddress, let o = out.baseAddress {
          for i in 0..<lanes.count {
            transform(x0 + i * lanes.spacing, lanes.step, lanes.length, o + i * lanes.spacing)
          }
        }
        initialized = x.count
      }
    }
    return Tensor(unchecked: shape, out)
  }
}
