import Foundation

/// The activation functions of the workbook, with their derivatives.
///
/// | name | f(z) | f′ written with a = f(z) |
/// |---|---|---|
/// | identity | z | 1 |
/// | logistic | σ(z) = 1 / (1 + e^(−z)) | a(1 − a) |
/// | tanh | tanh z | 1 − a² |
/// | relu | max(0, z) | 1 if a > 0, else 0 (so f′(0) = 0, as sklearn and PyTorch) |
///
/// Writing each derivative from the *output* `a` (as sklearn's `_base.py` does) means
/// backpropagation needs only what the forward pass already kept. The raw names are
/// sklearn's strings, so `Activation(rawValue: "relu")` reads a model file.
/// Introduced in §1.3.
public enum Activation: String, CaseIterable, Sendable, Codable {
  case identity
  case logistic
  case tanh
  case relu

  /// f(z).
  @inlinable
  public func callAsFunction(_ z: Double) -> Double {
    switch self {
    case .identity: return z
    case .logistic: return 1 / (1 + Foundation.exp(-z))
    case .tanh: return Foundation.tanh(z)
    case .relu: return z > 0 ? z : 0
    }
  }

  /// f′(z), computed from the output `a = f(z)`.
  @inlinable
  public func derivative(fromOutput a: Double) -> Double {
    switch self {
    case .identity: return 1
    case .logistic: return a * (1 - a)
    case .tanh: return 1 - a * a
    case .relu: return a > 0 ? 1 : 0
    }
  }

  /// f′(z) at an input `z` (for tables and plots).
  public func derivative(at z: Double) -> Double { derivative(fromOutput: self(z)) }

  /// Applies f to every element.
  public func callAsFunction(_ z: Tensor) -> Tensor { z.map { self($0) } }

  /// Reads a name such as `"relu"`.
  /// - Throws: `ParameterError` listing the four valid names.
  public init(named name: String, parameter: String = "activation") throws {
    guard let activation = Activation(rawValue: name) else {
      throw ParameterError(
        parameter: parameter,
        expected: "one of "
          + Activation.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "),
        got: "'\(name)'")
    }
    self = activation
  }
}
