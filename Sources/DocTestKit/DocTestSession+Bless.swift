extension DocTestSession {
  /// Rewrites what failed from what the commands and sources really say.
  ///
  /// Only failing items change, so bless of a passing book returns its text byte
  /// for byte, and a second bless changes nothing. Inside a block, markers, options,
  /// `...` elisions (and the lines they cover), and numbers still within tolerance
  /// stay as written. Blocks whose exit status is not the declared one are left
  /// alone and listed in `unblessed`: that needs a human decision (`exit=`).
  public func bless() throws -> BlessReport {
    let items = try evaluate()
    var lines = book.lines
    var changes: [DocTestFinding] = []
    var unblessed: [DocTestFinding] = []
    var changed = ItemCounts(blocks: 0, listings: 0, values: 0)
    var edits: [(line: Int, column: Int, apply: (inout [String]) -> Void)] = []

    for item in items {
      guard let failure = item.failure else { continue }
      switch item.replacement {
      case .content(let fence, let new) where new != fence.content:
        edits.append(
          (
            fence.openLine, 0,
            { $0.replaceSubrange(fence.openLine..<(fence.closeLine - 1), with: new) }
          ))
        let diff = Self.plainDiff(
          old: fence.content, oldLine: fence.firstContentLine, new: new,
          newLineNumber: { fence.firstContentLine + $0 }, minusLabel: "\(book.name) (before)",
          plusLabel: "\(book.name) (blessed)", context: 1)
        changes.append(
          DocTestFinding(
            line: item.line,
            message: "\(book.name):\(item.line): \(item.label): blessed\n" + Self.shorten(diff)))
      case .value(let value, let new) where new != value.text:
        edits.append(
          (
            value.line, value.column,
            {
              var chars = Array($0[value.line - 1])
              let start = value.column - 1
              chars.replaceSubrange(start..<(start + value.text.count), with: Array(new))
              $0[value.line - 1] = String(chars)
            }
          ))
        changes.append(
          DocTestFinding(
            line: item.line,
            message:
              "\(book.name):\(value.line):\(value.column): \(item.label): \(value.text) → \(new)"))
      default:
        unblessed.append(DocTestFinding(line: item.line, message: failure))
        continue
      }
      switch item.kind {
      case .block: changed.blocks += 1
      case .listing: changed.listings += 1
      case .value: changed.values += 1
      }
    }
    // bottom to top, right to left, so earlier line numbers and columns stay valid
    for edit in edits.sorted(by: { ($0.line, $0.column) > ($1.line, $1.column) }) {
      edit.apply(&lines)
    }
    return BlessReport(
      text: lines.joined(separator: "\n"), changes: changes, unblessed: unblessed,
      counts: counts, changedCounts: changed, book: book.name)
  }

  /// The first lines of a diff, with a count of the rest (bless's summary is a
  /// glance; `git diff` shows it all).
  static func shorten(_ diff: String, limit: Int = 14) -> String {
    let lines = diff.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count > limit else { return diff }
    return (lines.prefix(limit) + ["… \(lines.count - limit) more diff lines"]).joined(
      separator: "\n")
  }
}
