/// A trainable tensor with its gradient, as PyTorch's `nn.Parameter` with `.grad`.
///
/// A reference type on purpose: the layer that uses the weights and the optimizer
/// that updates them hold the *same* `Parameter`, so `optimizer.step()` changes what
/// the next forward pass sees, exactly as in PyTorch. `gradient` is `nil` until a
/// backward pass reaches it and again after `zeroGrad()` (PyTorch's
/// `set_to_none=True`); each backward pass *adds* ∂L/∂value to it. Introduced in §3.2.
public final class Parameter: CustomStringConvertible {
  /// The qualified name, e.g. `hidden1.weight` once the layer sits in a `Sequential`.
  public internal(set) var name: String
  /// The current value, e.g. a weight `[out, in]` or a bias `[out]`.
  public var value: Tensor
  /// ∂L/∂value summed over every backward pass since the last `zeroGrad()`, same shape
  /// as `value`; `nil` when no backward pass has reached it.
  public var gradient: Tensor?

  /// A parameter called `name` holding `value`, with no gradient yet.
  public init(name: String, value: Tensor) {
    self.name = name
    self.value = value
  }

  /// The number of elements, as `p.numel()`.
  public var count: Int { value.count }
  /// The shape of `value`.
  public var shape: [Int] { value.shape }

  /// Adds `delta` to the gradient (creating it on the first backward pass), as autograd
  /// accumulates into `.grad`.
  /// - Throws: `ShapeError` when `delta` does not have the parameter's shape.
  public func accumulateGradient(_ delta: Tensor) throws {
    guard delta.shape == value.shape else {
      throw ShapeError(
        operation: "\(name).gradient", shapes: [value.shape, delta.shape],
        reason: "a gradient must have its parameter's shape")
    }
    if let gradient {
      self.gradient = try gradient + delta
    } else {
      gradient = delta
    }
  }

  /// Forgets the gradient (`p.grad = None`).
  public func zeroGrad() { gradient = nil }

  /// `Parameter(hidden1.weight, shape: [10, 2])`.
  public var description: String { "Parameter(\(name), shape: \(value.shape))" }
}
