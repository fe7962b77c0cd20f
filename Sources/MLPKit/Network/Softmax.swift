/// Softmax as an output layer for inference, PyTorch's `nn.Softmax(dim:)`.
///
/// Forward: `aᵢ = exp(zᵢ) / Σⱼ exp(zⱼ)` along `dim` (stable: see `Tensor.softmax`),
/// same shape as `z`, e.g. `[batch, classes]` with `dim: 1`. Backward (the Jacobian of
/// softmax applied to `g`): `∂L/∂zᵢ = aᵢ (gᵢ − Σⱼ gⱼ aⱼ)` along `dim`. Train with
/// `CrossEntropyLoss` on the logits instead: it fuses log-softmax and NLL, which is
/// both simpler and numerically safer. Introduced in §1.4.
public final class Softmax: Layer {
  /// The dimension the probabilities sum to 1 along (`-1` = last).
  public let dim: Int
  private var lastOutput: Tensor?

  /// Softmax along `dim`; PyTorch's classifiers use `dim: 1` on `[batch, classes]`.
  public init(dim: Int) { self.dim = dim }

  /// None: softmax has nothing to train.
  public var parameters: [Parameter] { [] }
  /// `Softmax(dim=1)`.
  public var description: String { "Softmax(dim=\(dim))" }

  /// The probabilities along `dim`, same shape as the input.
  public func forward(_ input: Tensor) throws -> Tensor {
    let a = try input.softmax(dim: dim)  // same shape, each lane sums to 1
    lastOutput = a
    return a
  }

  /// `a ⊙ (g − Σ g ⊙ a)` along `dim`.
  public func backward(_ outputGradient: Tensor) throws -> Tensor {
    let a = try checkBackward("Softmax", output: lastOutput, gradient: outputGradient)
    // Σⱼ gⱼ aⱼ per lane, kept as a column/row so it broadcasts back over the lane
    var s = try (outputGradient * a).sum(dim: dim)
    let d = try a.normalized(dim: dim, operation: "Softmax.backward")
    if a.rank == 2 && d == 1 { s = try s.reshaped([a.shape[0], 1]) }  // [batch, 1]
    return try a * (outputGradient - s)
  }
}
