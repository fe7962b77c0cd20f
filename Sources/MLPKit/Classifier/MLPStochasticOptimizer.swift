import Foundation
import MLPKernels

/// sklearn's own Adam and SGD (`_stochastic_optimizers.py`), which are not PyTorch's.
///
/// **Adam** (t counts minibatches): `m ← β₁m + (1−β₁)g`, `v ← β₂v + (1−β₂)g²`,
/// `lr_t = lr·√(1−β₂ᵗ)/(1−β₁ᵗ)`, `θ ← θ − lr_t·m/(√v + ε)`, with ε added to the
/// *uncorrected* `√v`. **SGD** keeps the learning rate inside the velocity:
/// `v ← μv − lr·g`, then `θ ← θ + v` (plain) or `θ ← θ + μv − lr·g` (Nesterov).
/// Parameters and moments are listed coefs first, then intercepts, as sklearn's
/// `coefs_ + intercepts_`. Introduced in §2.4.
struct MLPStochasticOptimizer {
  enum Kind: Equatable {
    case adam(beta1: Double, beta2: Double, epsilon: Double)
    case sgd(
      momentum: Double, nesterov: Bool, schedule: MLPClassifier.LearningRateSchedule,
      powerT: Double)
  }

  let kind: Kind
  let learningRateInit: Double
  /// The current step size: Adam's `lr_t`, or SGD's (possibly scheduled) rate.
  private(set) var learningRate: Double
  /// Adam's step count (minibatches since this optimizer was made).
  private(set) var t = 0
  /// Adam's first moments, or SGD's velocities.
  private var first: [[Double]]
  /// Adam's second moments (empty for SGD).
  private var second: [[Double]]

  init(kind: Kind, learningRateInit: Double, shapes: [Int]) {
    self.kind = kind
    self.learningRateInit = learningRateInit
    self.learningRate = learningRateInit
    first = shapes.map { [Double](repeating: 0, count: $0) }
    if case .adam = kind {
      second = shapes.map { [Double](repeating: 0, count: $0) }
    } else {
      second = []
    }
  }

  /// One update of every weight and bias from the gradients in `buffers`
  /// (`update_params`); parameter `p` is `coefs[p]`, then `intercepts[p − depth]`.
  mutating func update(_ network: inout MLPNetwork, _ buffers: MLPBackpropBuffers) {
    if case .adam(let beta1, let beta2, _) = kind {
      t += 1
      learningRate =
        learningRateInit * (1 - pow(beta2, Double(t))).squareRoot() / (1 - pow(beta1, Double(t)))
    }
    let depth = network.depth
    for p in 0..<(2 * depth) {
      if p < depth {
        step(&network.coefs[p], buffers.coefGrad(p), parameter: p)
      } else {
        step(&network.intercepts[p - depth], buffers.interceptGrad(p - depth), parameter: p)
      }
    }
  }

  /// Updates one parameter array in place (the loops are in `MLPKernels`, operation
  /// for operation as written in the type comment).
  private mutating func step(
    _ theta: inout [Double], _ grad: UnsafeMutablePointer<Double>, parameter p: Int
  ) {
    let count = theta.count
    theta.withUnsafeMutableBufferPointer { theta in
      first[p].withUnsafeMutableBufferPointer { first in
        guard let t0 = theta.baseAddress, let m0 = first.baseAddress else { return }
        switch kind {
        case .adam(let beta1, let beta2, let epsilon):
          second[p].withUnsafeMutableBufferPointer { second in
            guard let v0 = second.baseAddress else { return }
            mlpk_adam_sklearn(t0, grad, m0, v0, count, beta1, beta2, -learningRate, epsilon)
          }
        case .sgd(let momentum, let nesterov, _, _):
          mlpk_sgd_sklearn(t0, grad, m0, count, momentum, learningRate, nesterov ? 1 : 0)
        }
      }
    }
  }

  /// End-of-epoch hook (`iteration_ends`): invscaling sets
  /// `lr = lr_init / (samplesSeen + 1)^power_t`.
  mutating func epochEnded(samplesSeen: Int) {
    if case .sgd(_, _, .invscaling, let powerT) = kind {
      learningRate = learningRateInit / pow(Double(samplesSeen + 1), powerT)
    }
  }

  /// What to do after too many epochs without improvement (`trigger_stopping`):
  /// returns whether to stop and the line verbose mode prints. Only SGD's adaptive
  /// schedule carries on, dividing the rate by 5 until it is at most 1e-6.
  mutating func triggerStopping(_ message: String) -> (stop: Bool, line: String) {
    guard case .sgd(_, _, .adaptive, _) = kind else { return (true, message + " Stopping.") }
    if learningRate <= 1e-6 { return (true, message + " Learning rate too small. Stopping.") }
    learningRate /= 5
    return (false, message + " Setting learning rate to " + String(format: "%f", learningRate))
  }
}
