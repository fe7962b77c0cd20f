extension MLPClassifier {
  /// How the weights are optimised: sklearn's `solver`.
  ///
  /// `.adam` and `.sgd` walk over shuffled minibatches for `maxIter` epochs;
  /// `.lbfgs` is the full-batch quasi-Newton method, counting `maxIter` iterations.
  /// The raw values are sklearn's strings. Introduced in §2.2.
  public enum Solver: String, CaseIterable, Sendable, Codable {
    /// Full-batch limited-memory BFGS.
    case lbfgs
    /// Minibatch SGD with momentum (sklearn's velocity form).
    case sgd
    /// Minibatch Adam (sklearn's form: ε on the raw √v).
    case adam

    /// Reads sklearn's name (`"adam"`, `"sgd"`, `"lbfgs"`).
    /// - Throws: `ParameterError` listing the valid names.
    public init(named name: String) throws {
      self = try parseOption(name, parameter: "solver")
    }

    /// True for the minibatch solvers, the only ones with epochs and `partialFit`.
    public var isStochastic: Bool { self != .lbfgs }
  }

  /// How SGD's step size changes over training: sklearn's `learning_rate`.
  ///
  /// `.constant` keeps `learningRateInit`; `.invscaling` sets
  /// `lr = learningRateInit / (t + 1)^powerT` after each epoch (t = samples seen);
  /// `.adaptive` divides the rate by 5 each time the loss (or validation score) stalls
  /// for `nIterNoChange` epochs, and stops once it is at most 1e-6. Adam ignores it.
  /// Introduced in §2.2.
  public enum LearningRateSchedule: String, CaseIterable, Sendable, Codable {
    /// `learningRateInit` throughout.
    case constant
    /// `learningRateInit / (t + 1)^powerT` after each epoch.
    case invscaling
    /// Divided by 5 whenever progress stalls.
    case adaptive

    /// Reads sklearn's name (`"constant"`, `"invscaling"`, `"adaptive"`).
    /// - Throws: `ParameterError` listing the valid names.
    public init(named name: String) throws {
      self = try parseOption(name, parameter: "learningRate")
    }
  }

  /// The minibatch size: sklearn's `batch_size`.
  ///
  /// `.auto` means `min(200, n)`. A size above `n` is clipped to `n`, with sklearn's
  /// warning. `MLPClassifier(batchSize: 32)` works through the integer literal.
  /// Introduced in §2.2.
  public enum BatchSize: Equatable, Sendable, Codable, ExpressibleByIntegerLiteral,
    CustomStringConvertible
  {
    /// `min(200, n)`.
    case auto
    /// A fixed size, clipped to `n`.
    case size(Int)

    /// `batchSize: 32` means `.size(32)`.
    public init(integerLiteral value: Int) { self = .size(value) }

    /// Reads `"auto"` or a whole number such as `"64"`.
    /// - Throws: `ParameterError` for anything else.
    public init(named text: String) throws {
      if text == "auto" {
        self = .auto
      } else if let size = Int(text), size >= 1 {
        self = .size(size)
      } else {
        throw ParameterError(
          parameter: "batchSize", expected: "'auto' or an integer in [1, ∞)", got: "'\(text)'")
      }
    }

    /// `auto` or the number, as sklearn writes it.
    public var description: String {
      switch self {
      case .auto: return "auto"
      case .size(let size): return "\(size)"
      }
    }

    /// The size used for `n` training samples, and whether it had to be clipped.
    func resolved(samples n: Int) -> (size: Int, clipped: Bool) {
      switch self {
      case .auto: return (Swift.min(200, n), false)
      case .size(let size): return (Swift.min(Swift.max(size, 1), n), size > n || size < 1)
      }
    }
  }
}

/// Parses one of an enum's raw values, or throws a `ParameterError` listing them all.
private func parseOption<T: RawRepresentable & CaseIterable>(
  _ name: String, parameter: String
) throws -> T where T.RawValue == String {
  guard let value = T(rawValue: name) else {
    throw ParameterError(
      parameter: parameter,
      expected: "one of " + T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "),
      got: "'\(name)'")
  }
  return value
}
