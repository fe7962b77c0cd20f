import Foundation

/// PyTorch's `nn.CrossEntropyLoss()` (mean reduction) on logits and class indices.
///
/// For logits `z: [batch, classes]` and targets `t: [batch]` with values in
/// `0..<classes`: `log pᵢ = log_softmax(zᵢ)` (stable: the row maximum is subtracted
/// first), `L = −(1/batch) Σᵢ log pᵢ[tᵢ]` (log-softmax, then the negative log-likelihood).
/// Its derivative is `∂L/∂z = (softmax(z) − onehot(t)) / batch` `[batch, classes]`.
/// A target outside `0..<classes` throws the error chapter 5 prints: PyTorch says
/// `IndexError: Target 2 is out of bounds.`; the cure is `LabelEncoder`. Introduced in §3.3.
public struct CrossEntropyLoss: CustomStringConvertible, Sendable {
  /// The loss with PyTorch's defaults (mean reduction, no weights, no smoothing).
  public init() {}

  /// `CrossEntropyLoss()`.
  public var description: String { "CrossEntropyLoss()" }

  /// The mean cross-entropy of `logits` `[batch, classes]` against `target` `[batch]`.
  /// - Throws: `ShapeError` naming both shapes when they do not fit; `LabelError`
  ///   naming the first target outside `0..<classes`, its position and the valid range.
  public func callAsFunction(_ logits: Tensor, _ target: LabelTensor) throws -> LossValue {
    guard logits.rank == 2, target.rank == 1, logits.shape[0] == target.count else {
      throw ShapeError(
        operation: "CrossEntropyLoss", shapes: [logits.shape, target.shape],
        reason: "expected logits [batch, classes] and targets [batch] with the same batch")
    }
    let (batch, classes) = (logits.shape[0], logits.shape[1])
    guard batch > 0, classes > 0 else {
      throw ShapeError(
        operation: "CrossEntropyLoss", shapes: [logits.shape, target.shape],
        reason: "the batch and the number of classes must be at least 1")
    }
    if let position = target.values.firstIndex(where: { $0 < 0 || $0 >= classes }) {
      let bad = target.values[position]
      throw LabelError(
        "CrossEntropyLoss: target \(bad) at position \(position) is out of bounds: class "
          + "indices must be in 0...\(classes - 1) for logits with \(classes) columns "
          + "(PyTorch: IndexError: Target \(bad) is out of bounds.). Map the labels to "
          + "0..<\(classes) first, e.g. with LabelEncoder.")
    }
    // log-softmax for the loss, softmax for its gradient, from the same exponentials
    let (softmax, logP) = try logits.softmaxes(dim: 1)  // [batch, classes] each
    let n = Double(batch)
    var total = 0.0
    // ∂L/∂z = (softmax − onehot) / batch
    var gradient = softmax / n  // [batch, classes]
    logP.scalars.withUnsafeBufferPointer { logP in
      gradient.scalars.withUnsafeMutableBufferPointer { gradient in
        target.values.withUnsafeBufferPointer { targets in
          for i in 0..<batch {
            let place = i * classes + targets[i]
            total -= logP[place]
            gradient[place] -= 1 / n
          }
        }
      }
    }
    return LossValue(value: total / n, gradient: gradient, gradFunction: "NllLossBackward0")
  }
}
