import MLPKit

/// The opening line of a fenced block: three or more backticks or tildes, then an
/// optional info string (which, for backticks, may not hold a backtick: that would
/// be inline code on one line, as in CommonMark).
struct FenceOpening {
  var character: Character
  var count: Int

  init?(_ trimmed: Substring) {
    guard let first = trimmed.first, first == "`" || first == "~" else { return nil }
    let run = trimmed.prefix { $0 == first }.count
    guard run >= 3 else { return nil }
    if first == "`" && trimmed.dropFirst(run).contains("`") { return nil }
    character = first
    count = run
  }

  /// True for a closing fence: the same character, at least as many, nothing else.
  func isClosed(by line: String) -> Bool {
    let trimmed = TextLines.trimmingLeadingWhitespace(TextLines.trimmingTrailingWhitespace(line))
    return trimmed.count >= count && trimmed.allSatisfy { $0 == character }
  }
}

extension BookParser {
  /// The fence opened at line index `start`; throws when it never closes, since
  /// an unclosed fence would silently swallow every marker after it.
  static func readFence(_ lines: [String], from start: Int, _ open: FenceOpening, file: String)
    throws -> Fence
  {
    var index = start + 1
    while index < lines.count {
      if open.isClosed(by: lines[index]) {
        return Fence(
          openLine: start + 1, closeLine: index + 1, content: Array(lines[(start + 1)..<index]))
      }
      index += 1
    }
    let fence = String(repeating: open.character, count: open.count)
    throw DataError(
      file: file, line: start + 1,
      "unterminated fence: the \(fence) opened here is never closed (add a \(fence) line)")
  }
}
