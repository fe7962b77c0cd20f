/// Terminal styling for headings, emphasis and asides, applied only where it is safe.
///
/// `"Loss".styled(.emphasis)` is `"Loss"` whenever `Terminal.supportsColor` is false,
/// so the plain-text output that book.md and the doc-tests compare never changes; at a
/// terminal it gains ANSI SGR codes (`ESC[1m … ESC[0m`). Each line is wrapped on its
/// own, so a styled block never leaks colour into the next line. Introduced in §1.1.
public enum TextStyle: Equatable, Sendable, CaseIterable {
  /// Bold cyan, for chapter and section headings.
  case heading
  /// Bold, for the words a sentence turns on.
  case emphasis
  /// Faint, for rules, hints and asides.
  case dim
  /// Green, for a result that is right.
  case success
  /// Yellow, for something to look at twice.
  case warning
  /// Red, for a result that is wrong.
  case failure

  /// The SGR parameters of the style (`"1"` is bold, `"2"` faint, `"3x"` a colour).
  public var sgr: String {
    switch self {
    case .heading: return "1;36"
    case .emphasis: return "1"
    case .dim: return "2"
    case .success: return "32"
    case .warning: return "33"
    case .failure: return "31"
    }
  }

  /// `text` with the style where `Terminal.supportsColor`, else `text` unchanged.
  public func apply(_ text: String) -> String { apply(text, colour: Terminal.supportsColor) }

  /// `text` with the style when `colour` is true, else `text` unchanged. Empty lines
  /// stay empty and line breaks stay outside the escape codes.
  public func apply(_ text: String, colour: Bool) -> String {
    guard colour else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.isEmpty ? "" : "\u{1B}[\(sgr)m\(line)\u{1B}[0m"
    }.joined(separator: "\n")
  }
}

extension String {
  /// The string in `style` where the terminal supports colour, else unchanged.
  /// Introduced in §1.1.
  public func styled(_ style: TextStyle) -> String { style.apply(self) }
}
