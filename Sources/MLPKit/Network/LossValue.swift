import Foundation

/// The result of a loss function: the number and where the backward pass starts.
///
/// `value` is the mean loss `L` (what `loss.item()` prints); `gradient` is `∂L/∂input`
/// with the input's shape, e.g. `(softmax(z) − onehot(t)) / batch` `[batch, classes]`
/// for cross-entropy on logits `z`. There is no hidden tape: hand it to the model,
/// `try model.backward(loss)` (or `try loss.backward(through: model)`), and every
/// parameter gets its gradient. Introduced in §3.3.
public struct LossValue: CustomStringConvertible, Sendable {
  /// The loss, a mean over the batch.
  public let value: Double
  /// `∂L/∂input`, same shape as the loss's input.
  public let gradient: Tensor
  /// The name PyTorch shows as `grad_fn`, e.g. `NllLossBackward0`.
  public let gradFunction: String

  /// A loss value with its gradient.
  public init(value: Double, gradient: Tensor, gradFunction: String) {
    self.value = value
    self.gradient = gradient
    self.gradFunction = gradFunction
  }

  /// The number, as `loss.item()`.
  public var item: Double { value }

  /// Runs the backward pass through `model`: as `loss.backward()` in PyTorch, every
  /// parameter's gradient and no gradient for the data (as a tensor that does not
  /// require one). `model.backward(loss)` also returns `∂L/∂x`.
  public func backward(through model: any Layer) throws {
    try model.backwardToParameters(gradient)
  }

  /// `tensor(0.7237, grad_fn=<NllLossBackward0>)`, as `print(loss)`: the 0-D tensor's
  /// text with PyTorch's `grad_fn` suffix inside the parentheses.
  public var description: String {
    String(Tensor(scalar: value).description.dropLast()) + ", grad_fn=<\(gradFunction)>)"
  }
}
