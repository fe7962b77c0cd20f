import Foundation

extension MLPClassifier {
  /// A warning in sklearn's words, e.g. category `ConvergenceWarning` with message
  /// `Stochastic Optimizer: Maximum iterations (200) reached and the optimization
  /// hasn't converged yet.` Training goes on (or ends normally) after a warning.
  /// Introduced in §2.3.
  public struct Warning: Equatable, Sendable, CustomStringConvertible {
    /// Python's warning class: `ConvergenceWarning` or `UserWarning`.
    public let category: String
    /// The text, which may span several lines (L-BFGS's warning does).
    public let message: String

    /// A warning of `category` (a Python warning class name) saying `message`.
    public init(category: String, message: String) {
      self.category = category
      self.message = message
    }

    /// `Category: message`, the line the default sink prints.
    public var description: String { "\(category): \(message)" }
  }

  /// The default warning sink: `Category: message` on standard error.
  /// Introduced in §2.3.
  public static func printWarning(_ warning: Warning) {
    FileHandle.standardError.write(Data((warning.description + "\n").utf8))
  }

  /// The default verbose sink: the line on standard output. Introduced in §2.3.
  public static func printLine(_ line: String) {
    print(line)
  }

  /// sklearn's ConvergenceWarning after `maxIter` epochs of SGD or Adam.
  static func maxIterationsWarning(_ maxIter: Int) -> Warning {
    Warning(
      category: "ConvergenceWarning",
      message:
        "Stochastic Optimizer: Maximum iterations (\(maxIter)) reached and the optimization hasn't converged yet."
    )
  }

  /// sklearn's UserWarning when `batchSize` exceeds the training samples.
  static let batchSizeClippedWarning = Warning(
    category: "UserWarning",
    message:
      "Got `batch_size` less than 1 or larger than sample size. It is going to be clipped")

  /// sklearn's `_check_optimize_result` warning when L-BFGS stops short.
  static func lbfgsWarning(iterations: Int, status: Int, message: String, maxIter: Int)
    -> Warning
  {
    var text = "lbfgs failed to converge after \(iterations) iteration(s) (status=\(status)):\n"
    text += message + "\n"
    if iterations == maxIter {
      text +=
        "\nIncrease the number of iterations to improve the convergence (max_iter=\(maxIter))."
    }
    text += "\nYou might also want to scale the data as shown in:\n"
    text += "    https://scikit-learn.org/stable/modules/preprocessing.html"
    return Warning(category: "ConvergenceWarning", message: text)
  }

  /// `Iteration N, loss = x.xxxxxxxx`.
  static func iterationLine(_ iteration: Int, loss: Double) -> String {
    "Iteration \(iteration), loss = " + String(format: "%.8f", loss)
  }
}
