import Foundation

/// Adam in PyTorch's form, `torch.optim.Adam`, following its single-tensor CPU step.
///
/// Per parameter, with step count `t` (its own, starting at 1):
/// ```
/// g ← g + weightDecay·p                  (or p ← p·(1 − lr·weightDecay) when decoupled: AdamW)
/// m ← m + (1 − β₁)(g − m)                 (lerp: β₁m + (1 − β₁)g)
/// v ← β₂v + (1 − β₂)g²
/// p ← p − (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)     (amsgrad: max of all v so far)
/// ```
/// ε is added to the bias-corrected `√v̂`; sklearn's `MLPClassifier` adds it to the raw
/// `√v` (§2.4), so the two differ when gradients are tiny. Introduced in §3.5.
public final class Adam: Optimizer {
  /// What Adam remembers for one parameter (`optimizer.state[p]`), for teaching.
  public struct State: Sendable {
    /// The number of steps this parameter has taken.
    public internal(set) var step: Int
    /// The first moment `m` (`exp_avg`), shape of the parameter.
    public internal(set) var m: Tensor
    /// The second moment `v` (`exp_avg_sq`), shape of the parameter.
    public internal(set) var v: Tensor
    /// The running maximum of `v` (`max_exp_avg_sq`), only with `amsgrad`.
    public internal(set) var vMax: Tensor?
  }

  /// The parameters updated, in the order given.
  public let parameters: [Parameter]
  /// The learning rate, ≥ 0.
  public let lr: Double
  /// (β₁, β₂): the decay rates of `m` and `v`, each in [0, 1).
  public let betas: (Double, Double)
  /// ε, added to `√v̂` so the step never divides by zero.
  public let eps: Double
  /// The L2 factor: added to the gradient, or (decoupled) shrinking `p` directly.
  public let weightDecay: Double
  /// AdamW's form: `p ← p·(1 − lr·weightDecay)` instead of `g ← g + weightDecay·p`.
  public let decoupledWeightDecay: Bool
  /// Use the largest `v` seen so far in the denominator (AMSGrad).
  public let amsgrad: Bool
  private var states: [ObjectIdentifier: State] = [:]

  /// `Adam(params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, amsgrad=False,
  /// decoupled_weight_decay=False)`.
  /// - Throws: `ParameterError` with PyTorch's message unless `lr ≥ 0`, `eps ≥ 0`,
  ///   `β₁, β₂ ∈ [0, 1)`, `weightDecay ≥ 0`, and the list is not empty.
  public init(
    _ parameters: [Parameter], lr: Double = 1e-3, betas: (Double, Double) = (0.9, 0.999),
    eps: Double = 1e-8, weightDecay: Double = 0, decoupledWeightDecay: Bool = false,
    amsgrad: Bool = false
  ) throws {
    try requireParameterList(parameters, "Adam")
    try requireHyperparameter(
      lr >= 0, "Adam", "lr", "≥ 0", torch: "Invalid learning rate: \(lr)", got: lr)
    try requireHyperparameter(
      eps >= 0, "Adam", "eps", "≥ 0", torch: "Invalid epsilon value: \(eps)", got: eps)
    try requireHyperparameter(
      betas.0 >= 0 && betas.0 < 1, "Adam", "betas.0", "in [0, 1)",
      torch: "Invalid beta parameter at index 0: \(betas.0)", got: betas.0)
    try requireHyperparameter(
      betas.1 >= 0 && betas.1 < 1, "Adam", "betas.1", "in [0, 1)",
      torch: "Invalid beta parameter at index 1: \(betas.1)", got: betas.1)
    try requireHyperparameter(
      weightDecay >= 0, "Adam", "weightDecay", "≥ 0",
      torch: "Invalid weight_decay value: \(weightDecay)", got: weightDecay)
    self.parameters = parameters
    self.lr = lr
    self.betas = betas
    self.eps = eps
    self.weightDecay = weightDecay
    self.decoupledWeightDecay = decoupledWeightDecay
    self.amsgrad = amsgrad
  }

  /// Adam's memory for `parameter`: `nil` until its first step.
  public func state(of parameter: Parameter) -> State? { states[ObjectIdentifier(parameter)] }

  /// One Adam step for every parameter that has a gradient (see the type's maths).
  public func step() throws {
    let (beta1, beta2) = betas
    for p in parameters {  // update
      guard let grad = try gradientToApply(p, "Adam") else { continue }
      let key = ObjectIdentifier(p)
      // taken out of the dictionary so that its arrays are updated in place, not copied
      var s =
        states.removeValue(forKey: key)
        ?? State(
          step: 0, m: p.value.map { _ in 0 }, v: p.value.map { _ in 0 },
          vMax: amsgrad ? p.value.map { _ in 0 } : nil)
      guard s.m.shape == p.value.shape else {
        states[key] = s
        throw ShapeError(
          operation: "Adam.step() on \(p.name)", shapes: [s.m.shape, p.value.shape],
          reason: "the parameter changed shape since Adam's last step; make a new optimizer")
      }
      s.step += 1
      var g = grad.scalars
      if weightDecay != 0 {
        if decoupledWeightDecay {
          let factor = 1 - lr * weightDecay
          p.value.scalars.withUnsafeMutableBufferPointer { value in
            for i in value.indices { value[i] *= factor }
          }
        } else {
          p.value.scalars.withUnsafeBufferPointer { value in
            for i in g.indices { g[i] += weightDecay * value[i] }
          }
        }
      }
      // torch's step, operation for operation, so float64 results agree to ~1 ulp
      let t = Double(s.step)
      let biasCorrection1 = 1 - pow(beta1, t)
      let biasCorrection2Sqrt = pow(1 - pow(beta2, t), 0.5)
      let stepSize = lr / biasCorrection1
      var vMax = s.vMax?.scalars ?? []  // empty without amsgrad
      s.vMax = nil
      g.withUnsafeBufferPointer { g in
        p.value.scalars.withUnsafeMutableBufferPointer { value in
          s.m.scalars.withUnsafeMutableBufferPointer { m in
            s.v.scalars.withUnsafeMutableBufferPointer { v in
              vMax.withUnsafeMutableBufferPointer { vMax in
                for i in value.indices {
                  m[i] = Adam.lerp(m[i], g[i], weight: 1 - beta1)
                  v[i] = v[i] * beta2 + (1 - beta2) * g[i] * g[i]
                  var second = v[i]
                  if amsgrad {
                    vMax[i] = Swift.max(vMax[i], v[i])
                    second = vMax[i]
                  }
                  let denominator = second.squareRoot() / biasCorrection2Sqrt + eps
                  value[i] = value[i] + (-stepSize) * m[i] / denominator
                }
              }
            }
          }
        }
      }
      if amsgrad { s.vMax = Tensor(unchecked: p.value.shape, vMax) }
      states[key] = s
    }
  }

  /// PyTorch's vectorised `lerp`: `start + w·(end − start)` as one fused multiply-add
  /// when `w < 0.5`, else `end + (w − 1)·(end − start)`.
  static func lerp(_ start: Double, _ end: Double, weight w: Double) -> Double {
    abs(w) < 0.5
      ? start.addingProduct(w, end - start) : end.addingProduct(w - 1, end - start)
  }
}
