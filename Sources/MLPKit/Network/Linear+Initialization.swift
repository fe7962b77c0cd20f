import Foundation

/// The two ways a `Linear` layer draws its starting weights.
///
/// - PyTorch's default, `kaiming_uniform_(W, a=√5)` then a uniform bias:
///   `gain = √(2 / (1 + a²))`, `std = gain / √fan_in`, `bound = √3 · std` (= 1/√fan_in),
///   `W ~ U(−bound, bound)` row-major, then `b ~ U(−1/√fan_in, 1/√fan_in)`, each draw a
///   `float32` from `TorchGenerator`. The bound is computed in `Double` with exactly
///   PyTorch's operations so that its rounding to `float32` agrees bit for bit.
/// - sklearn's Glorot uniform: `bound = √(6 / (fan_in + fan_out))` (`√(2 / …)` for a
///   logistic activation), drawn from `RandomState` as `MLPClassifier` does: the
///   coefficient matrix `[in, out]` row-major, then the intercepts with the same bound.
///   Our weight is the transpose, `[out, in]`.
///
/// Introduced in §3.2 (PyTorch) and §2.5 (sklearn).
extension Linear {
  /// A layer initialised as `nn.Linear(inFeatures, outFeatures, bias=bias)` right after
  /// the generator's state: `torch.manual_seed(0)` then `Linear(2, 10)` is
  /// `var g = TorchGenerator(manualSeed: 0); try Linear(2, 10, generator: &g)`.
  /// - Throws: `ParameterError` unless both sizes are ≥ 1.
  public convenience init(
    _ inFeatures: Int, _ outFeatures: Int, bias: Bool = true, generator: inout TorchGenerator
  ) throws {
    try Linear.checkSizes(inFeatures, outFeatures)
    let (weightBound, biasBound) = Linear.torchBounds(fanIn: inFeatures)
    let w = generator.uniform(from: -weightBound, to: weightBound, count: outFeatures * inFeatures)
    let b = bias ? generator.uniform(from: -biasBound, to: biasBound, count: outFeatures) : nil
    try self.init(
      weight: Tensor(shape: [outFeatures, inFeatures], scalars: w),  // [out, in]
      bias: b.map { Tensor($0) })  // [out]
  }

  /// A layer initialised with sklearn's Glorot uniform form from `randomState`
  /// (`activation` picks the factor: 2 for `.logistic`, 6 otherwise).
  /// - Throws: `ParameterError` unless both sizes are ≥ 1.
  public convenience init(
    _ inFeatures: Int, _ outFeatures: Int, bias: Bool = true,
    glorotUniform randomState: inout RandomState, activation: Activation = .relu
  ) throws {
    try Linear.checkSizes(inFeatures, outFeatures)
    let bound = Linear.glorotBound(fanIn: inFeatures, fanOut: outFeatures, activation: activation)
    // sklearn draws coef_ as [in, out]; PyTorch's layout is its transpose
    let coef = try Tensor(
      shape: [inFeatures, outFeatures],
      scalars: randomState.uniform(low: -bound, high: bound, count: inFeatures * outFeatures))
    let b = bias ? randomState.uniform(low: -bound, high: bound, count: outFeatures) : nil
    try self.init(weight: coef.transposed, bias: b.map { Tensor($0) })  // [out, in]
  }

  /// PyTorch's weight and bias bounds for `fan_in`, in its exact order of operations.
  public static func torchBounds(fanIn: Int) -> (weight: Double, bias: Double) {
    let a = 5.0.squareRoot()
    let gain = (2.0 / (1 + a * a)).squareRoot()  // calculate_gain("leaky_relu", √5)
    let std = gain / Double(fanIn).squareRoot()
    let bound = 3.0.squareRoot() * std
    return (bound, 1 / Double(fanIn).squareRoot())
  }

  /// sklearn's Glorot bound `√(factor / (fan_in + fan_out))`.
  public static func glorotBound(fanIn: Int, fanOut: Int, activation: Activation) -> Double {
    let factor = activation == .logistic ? 2.0 : 6.0
    return (factor / (Double(fanIn) + Double(fanOut))).squareRoot()  // no Int overflow
  }

  private static func checkSizes(_ inFeatures: Int, _ outFeatures: Int) throws {
    for (name, value) in [("inFeatures", inFeatures), ("outFeatures", outFeatures)] where value < 1
    {
      throw ParameterError(parameter: "Linear \(name)", expected: "an integer ≥ 1", got: "\(value)")
    }
    // the weight is [out, in]: a mistyped size must not overflow or exhaust memory
    let (count, overflow) = inFeatures.multipliedReportingOverflow(by: outFeatures)
    guard !overflow, count <= Tensor.maxElementCount else {
      throw ParameterError(
        parameter: "Linear inFeatures × outFeatures",
        expected: "at most \(Tensor.maxElementCount) weights",
        got: "\(inFeatures) × \(outFeatures)")
    }
  }
}
