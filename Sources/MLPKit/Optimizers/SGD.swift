/// Stochastic gradient descent in PyTorch's form, `torch.optim.SGD`.
///
/// Per parameter `p` with gradient `g`, in PyTorch's order:
/// `g ← g + weightDecay·p`; with momentum `μ`: `buf ← g` on the first step, else
/// `buf ← μ·buf + (1 − dampening)·g`; then `g ← g + μ·buf` (nesterov) or `g ← buf`;
/// finally `p ← p − lr·g`. (sklearn keeps `lr` inside its velocity instead; for a
/// constant `lr` the two agree.) Introduced in §3.5.
public final class SGD: Optimizer {
  /// The parameters updated, in the order given.
  public let parameters: [Parameter]
  /// The learning rate, ≥ 0.
  public let lr: Double
  /// μ, the weight of the previous buffer (0 = plain gradient descent).
  public let momentum: Double
  /// How much of the new gradient is held back from the buffer (after the first step).
  public let dampening: Double
  /// The L2 factor added to the gradient: `g + weightDecay·p`.
  public let weightDecay: Double
  /// Whether the step looks ahead: `g + μ·buf` instead of `buf`.
  public let nesterov: Bool
  private var buffers: [ObjectIdentifier: Tensor] = [:]

  /// `SGD(params, lr, momentum=0, dampening=0, weight_decay=0, nesterov=False)`.
  /// - Throws: `ParameterError` with PyTorch's message for `lr < 0`, `momentum < 0`,
  ///   `weightDecay < 0`, nesterov without momentum or with dampening, an empty list.
  public init(
    _ parameters: [Parameter], lr: Double, momentum: Double = 0, dampening: Double = 0,
    weightDecay: Double = 0, nesterov: Bool = false
  ) throws {
    try requireParameterList(parameters, "SGD")
    try requireHyperparameter(
      lr >= 0, "SGD", "lr", "≥ 0", torch: "Invalid learning rate: \(lr)", got: lr)
    try requireHyperparameter(
      momentum >= 0, "SGD", "momentum", "≥ 0", torch: "Invalid momentum value: \(momentum)",
      got: momentum)
    try requireHyperparameter(
      weightDecay >= 0, "SGD", "weightDecay", "≥ 0",
      torch: "Invalid weight_decay value: \(weightDecay)", got: weightDecay)
    if nesterov && (momentum <= 0 || dampening != 0) {
      throw ParameterError(
        parameter: "SGD nesterov",
        expected: "used with momentum > 0 and dampening 0 (PyTorch: ValueError: Nesterov "
          + "momentum requires a momentum and zero dampening)",
        got: "momentum \(momentum), dampening \(dampening)")
    }
    self.parameters = parameters
    self.lr = lr
    self.momentum = momentum
    self.dampening = dampening
    self.weightDecay = weightDecay
    self.nesterov = nesterov
  }

  /// The momentum buffer of `parameter` (`state[p]["momentum_buffer"]`), `nil` before
  /// its first step or without momentum.
  public func momentumBuffer(of parameter: Parameter) -> Tensor? {
    buffers[ObjectIdentifier(parameter)]
  }

  /// One SGD step for every parameter that has a gradient (see the type's maths).
  public func step() throws {
    for p in parameters {  // update
      guard var g = try gradientToApply(p, "SGD") else { continue }
      if weightDecay != 0 { g = try g + weightDecay * p.value }
      if momentum != 0 {
        let key = ObjectIdentifier(p)
        var buf = g
        if let previous = buffers[key] {
          guard previous.shape == g.shape else {
            throw ShapeError(
              operation: "SGD.step() on \(p.name)", shapes: [previous.shape, g.shape],
              reason: "the parameter changed shape since SGD's last step; make a new optimizer")
          }
          buf = try previous * momentum + (1 - dampening) * g
        }
        buffers[key] = buf
        g = nesterov ? try g + momentum * buf : buf
      }
      p.value = try p.value + (-lr) * g
    }
  }
}
