import Foundation
import MLPKit

/// How every subcommand ends on a user error: one line `error: …` on stderr and exit
/// status 1, never a trap (`MLPCommand.main` prints it). Library messages name
/// parameters in Swift casing (`learningRateInit`); here they are rewritten to the flag
/// the user typed (`--learning-rate-init`).
enum CommandFailure {
  /// The flag for each parameter name the library may report.
  static let flags: [String: String] = [
    "hiddenLayerSizes": "--hidden", "activation": "--activation", "solver": "--solver",
    "alpha": "--alpha", "batchSize": "--batch-size", "learningRate": "--learning-rate",
    "learningRateInit": "--learning-rate-init", "powerT": "--power-t", "maxIter": "--max-iter",
    "shuffle": "--no-shuffle", "randomState": "--seed", "tol": "--tol", "momentum": "--momentum",
    "nesterovsMomentum": "--nesterovs-momentum", "earlyStopping": "--early-stopping",
    "validationFraction": "--validation-fraction", "beta1": "--beta-1", "beta2": "--beta-2",
    "epsilon": "--epsilon", "nIterNoChange": "--n-iter-no-change", "maxFun": "--max-fun",
    "verbose": "--verbose", "testSize": "--test-size", "trainSize": "--test-size",
    "stratify": "--stratify", "initialCoefs": "--init-weights coefs",
    "initialIntercepts": "--init-weights intercepts", "initial weights": "--init-weights",
  ]

  /// The one-line message for `error`, with parameter names turned into flags.
  static func message(for error: Error) -> String {
    let text: String
    switch error {
    case let error as ParameterError:
      text =
        ParameterError(
          parameter: flagged(error.parameter), expected: flagged(error.expected),
          got: error.got
        ).description
    case let error as WorkbookError:
      text = error.description
    default:
      text = error.localizedDescription
    }
    return oneLine(text)
  }

  /// `text` with every whole-word parameter name replaced by its flag.
  static func flagged(_ text: String) -> String {
    if let flag = flags[text] { return flag }
    var out = ""
    var word = ""
    func flush() {
      out += flags[word].map { $0 } ?? word
      word = ""
    }
    for character in text {
      if character.isLetter || character.isNumber {
        word.append(character)
      } else {
        flush()
        out.append(character)
      }
    }
    flush()
    return out
  }

  /// Line breaks become spaces: a message is one line on stderr.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// `error: message` on stderr.
  static func printError(_ message: String) {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
  }

  /// `warning: message` on stderr (stdout stays clean and deterministic).
  static func printWarning(_ message: String) {
    FileHandle.standardError.write(Data("warning: \(oneLine(message))\n".utf8))
  }
}
