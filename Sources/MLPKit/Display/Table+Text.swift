/// The plain-text layout of a `Table`.
extension Table {
  static let gap = "  "

  /// Every line of the plain-text table: title, headers, rule, rows.
  func renderedLines() -> [String] {
    // each cell as its lines of text, wrapped where the column has a maxWidth
    func wrapped(_ text: String, _ column: Column) -> [String] {
      guard let width = column.maxWidth else {
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      }
      return TextWrapping.lines(text, width: width, breakLongWords: true)
    }
    let headers = columns.map { wrapped($0.header, $0) }
    let body = rows.map { row in
      zip(row, columns).map { cell, column in
        cell.isNumeric ? [text(cell, in: column)] : wrapped(text(cell, in: column), column)
      }
    }
    let widths = columns.indices.map { j in
      ([headers[j]] + body.map { $0[j] }).joined().map(\.displayWidth).max() ?? 0
    }

    var lines = title.map { [$0] } ?? []
    lines += block(headers, alignments: columns.indices.map(headerAlignment), widths: widths)
    lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: Table.gap))
    for (row, cells) in zip(rows, body) {
      let alignments = zip(row, columns).map { alignment(of: $0, in: $1) }
      lines += block(cells, alignments: alignments, widths: widths)
    }
    return lines
  }

  /// One row of cells, as many lines tall as its tallest cell, top-aligned.
  func block(_ cells: [[String]], alignments: [Alignment], widths: [Int]) -> [String] {
    let height = cells.map(\.count).max() ?? 1
    return (0..<height).map { k in
      cells.indices.map { j in
        let text = k < cells[j].count ? cells[j][k] : ""
        return Table.pad(text, to: widths[j], alignments[j])
      }.joined(separator: Table.gap).withoutTrailingSpaces
    }
  }

  static func pad(_ text: String, to width: Int, _ alignment: Alignment) -> String {
    switch alignment {
    case .left: return text.rightPadded(to: width)
    case .right: return text.leftPadded(to: width)
    case .center:
      // the odd space goes to the right
      let left = Swift.max(0, width - text.displayWidth) / 2
      return (String(repeating: " ", count: left) + text).rightPadded(to: width)
    }
  }
}
