/// One step of a network: a forward map and its backward (chain-rule) map.
///
/// `forward(x)` computes the output and keeps what the derivative needs (the input
/// or the output). `backward(g)` takes `g = ∂L/∂output`, **adds** `∂L/∂parameter` into
/// each parameter's `gradient` (as `loss.backward()` accumulates into `.grad`) and
/// returns `∂L/∂input` for the layer before it. Backward always refers to the most
/// recent forward call. `description` is PyTorch's module repr, e.g.
/// `Linear(in_features=2, out_features=10, bias=True)`. Introduced in §3.2.
public protocol Layer: AnyObject, CustomStringConvertible {
  /// The output for `input`, e.g. `[batch, in] → [batch, out]`.
  func forward(_ input: Tensor) throws -> Tensor
  /// `∂L/∂input` from `∂L/∂output` (same shape as the last output); accumulates the
  /// parameters' gradients on the way.
  func backward(_ outputGradient: Tensor) throws -> Tensor
  /// Accumulates the parameters' gradients from `∂L/∂output` and forms no `∂L/∂input`:
  /// what `loss.backward()` does for the layer that reads the data, which needs no
  /// gradient. By default, `backward` with its result dropped.
  func backwardToParameters(_ outputGradient: Tensor) throws
  /// The trainable parameters, in PyTorch's registration order (weight, then bias).
  var parameters: [Parameter] { get }
}

extension Layer {
  public func backwardToParameters(_ outputGradient: Tensor) throws {
    _ = try backward(outputGradient)
  }

  /// `layer(x)` is `layer.forward(x)`, as calling a PyTorch module.
  public func callAsFunction(_ input: Tensor) throws -> Tensor { try forward(input) }

  /// The backward pass started by a loss: `∂L/∂output` is the loss's gradient.
  /// Every parameter of the layer gets its gradient; returns `∂L/∂input`.
  @discardableResult
  public func backward(_ loss: LossValue) throws -> Tensor { try backward(loss.gradient) }

  /// Sets every parameter's gradient to `nil`, as `model.zero_grad()`.
  public func zeroGrad() { parameters.forEach { $0.zeroGrad() } }

  /// The number of trainable numbers, `sum(p.numel() for p in model.parameters())`.
  public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }
}

/// The error a backward pass gives when there was no forward pass to go back through,
/// or when the incoming gradient does not have the last output's shape.
func checkBackward(_ layer: String, output: Tensor?, gradient: Tensor) throws -> Tensor {
  guard let output else {
    throw ShapeError(
      operation: "\(layer).backward", shapes: [gradient.shape],
      reason: "there is no forward pass to go back through; call the layer on an input first")
  }
  guard output.shape == gradient.shape else {
    throw ShapeError(
      operation: "\(layer).backward", shapes: [output.shape, gradient.shape],
      reason: "∂L/∂output must have the shape of the last output")
  }
  return output
}
