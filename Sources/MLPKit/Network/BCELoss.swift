import Foundation

/// PyTorch's `nn.BCELoss()` (mean reduction): binary cross-entropy on probabilities.
///
/// For probabilities `p` and targets `y` of the same shape (e.g. `[batch, 1]`):
/// `L = −mean(y · log p + (1 − y) · log(1 − p))`, each log clamped at −100 as PyTorch
/// does so that `p = 0` or `1` gives a large but finite loss. The derivative is
/// `∂L/∂p = (p − y) / max(p(1 − p), ε) / count` with PyTorch's `ε = 1e-12` (as float32).
/// Prefer `BCEWithLogitsLoss` on logits: it is stable without clamps. Introduced in §5.7.
public struct BCELoss: CustomStringConvertible, Sendable {
  /// The loss with PyTorch's defaults (mean reduction).
  public init() {}

  /// `BCELoss()`.
  public var description: String { "BCELoss()" }

  /// The mean binary cross-entropy of `input` (probabilities) against `target`.
  /// - Throws: `ShapeError` naming both shapes when they differ; `ParameterError` naming
  ///   the first input outside `[0, 1]` and its position.
  public func callAsFunction(_ input: Tensor, _ target: Tensor) throws -> LossValue {
    try checkBinaryShapes("BCELoss", input, target)
    if let i = input.scalars.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
      throw ParameterError(
        parameter: "BCELoss input",
        expected: "probabilities in [0, 1] (PyTorch: RuntimeError: all elements of input "
          + "should be between 0 and 1); apply Sigmoid first or use BCEWithLogitsLoss",
        got: "\(input.scalars[i]) at flat position \(i) of shape \(input.shape)")
    }
    let n = Double(input.count)
    let epsilon = Double(Float(1e-12))  // PyTorch's EPSILON is a float constant
    var total = 0.0
    var gradient = input
    for (i, (p, y)) in zip(input.scalars, target.scalars).enumerated() {
      total -= y * Swift.max(log(p), -100) + (1 - y) * Swift.max(log1p(-p), -100)
      gradient.scalars[i] = (p - y) / Swift.max((1 - p) * p, epsilon) / n
    }
    return LossValue(
      value: total / n, gradient: gradient, gradFunction: "BinaryCrossEntropyBackward0")
  }

  /// The same loss with integer labels 0/1 `[batch]` for an input `[batch, 1]` or `[batch]`.
  /// - Throws: `LabelError` naming the first label that is not 0 or 1.
  public func callAsFunction(_ input: Tensor, _ target: LabelTensor) throws -> LossValue {
    try callAsFunction(input, binaryTarget("BCELoss", input, target))
  }
}

/// The same shape for input and target, or a `ShapeError` naming both.
func checkBinaryShapes(_ loss: String, _ input: Tensor, _ target: Tensor) throws {
  guard input.shape == target.shape, input.count > 0 else {
    throw ShapeError(
      operation: loss, shapes: [input.shape, target.shape],
      reason: input.shape == target.shape
        ? "the input is empty" : "the input and the target must have the same shape")
  }
}

/// 0/1 labels `[batch]` as a float target shaped like `input` (`[batch, 1]` or `[batch]`).
func binaryTarget(_ loss: String, _ input: Tensor, _ target: LabelTensor) throws -> Tensor {
  guard target.rank == 1, input.count == target.count,
    input.rank == 1 || (input.rank == 2 && input.shape[1] == 1)
  else {
    throw ShapeError(
      operation: loss, shapes: [input.shape, target.shape],
      reason: "expected an input [batch, 1] or [batch] and labels [batch]")
  }
  if let i = target.values.firstIndex(where: { $0 != 0 && $0 != 1 }) {
    throw LabelError(
      "\(loss): label \(target.values[i]) at position \(i) is not 0 or 1; a binary loss with "
        + "one output needs labels in 0...1. Map them first, e.g. with LabelEncoder.")
  }
  return try Tensor(shape: input.shape, scalars: target.values.map(Double.init))
}
