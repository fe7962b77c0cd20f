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
    try transformLanes(dim: dim, operation: "softmax") { lane in
      let top = lane.max() ?? 0
      let exps = lane.map { exp($0 - top) }
      let total = exps.reduce(0, +)
      return exps.map { $0 / total }
    }
  }

  public func logSoftmax(dim: Int) throws -> Tensor {
    try transformLanes(dim: dim, operation: "logSoftmax") { lane in
      let top = lane.max() ?? 0
      let logTotal = log(lane.reduce(0) { $0 + exp($1 - top) })
      return lane.map { ($0 - top) - logTotal }
    }
  }

  /// Replaces each lane along `dim` by `transform(lane)`, keeping the shape.
  func transformLanes(dim: Int, operation: String, _ transform: ([Double]) -> [Double]) throws
    -> Tensor
  {
    let lanes = try self.lanes(dim: dim, operation: operation)
    var out = scalars
    for lane in lanes.indices {
      for (index, value) in zip(lane, transform(lane.map { scalars[$0] })) { out[index] = value }
    }
    return Tensor(unchecked: shape, out)
  }
}
