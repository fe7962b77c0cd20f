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
    MemoryReuse.enable()  // a model trains in loops that reuse their tensors' memory
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
    // x • Wᵀ without copying W transposed: the product reads W by rows; the bias is
    // added as each element is stored (the same two roundings as `matmul` then `+ b`)
    let y = Linear.product(x, weight.value, transposeB: true, bias: bias?.value)  // [batch, out]
    lastInput = x
    lastOutput = y
    return input.rank == 1 ? try y.reshaped([outFeatures]) : y  // [out] for a 1-D input
  }

  /// Adds `gᵀ • x` to `weight.gradient` and `Σ_batch g` to `bias.gradient`; returns `g • W`.
  public func backward(_ outputGradient: Tensor) throws -> Tensor {
    let g2 = try parameterGradients(outputGradient)
    // ∂y/∂x = W
    let dx = Linear.product(g2, weight.value)  // [batch, in]
    return outputGradient.rank == 1 ? try dx.reshaped([inFeatures]) : dx
  }

  /// `∂L/∂W` and `∂L/∂b` only (the first layer of a model: the data needs no gradient).
  public func backwardToParameters(_ outputGradient: Tensor) throws {
    _ = try parameterGradients(outputGradient)
  }

  /// Accumulates `∂L/∂W = gᵀx` and `∂L/∂b = Σ g`; returns `g` as a matrix.
  private func parameterGradients(_ outputGradient: Tensor) throws -> Tensor {
    let g2 =
      outputGradient.rank == 1
      ? try outputGradient.reshaped([1, outputGradient.count]) : outputGradient
    _ = try checkBackward("Linear", output: lastOutput, gradient: g2)
    guard let x = lastInput else { return g2 }
    // y = x Wᵀ + b  ⇒  ∂y/∂W picks the input row, ∂y/∂b = 1
    try weight.accumulateGradient(Linear.product(g2, x, transposeA: true))  // [out, in]
    if let bias { try bias.accumulateGradient(try g2.sum(dim: 0)) }  // [out]
    return g2
  }

  /// `op(a) • op(b) (+ bias)` for 2-D tensors whose shapes the caller has checked: the
  /// same fused sums as `matmul` on the transposed copy, without making the copy.
  static func product(
    _ a: Tensor, _ b: Tensor, transposeA: Bool = false, transposeB: Bool = false,
    bias: Tensor? = nil
  ) -> Tensor {
    let (n, k) = transposeA ? (a.shape[1], a.shape[0]) : (a.shape[0], a.shape[1])
    let m = transposeB ? b.shape[0] : b.shape[1]
    let out = a.scalars.withUnsafeBufferPointer { pa in
      b.scalars.withUnsafeBufferPointer { pb in
        (bias?.scalars ?? []).withUnsafeBufferPointer { pbias in
          [Double](unsafeUninitializedCapacity: n * m) { c, initialized in
            if let c0 = c.baseAddress {
              if k == 0 || pa.baseAddress == nil || pb.baseAddress == nil {
                c0.initialize(repeating: 0, count: n * m)
                if let b0 = pbias.baseAddress, bias != nil {
                  for i in 0..<n { for j in 0..<m { c0[i * m + j] = c0[i * m + j] + b0[j] } }
                }
              } else if let a0 = pa.baseAddress, let b0 = pb.baseAddress {
                let epilogue = bias.map { _ in MatrixProduct.Epilogue(bias: pbias.baseAddress) }
                MatrixProduct.gemm(
                  transposeA: transposeA, transposeB: transposeB, n: n, m: m, k: k, a: a0,
                  lda: a.shape[1], b: b0, ldb: b.shape[1], c: c0, ldc: m, epilogue: epilogue)
              }
            }
            initialized = n * m
          }
        }
      }
    }
    return Tensor(unchecked: [n, m], out)
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
