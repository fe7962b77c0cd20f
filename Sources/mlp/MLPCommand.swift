import ArgumentParser
import Foundation
import MLPKit

/// `mlp`: train, evaluate and predict with an MLP classifier on your own CSV files.
///
/// Exit status: 0 on success (and for `--help`); 1 for anything else, reported as one
/// `error: …` line on stderr: a problem with the data or a file, or a command line
/// that is wrong (an unknown flag, a missing argument, a value that is not a number
/// or out of range), which ends with `(see 'mlp train --help')`. Introduced in §2.3.
@main
struct MLPCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mlp",
    abstract: "Train, evaluate and predict with an MLP classifier on your own CSV files.",
    discussion: """
      mlp train DATA.csv --target COLUMN --model-out model.json
      mlp evaluate model.json TEST.csv
      mlp predict model.json NEW.csv --proba

      The numbers are scikit-learn's: the same split, scaling, initial weights, \
      shuffles and optimiser steps as train_test_split, StandardScaler and \
      MLPClassifier with the same seed.
      """,
    subcommands: [TrainCommand.self, EvaluateCommand.self, PredictCommand.self])

  /// Parses the command line and runs the subcommand; every error ends as one line.
  ///
  /// ArgumentParser's own `main()` prints a usage block and exits 64 after a parse
  /// error; here it is one `error:` line pointing at the subcommand's `--help`, and
  /// exit 1 like every other user error (and like the chapters).
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let help = " (see '\(helpCommand(arguments))')"
    var command: ParsableCommand
    do {
      command = try parseAsRoot(arguments)
    } catch {
      // a clean exit (exit code 0) is ArgumentParser's to print
      if exitCode(for: error) == .success { self.exit(withError: error) }
      // a flag's own check (`validate()`) throws ours; ArgumentParser's message may
      // add a "Help:" line, and its first line names the problem
      let line =
        error is any WorkbookError
        ? CommandFailure.message(for: error)
        : CommandFailure.oneLine(
          message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "")
      fail(line + help)
    }
    do {
      try command.run()
    } catch let exit as ExitCode {
      Foundation.exit(exit.rawValue)
    } catch {
      // `--help` (and `mlp` alone) run ArgumentParser's help command, which "fails"
      // with exit code 0 for ArgumentParser to print the help
      if exitCode(for: error) == .success { self.exit(withError: error) }
      // a flag's value is wrong (ParameterError): point at the help; data and file
      // problems name the file instead
      fail(CommandFailure.message(for: error) + (error is ParameterError ? help : ""))
    }
  }

  /// Prints `error: line` on stderr and exits 1.
  private static func fail(_ line: String) -> Never {
    CommandFailure.printError(line)
    Foundation.exit(1)
  }

  /// `mlp train --help` when the first word names a subcommand, else `mlp --help`.
  static func helpCommand(_ arguments: [String]) -> String {
    let names = configuration.subcommands.map { $0._commandName }
    if let first = arguments.first, names.contains(first) { return "mlp \(first) --help" }
    return "mlp --help"
  }
}
