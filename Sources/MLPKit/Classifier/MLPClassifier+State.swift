extension MLPClassifier {
  /// The output layer's activation: sklearn's `out_activation_`.
  /// Introduced in §1.4.
  public enum OutputActivation: String, Sendable, Codable {
    /// One sigmoid unit, `p = P(classes[1])`: two classes (or a single one).
    case logistic
    /// `K` units, `pₖ = exp(zₖ) / Σⱼ exp(zⱼ)`: three classes or more.
    case softmax
  }

  /// What the stochastic optimizer holds right now, for teaching: Adam's step count
  /// `t` and its current `lr_t`, or SGD's current learning rate. Introduced in §2.6.
  public struct OptimizerState: Equatable, Sendable {
    /// `.adam` or `.sgd`.
    public let solver: Solver
    /// The step size the next update uses (Adam: `lr·√(1−β₂ᵗ)/(1−β₁ᵗ)` of the last step).
    public let learningRate: Double
    /// Adam's minibatch step count (`nil` for SGD).
    public let t: Int?

    /// A state as `optimizerState` reports it.
    public init(solver: Solver, learningRate: Double, t: Int?) {
      self.solver = solver
      self.learningRate = learningRate
      self.t = t
    }
  }

  /// True once `fit` or `partialFit` has succeeded at least once.
  public var isFitted: Bool { network != nil }

  /// The weight matrices, `coefs[i]: [units[i], units[i+1]]` (sklearn's `coefs_`).
  public var coefs: [Tensor] {
    guard let network else { return [] }
    return network.coefs.indices.map {
      Tensor(unchecked: [network.layerUnits[$0], network.layerUnits[$0 + 1]], network.coefs[$0])
    }
  }

  /// The bias vectors, `intercepts[i]: [units[i+1]]` (sklearn's `intercepts_`).
  public var intercepts: [Tensor] {
    network?.intercepts.map { Tensor($0) } ?? []
  }

  /// `.logistic` or `.softmax` once fitted.
  public var outActivation: OutputActivation? {
    network.map { $0.outputIsLogistic ? .logistic : .softmax }
  }

  /// The stochastic optimizer's state, or `nil` (L-BFGS, or not fitted yet).
  public var optimizerState: OptimizerState? {
    guard let optimizer else { return nil }
    switch optimizer.kind {
    case .adam:
      return OptimizerState(solver: .adam, learningRate: optimizer.learningRate, t: optimizer.t)
    case .sgd:
      return OptimizerState(solver: .sgd, learningRate: optimizer.learningRate, t: nil)
    }
  }
}
