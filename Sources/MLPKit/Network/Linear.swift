/// A fully connected layer, PyTorch's `nn.Linear`: `y = x • Wᵀ + b`.
///
/// Shapes: `x: [batch, in]`, `weight W: [out, in]` (PyTorch's layout, one row per
/// output neuron), `bias b: [out]`, `y: [batch, out]`. A 1-D input `[in]` gives `[out]`.
/// Backward, from `g = ∂L/∂y: [batch, out]`:
/// `∂L/∂W = gᵀ • x` `[out, in]`, `∂L/∂b = Σ_batch g` `[out]`, `∂L/∂x = g • W` `[batch, in]`.
/// The initialisers live in `Linear+Initialization.swift`. Introduced in §3.2.
public final class Linear: Layer {
  /// `W`, shape `[outFeatures, inFeatures]`, named `weight`.
  public let weight: Parameter
  /// `b`, shape `[outFeatures]`, named `bias`; `nil` for `bias: false`.
  public let bias: Parameter?
  /// The input size (columns of `x`).
  public var inFeatures: Int { weight.value.shape[1] }
  /// The output size (columns of `y`).
  public var outFeatures: Int { weight.value.shape[0] }

  /// The last input, kept for `∂L/∂W`.
  private var lastInput: Tensor?
  private var lastOutput: Tensor?

  /// A layer with explicit weights: `weight [out, in]` and an optional `bias [out]`.
  /// - Throws: `ShapeError` naming both shapes when they do not fit.
  public init(weight: Tensor, bias: Tensor?) throws {
    guard weight.rank == 2 else {
      throw ShapeError(
        operation: "Linear(weight:bias:)", shapes: [weight.shape],
        reason: "the weight must be 2-D [outFeatures, inFeatures]")
    }
    if let bias, bias.shape != [weight.shape[0]] {
      throw ShapeError(
        operation: "Linear(weight:bias:)", shapes: [weight.shape, bias.shape],
        reason: "the bias must be [\(weight.shape[0])], one number per output")
    }
    self.weight = Parameter(name: "weight", value: weight)
    self.bias = bias.map { Parameter(name: "bias", value: $0) }
  }

  /// `[weight, bias]` (or `[weight]`), PyTorch's registration order.
  public var parameters: [Parameter] { [weight] + (bias.map { [$0] } ?? []) }

  /// `Linear(in_features=2, out_features=10, bias=True)`.
  public var description: String {
    "Linear(in_features=\(inFeatures), out_features=\(outFeatures), bias=\(bias == nil ? "False" : "True"))"
  }

  /// `y = x • Wᵀ + b`: `[batch, in] → [batch, out]` (`[in] → [out]`).
  public func forward(_ input: Tensor) throws -> Tensor {
    let x = try asBatch(input)  // [batch, in]
    var y = try x.matmul(weight.value.transposed)  // [batch, out]
    if let bias { y = try y + bias.value }  // broadcast b over the rows
    lastInput = x
    lastOutput = y
    return input.rank == 1 ? try y.reshaped([outFeatures]) : y  // [out] for a 1-D input
  }

  /// Adds `gᵀ • x` to `weight.gradient` and `Σ_batch g` to `bias.gradient`; returns `g • W`.
  public func backward(_ outputGradient: Tensor) throws -> Tensor {
    let g2 =
      outputGradient.rank == 1
      ? try outputGradient.reshaped([1, outputGradient.count]) : outputGradient
    _ = try checkBackward("Linear", output: lastOutput, gradient: g2)
    guard let x = lastInput else { return outputGradient }
    // y = x Wᵀ + b  ⇒  ∂y/∂W picks the input row, ∂y/∂b = 1, ∂y/∂x = W
    try weight.accumulateGradient(try g2.transposed.matmul(x))  // [out, in]
    if let bias { try bias.accumulateGradient(try g2.sum(dim: 0)) }  // [out]
    let dx = try g2.matmul(weight.value)  // [batch, in]
    return outputGradient.rank == 1 ? try dx.reshaped([inFeatures]) : dx
  }

  /// The input as `[batch, in]`, or a `ShapeError` naming the input and weight shapes.
  private func asBatch(_ input: Tensor) throws -> Tensor {
    let x = input.rank == 1 ? try input.reshaped([1, input.count]) : input
    guard x.rank == 2, x.shape[1] == inFeatures else {
      throw ShapeError(
        operation: "Linear(in_features=\(inFeatures), out_features=\(outFeatures))",
        shapes: [input.shape, weight.value.shape],
        reason: "the input needs \(inFeatures) features per row ([batch, \(inFeatures)])")
    }
    return x
  }
}
