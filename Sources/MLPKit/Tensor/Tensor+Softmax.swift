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
    try transformLanes(dim: dim, operation: "softmax") { lane, out in
      let top = lane.max() ?? 0
      var total = 0.0
      for i in 0..<lane.count {
        let e = exp(lane[i] - top)
        out[i * lane.step] = e
        total += e
      }
      for i in 0..<lane.count { out[i * lane.step] /= total }
    }
  }

  public func logSoftmax(dim: Int) throws -> Tensor {
    try transformLanes(dim: dim, operation: "logSoftmax") { lane, out in
      let top = lane.max() ?? 0
      var total = 0.0
      for i in 0..<lane.count { total += exp(lane[i] - top) }
      let logTotal = log(total)
      for i in 0..<lane.count { out[i * lane.step] = (lane[i] - top) - logTotal }
    }
  }

  /// Replaces each lane along `dim` by `transform(lane)`, keeping the shape; `transform`
  /// writes element `i` of its lane at `out[i * lane.step]`.
  func transformLanes(
    dim: Int, operation: String, _ transform: (Lane, UnsafeMutablePointer<Double>) -> Void
  ) throws -> Tensor {
    let lanes = try self.lanes(dim: dim, operation: operation)
    let out = scalars.withUnsafeBufferPointer { x in
      [Double](unsafeUninitializedCapacity: x.count) { out, initialized in
        if let o = out.baseAddress {
          for i in 0..<lanes.count { transform(lanes.lane(i, of: x), o + i * lanes.spacing) }
        }
        initialized = x.count
      }
    }
    return Tensor(unchecked: shape, out)
  }
}
