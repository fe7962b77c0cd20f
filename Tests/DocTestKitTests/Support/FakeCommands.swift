import DocTestKit
import MLPKit

/// The commands a test book may run, with canned outputs, and a log of the runs.
final class FakeCommands {
  var outputs: [String: CommandOutput]
  private(set) var runs: [String] = []

  init(_ outputs: [String: CommandOutput]) { self.outputs = outputs }

  /// Canned stdouts, exit status 0.
  convenience init(stdout: [String: String]) {
    self.init(stdout.mapValues { CommandOutput(stdout: $0) })
  }

  /// A `CommandRunner` answering from `outputs`; an unknown command throws the way
  /// a missing executable does.
  var runner: CommandRunner {
    return { command in
      self.runs.append(command.text)
      guard let output = self.outputs[command.text] else {
        throw DataError("no executable '\(command.name)' in fake-bin")
      }
      return output
    }
  }
}

/// Sessions over an in-memory book, sources and commands.
enum FakeBook {
  static func session(
    _ text: String, _ commands: FakeCommands, sources: [String: String] = [:]
  ) throws -> DocTestSession {
    try DocTestSession(
      text: text, name: "book.md", readSource: { sources[$0] }, runner: commands.runner)
  }

  static func check(_ text: String, stdout: [String: String], sources: [String: String] = [:])
    throws -> CheckReport
  {
    try session(text, FakeCommands(stdout: stdout), sources: sources).check()
  }

  static func bless(_ text: String, stdout: [String: String], sources: [String: String] = [:])
    throws -> BlessReport
  {
    try session(text, FakeCommands(stdout: stdout), sources: sources).bless()
  }

  /// The message of the `DataError` a book fails to check with (`nil` if it checks,
  /// or fails some other way).
  static func error(
    _ text: String, stdout: [String: String] = [:], sources: [String: String] = [:]
  ) -> String? {
    do {
      _ = try check(text, stdout: stdout, sources: sources)
      return nil
    } catch let error as DataError {
      return error.description
    } catch {
      return nil
    }
  }
}
