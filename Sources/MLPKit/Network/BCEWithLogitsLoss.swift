import Foundation

/// PyTorch's `nn.BCEWithLogitsLoss()` (mean reduction): sigmoid and binary
/// cross-entropy in one stable step.
///
/// For logits `z` and targets `y` of the same shape: `L = mean((1 − y)·z − log σ(z))`,
/// with `log σ(z) = min(z, 0) − log(1 + e^(−|z|))` so no exponential overflows.
/// The derivative is `∂L/∂z = (σ(z) − y) / count`. Introduced in §5.7.
public struct BCEWithLogitsLoss: CustomStringConvertible, Sendable {
  /// The loss with PyTorch's defaults (mean reduction).
  public init() {}

  /// `BCEWithLogitsLoss()`.
  public var description: String { "BCEWithLogitsLoss()" }

  /// The mean binary cross-entropy of `sigmoid(input)` against `target`.
  /// - Throws: `ShapeError` naming both shapes when they differ.
  public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> LossValue {
    try checkBinaryShapes("BCEWithLogitsLoss", input, target)
    let n = Double(input.count)
    var total = 0.0
    var gradient = input
    for (i, (z, y)) in zip(input.scalars, target.scalars).enumerated() {
      let logSigmoid = Swift.min(z, 0) - log1p(exp(-abs(z)))
      total += (1 - y) * z - logSigmoid
      gradient.scalars[i] = (Activation.logistic(z) - y) / n
    }
    return LossValue(
      value: total / n, gradient: gradient, gradFunction: "BinaryCrossEntropyWithLogitsBackward0")
  }

  /// The same loss with integer labels 0/1 `[batch]` for logits `[batch, 1]` or `[batch]`.
  /// - Throws: `LabelError` naming the first label that is not 0 or 1.
  public func callAsFunction(_ input: Tensor, _ target: LabelTensor) throws -> LossValue {
    try callAsFunction(input, binaryTarget("BCEWithLogitsLoss", input, target))
  }
}
