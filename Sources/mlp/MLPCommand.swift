import ArgumentParser
import Foundation

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
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch let exit as ExitCode {
      Foundation.exit(exit.rawValue)
    } catch {
      // --help arrives as an "error" with exit code 0: ArgumentParser prints it
      if exitCode(for: error) == .success { self.exit(withError: error) }
      let line =
        CommandFailure.isWorkbookError(error)
        ? CommandFailure.message(for: error)
        // ArgumentParser's message may add a "Help:" line: the first line names the problem
        : CommandFailure.oneLine(
          message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "")
      let hint =
        CommandFailure.isCommandLineError(error) ? " (see '\(helpCommand(arguments))')" : ""
      CommandFailure.printError(line + hint)
      Foundation.exit(1)
    }
  }

  /// `mlp train --help` when the first word names a subcommand, else `mlp --help`.
  static func helpCommand(_ arguments: [String]) -> String {
    let names = configuration.subcommands.map { $0._commandName }
    if let first = arguments.first, names.contains(first) { return "mlp \(first) --help" }
    return "mlp --help"
  }
}
