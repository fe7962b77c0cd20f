import ArgumentParser
import Foundation
import MLPKit

extension ParsableCommand {
  /// Parses the command line and runs the chapter; every error ends as one line on
  /// standard error and a non-zero exit.
  ///
  /// ArgumentParser's own `main()` prints a usage block after an error; a student (and
  /// a test) should see one line that names the flag or the problem. A flag error
  /// points at `--help`; a library error (`WorkbookError`) prints its own message.
  /// Either exits 1, as `mlp` and `doctest` do. `--help` still prints ArgumentParser's
  /// help (exit 0).
  public static func runAsChapter() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      // --help arrives as an "error" with exit code 0: let ArgumentParser print it
      if code == .success { exit(withError: error) }
      let line: String
      if let workbookError = error as? any WorkbookError {
        line = oneLine(workbookError.description)
      } else {
        // ArgumentParser's message may span lines (usage, hints): keep the first
        line = oneLine(message(for: error)) + " (see '\(_commandName) --help')"
      }
      FileHandle.standardError.write(Data("error: \(line)\n".utf8))
      Foundation.exit(1)
    }
  }

  private static func oneLine(_ text: String) -> String {
    String(text.split(separator: "\n").first ?? Substring(text))
  }
}
