/// The activation functions as layers: `ReLU`, `Tanh`, `Sigmoid`, `Identity`.
///
/// Forward: `a = f(z)` element by element, same shape as `z`. Backward:
/// `∂L/∂z = ∂L/∂a ⊙ f′(z)`, with `f′` written from the kept output `a` (see
/// `Activation`): ReLU `1[a > 0]` (so ReLU′(0) = 0, as PyTorch's `grad * (out > 0)`),
/// tanh `1 − a²`, sigmoid `a(1 − a)`, identity `1`. They have no parameters.
/// Introduced in §1.3.
public class ActivationLayer: Layer {
  /// The function applied element by element.
  public let activation: Activation
  private let name: String
  private var lastOutput: Tensor?

  init(_ activation: Activation, name: String) {
    self.activation = activation
    self.name = name
  }

  /// None: an activation has nothing to train.
  public var parameters: [Parameter] { [] }
  /// `ReLU()`, as PyTorch prints it.
  public var description: String { "\(name)()" }

  /// `a = f(z)` element by element.
  public func forward(_ input: Tensor) throws -> Tensor {
    let a = activation(input)  // same shape as the input
    lastOutput = a
    return a
  }

  /// `∂L/∂z = ∂L/∂a ⊙ f′(z)`, with `f′` read off the kept output.
  public func backward(_ outputGradient: Tensor) throws -> Tensor {
    let a = try checkBackward(name, output: lastOutput, gradient: outputGradient)
    // chain rule, element by element: ∂L/∂z = ∂L/∂a · f′(z), f′ read off a = f(z)
    return try outputGradient * a.map { activation.derivative(fromOutput: $0) }
  }
}

/// `max(0, z)`, PyTorch's `nn.ReLU()`; derivative `1[a > 0]`. Introduced in §1.3.
public final class ReLU: ActivationLayer {
  /// A ReLU layer.
  public init() { super.init(.relu, name: "ReLU") }
}

/// `tanh z`, PyTorch's `nn.Tanh()`; derivative `1 − a²`. Introduced in §1.3.
public final class Tanh: ActivationLayer {
  /// A tanh layer.
  public init() { super.init(.tanh, name: "Tanh") }
}

/// `σ(z) = 1 / (1 + e^(−z))`, PyTorch's `nn.Sigmoid()`; derivative `a(1 − a)`.
/// Introduced in §1.3.
public final class Sigmoid: ActivationLayer {
  /// A sigmoid layer.
  public init() { super.init(.logistic, name: "Sigmoid") }
}

/// `z` unchanged, PyTorch's `nn.Identity()`; derivative 1. Introduced in §1.3.
public final class Identity: ActivationLayer {
  /// An identity layer.
  public init() { super.init(.identity, name: "Identity") }
}
