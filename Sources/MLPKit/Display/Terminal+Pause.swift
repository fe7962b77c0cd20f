import Foundation

/// Pausing a chapter between steps for a live lecture (`--step`).
///
/// A pause waits for Enter only when a person can press it: when standard input is a
/// terminal. From a pipe, a file or a test it returns at once and prints nothing, so
/// the same command never blocks a doc-test and its standard output is the same with
/// or without `--step`. The prompt goes to standard error for the same reason.
/// Introduced in §3.1.
extension Terminal {
  /// Whether standard input is a terminal (`isatty(0)`).
  public static var inputIsTerminal: Bool { isatty(0) == 1 }

  /// Waits for Enter when standard input is a terminal, else returns at once.
  ///
  /// Standard output is flushed first, so everything printed so far is on screen
  /// before the prompt appears on standard error.
  /// - Returns: whether it paused.
  /// Introduced in §3.1.
  @discardableResult
  public static func pause(_ prompt: String = "Press Enter to continue") -> Bool {
    pause(
      prompt, isInteractive: inputIsTerminal, readLine: { Swift.readLine() },
      write: { text in
        // flush every C stream (stdout included) so the prompt comes after the output
        fflush(nil)
        FileHandle.standardError.write(Data(text.utf8))
      })
  }

  /// The rule behind `pause(_:)`, with the terminal test and the streams given: when
  /// `isInteractive`, writes `"── prompt ──"` and reads one line; otherwise does
  /// nothing.
  /// - Returns: whether it paused.
  /// Introduced in §3.1.
  @discardableResult
  public static func pause(
    _ prompt: String, isInteractive: Bool, readLine: () -> String?, write: (String) -> Void
  ) -> Bool {
    guard isInteractive else { return false }
    write("── \(prompt) ──")
    _ = readLine()  // the line itself does not matter, only that Enter was pressed
    return true
  }
}
