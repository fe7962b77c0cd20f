/// What a command printed and how it ended.
///
/// The doc-test never starts processes itself: it asks a `CommandRunner` for the
/// output of each distinct command, once. Tests pass a closure with canned outputs;
/// the `doctest` executable passes a `ProcessRunner`. Introduced in §1.1.
public struct CommandOutput: Equatable, Sendable {
  public var stdout: String
  public var stderr: String
  /// The exit status (128 + the signal number when a signal ended the process).
  public var exitStatus: Int32

  public init(stdout: String = "", stderr: String = "", exitStatus: Int32 = 0) {
    self.stdout = stdout
    self.stderr = stderr
    self.exitStatus = exitStatus
  }

  /// The text a block with this stream compares against (`both`: stdout, then
  /// stderr, since two pipes keep no interleaving to reproduce).
  public func text(_ stream: OutputStream) -> String {
    switch stream {
    case .stdout: return stdout
    case .stderr: return stderr
    case .both:
      if stdout.isEmpty || stdout.hasSuffix("\n") { return stdout + stderr }
      return stdout + "\n" + stderr
    }
  }
}

/// Runs one book command and returns its output; throws (a `WorkbookError`, whose
/// message the doc-test prefixes with `book.md:LINE:`) when it cannot be started,
/// e.g. an unknown chapter.
public typealias CommandRunner = (BookCommand) throws -> CommandOutput

/// Reads a source file for a listing, by its path relative to the book's folder;
/// returns `nil` when there is no such file.
public typealias SourceReader = (String) throws -> String?
