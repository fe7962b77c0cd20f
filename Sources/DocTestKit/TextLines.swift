/// Splitting text into lines the way the doc-test sees them.
///
/// Lines are split on `\n` only, by Unicode scalar, so a `\r\n` file keeps its `\r`
/// at the end of each line (Swift's `Character` would glue `\r\n` into one
/// grapheme and hide the break).
enum TextLines {
  /// Every line of `text`; `join(separator: "\n")` gives `text` back byte for byte.
  static func split(_ text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        lines.append(String(current))
        current = String.UnicodeScalarView()
      } else {
        current.append(scalar)
      }
    }
    lines.append(String(current))
    return lines
  }

  /// The lines of a command's output: one final newline ends the last line rather
  /// than starting an empty one, and empty output has no lines at all.
  static func output(_ text: String) -> [String] {
    if text.isEmpty { return [] }
    var lines = split(text)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// `line` without its trailing spaces, tabs and carriage returns (the one
  /// normalisation the doc-test always applies).
  static func trimmingTrailingWhitespace(_ line: String) -> String {
    var scalars = Substring(line).unicodeScalars
    while let last = scalars.last, last.properties.isWhitespace {
      scalars.removeLast()
    }
    return String(scalars)
  }

  /// `line` without leading whitespace.
  static func trimmingLeadingWhitespace(_ line: String) -> Substring {
    Substring(line).drop { $0.isWhitespace }
  }

  /// True when the line, trimmed, is the elision marker `...`.
  static func isElision(_ line: String) -> Bool {
    TextLines.trimmingLeadingWhitespace(trimmingTrailingWhitespace(line)) == "..."
  }
}
