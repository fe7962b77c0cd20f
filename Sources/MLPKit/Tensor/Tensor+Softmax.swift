import Foundation
import MLPKernels

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
    try softmaxes(dim: dim, operation: "softmax").softmax
  }

  public func logSoftmax(dim: Int) throws -> Tensor {
    try softmaxes(dim: dim, operation: "logSoftmax").logSoftmax
  }

  /// Softmax and log-softmax from one pass of exponentials (cross-entropy needs both:
  /// its loss from the one, its gradient from the other).
  func softmaxes(dim: Int, operation: String = "softmaxes") throws -> (
    softmax: Tensor, logSoftmax: Tensor
  ) {
    let lanes = try self.lanes(dim: dim, operation: operation)
    var (shifted, e) = shiftedExponentials(lanes)  // z − max, and exp of it
    var totals = [Double](repeating: 0, count: lanes.count)  // Σ exp(z − max)
    for lane in 0..<lanes.count {
      let (start, step) = (lane * lanes.spacing, lanes.step)
      for i in 0..<lanes.length { totals[lane] += e[start + i * step] }
    }
    // softmax: exp(z − max) / Σ exp(z − max)
    var softmax = e
    for lane in 0..<lanes.count {
      let (start, step) = (lane * lanes.spacing, lanes.step)
      for i in 0..<lanes.length { softmax[start + i * step] /= totals[lane] }
    }
    // log-softmax: (z − max) − log Σ exp(z − max), the logarithms of every lane at once
    mlpk_log_array(totals, &totals, lanes.count)
    for lane in 0..<lanes.count {
      let (start, step) = (lane * lanes.spacing, lanes.step)
      for i in 0..<lanes.length { shifted[start + i * step] -= totals[lane] }
    }
    return (Tensor(unchecked: shape, softmax), Tensor(unchecked: shape, shifted))
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

  /// Every element minus its lane's maximum, and the exponential of that: `exp` of the
  /// whole tensor at once (`mlpk_exp_array`, 8 at a time where the CPU allows, the same
  /// bits everywhere), the sums then lane by lane in order.
  func shiftedExponentials(_ lanes: Lanes) -> (shifted: [Double], exponentials: [Double]) {
    var shifted = scalars
    shifted.withUnsafeMutableBufferPointer { out in
      guard let o = out.baseAddress else { return }
      for lane in 0..<lanes.count {
        let (start, step) = (o + lane * lanes.spacing, lanes.step)
        let top = Tensor.laneMax(start, step: step, count: lanes.length)
        for i in 0..<lanes.length { start[i * step] -= top }
      }
    }
    var e = shifted
    mlpk_exp_array(shifted, &e, shifted.count)
    return (shifted, e)
  }
}
