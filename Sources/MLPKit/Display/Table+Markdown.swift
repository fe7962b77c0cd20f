/// The Markdown form of a `Table`, for book.md.
extension Table {
  /// The table as a GitHub-flavoured Markdown table, padded so the source lines up.
  ///
  /// ```
  /// | Epoch |   Loss | Accuracy |
  /// | ----: | -----: | -------: |
  /// |     1 | 0.7237 |   0.4950 |
  /// ```
  /// A title becomes a bold line and a blank line above the table. Each column has one
  /// alignment (its override, else right for a column of numbers, else left); `|` in
  /// text is escaped as `\|` and a line break becomes `<br>`. Cells are not wrapped:
  /// Markdown renderers wrap them. Introduced in §2.3.
  public var markdown: String {
    func escaped(_ text: String) -> String {
      var out = ""
      for character in text {
        switch character {
        case "|": out += "\\|"
        case "\n": out += "<br>"
        default: out.append(character)
        }
      }
      return out
    }
    let alignments = columns.indices.map(headerAlignment)
    let headers = columns.map { escaped($0.header) }
    let body = rows.map { row in zip(row, columns).map { escaped(text($0, in: $1)) } }
    let widths = columns.indices.map { j in
      Swift.max(3, ([headers[j]] + body.map { $0[j] }).map(\.displayWidth).max() ?? 0)
    }
    func line(_ cells: [String]) -> String {
      let padded = cells.indices.map { Table.pad(cells[$0], to: widths[$0], alignments[$0]) }
      return "| " + padded.joined(separator: " | ") + " |"
    }
    let rule = zip(alignments, widths).map { alignment, width -> String in
      switch alignment {
      case .left: return ":" + String(repeating: "-", count: width - 1)
      case .right: return String(repeating: "-", count: width - 1) + ":"
      case .center: return ":" + String(repeating: "-", count: width - 2) + ":"
      }
    }
    var lines = title.map { ["**\(escaped($0))**", ""] } ?? []
    lines.append(line(headers))
    lines.append("| " + rule.joined(separator: " | ") + " |")
    lines += body.map(line)
    return lines.joined(separator: "\n")
  }
}
