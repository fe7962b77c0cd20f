/// A figure that could not be written or rendered: gnuplot missing, failing or
/// warning, an output file that did not appear, a directory that cannot be written,
/// a live session that died.
///
/// The message is one line that names the file or directory and says what to do,
/// e.g. `gnuplot was not found on the PATH; the script is written: render it with
/// 'cd figures && gnuplot loss.gp' once gnuplot is installed (…)`.
/// Introduced in §1.3.
public struct PlotError: WorkbookError, Equatable {
  /// What went wrong, for code that wants to react (tests, `make plots`).
  public enum Kind: String, Sendable, Equatable {
    case gnuplotNotFound
    case gnuplotFailed
    case gnuplotWarning
    case missingOutput
    case unwritableDirectory
    case sessionFailed
  }

  /// What went wrong.
  public let kind: Kind
  /// The one-line message shown to the user.
  public let message: String

  /// An error of `kind` with its message.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  /// The message.
  public var description: String { message }

  /// How to get gnuplot, appended to every "not found" message.
  public static let installHint =
    "install it with 'sudo apt-get install gnuplot-nox' (Debian/Ubuntu) or 'brew install gnuplot' (macOS)"
}
