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
    let a = activation.applied(to: input)  // same shape as the input
    lastOutput = a
    return a
  }

  /// `∂L/∂z = ∂L/∂a ⊙ f′(z)`, with `f′` read off the kept output.
  public func backward(_ outputGradient: Tensor) throws -> Tensor {
    let a = try checkBackward(name, output: lastOutput, gradient: outputGradient)
    // chain rule, element by element: ∂L/∂z = ∂L/∂a · f′(z), f′ read off a = f(z)
    return activation.chained(outputGradient, output: a)
  }
}

extension Activation {
  /// `f` applied to every element, with the `switch` outside the loop.
  func applied(to z: Tensor) -> Tensor {
    switch self {
    case .identity: return z.map { Activation.identity($0) }
    case .logistic: return z.map { Activation.logistic($0) }
    case .tanh: return z.map { Activation.tanh($0) }
    case .relu: return z.map { Activation.relu($0) }
    }
  }

  /// `g ⊙ f′` with `f′` written from the output `a` (same shapes, checked by the caller),
  /// one multiplication per element as `g * a.map(derivative)`.
  func chained(_ g: Tensor, output a: Tensor) -> Tensor {
    switch self {
    case .identity:
      return Activation.zip(g, a) { g, a in g * Activation.identity.derivative(fromOutput: a) }
    case .logistic:
      return Activation.zip(g, a) { g, a in g * Activation.logistic.derivative(fromOutput: a) }
    case .tanh:
      return Activation.zip(g, a) { g, a in g * Activation.tanh.derivative(fromOutput: a) }
    case .relu:
      return Activation.zip(g, a) { g, a in g * Activation.relu.derivative(fromOutput: a) }
    }
  }

  /// `combine(g[i], a[i])` for every element, in `g`'s shape.
  @inline(__always)
  static func zip(_ g: Tensor, _ a: Tensor, _ combine: (Double, Double) -> Double) -> Tensor {
    let out = g.scalars.withUnsafeBufferPointer { gp in
      a.scalars.withUnsafeBufferPointer { ap in
        [Double](unsafeUninitializedCapacity: gp.count) { out, initialized in
          for i in 0..<gp.count { out[i] = combine(gp[i], ap[i]) }
          initialized = gp.count
        }
      }
    }
    return Tensor(unchecked: g.shape, out)
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
