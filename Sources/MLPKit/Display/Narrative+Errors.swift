/// An error a chapter shows on purpose, as part of the lesson.
///
/// ```
/// LabelError: CrossEntropyLoss: target 2 at position 1 is out of bounds: class
///   indices must be in 0...1 for logits with 2 columns (PyTorch: IndexError:
///   Target 2 is out of bounds.). Map the labels to 0..<2 first, e.g. with
///   LabelEncoder.
/// ```
/// The error's type, a colon, then its message (a `WorkbookError`'s `description`),
/// as Python prints `IndexError: …`, so the two read side by side. Lines are at most
/// 80 columns; continuation lines are indented by two spaces, and joining the lines
/// with single spaces (after that indent) gives back the exact text when the message
/// has no line breaks or runs of spaces (the library's messages have none).
/// Introduced in §5.1.
extension Narrative {
  /// The indent of every line after the first.
  static let caughtIndent = "  "

  /// `Type: message` for `error`, wrapped at 80 columns with a two-space hanging
  /// indent (see above). Introduced in §5.1.
  public static func caught(_ error: any Error) -> String {
    let text = "\(type(of: error)): \(caughtMessage(error))"
    let width = lineWidth - caughtIndent.count
    let lines = TextWrapping.lines(text, width: width, breakLongWords: false)
    return lines.enumerated().map { $0.offset == 0 ? $0.element : caughtIndent + $0.element }
      .joined(separator: "\n")
  }

  /// The message of `error`: a `WorkbookError`'s `description`, or Swift's text for
  /// any other error. Introduced in §5.1.
  public static func caughtMessage(_ error: any Error) -> String {
    if let error = error as? any WorkbookError { return error.description }
    return String(describing: error)
  }

  /// Prints `caught(error)`. Introduced in §5.1.
  public static func printCaught(_ error: any Error) {
    print(caught(error))
  }
}
