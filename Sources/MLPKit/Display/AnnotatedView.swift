/// A tensor laid out for explaining: a caption with its name and shape, labelled rows
/// and columns, fixed decimals, and a note beside any row.
///
/// ```
/// logits  [3, 2]
///              class 0  class 1
///   sample 1  [-2.0125   1.5910]  ← class 1 wins
///   sample 2  [ 0.2916  -0.2665]  ← class 0 wins
///   sample 3  [-1.7498   1.3509]  ← class 1 wins
/// ```
/// Numbers are right-aligned to one common width (a column widens only for a longer
/// label). A long tensor shows its first and last rows around a line of `⋮` set under
/// the decimal points, which says how many rows are hidden; a wide one shows as many
/// first and last columns as fit in 80 characters around a `⋯` column, and the caption
/// says how many are hidden.
/// A 1-D tensor is drawn as one row, as PyTorch prints it, so its column labels name
/// its elements; a 0-D tensor is one number. Plain Unicode, no trailing spaces, so the
/// text reads the same in a terminal and in a Markdown code block. Create one with
/// `Tensor.annotated(_:…)` or `LabelTensor.annotated(_:…)`. Introduced in §1.1.
public struct AnnotatedView: CustomStringConvertible, Equatable, Sendable {
  /// The lines of the view, none with trailing spaces.
  public let lines: [String]

  /// The view as text, lines joined by newlines (no final newline).
  public var description: String { lines.joined(separator: "\n") }

  init(lines: [String]) { self.lines = lines }
}

/// Builds the lines of an `AnnotatedView` from formatted cells.
struct AnnotatedLayout {
  let name: String
  let shape: [Int]
  /// Digits after the point in every cell, so `⋮` can sit under the points.
  let decimals: Int
  /// The text of element `(row, column)`; a 1-D tensor is row 0, a 0-D one `(0, 0)`.
  let cell: (Int, Int) -> String
  let rowLabel: ((Int) -> String)?
  let columnLabels: [String]?
  let marker: ((Int) -> String?)?
  let maxRows: Int
  /// `nil`: as many columns as fit in `lineWidth`.
  let maxColumns: Int?

  static let gap = "  "
  static let lineWidth = 80

  /// The indices shown along a dimension of `size`, `nil` where the middle is elided.
  static func shown(_ size: Int, limit: Int) -> [Int?] {
    guard size > limit else { return Array(0..<size) }
    let head = (limit + 1) / 2
    let tail = limit / 2
    return Array(0..<head) + [nil] + Array((size - tail)..<size)
  }

  /// The columns that fit in `room` characters, taken from the left and the right in
  /// turn (at least one), with `nil` for the `⋯` column when some are left out.
  static func fitting(_ widths: [Int], room: Int) -> [Int?] {
    let cost = { (j: Int) in widths[j] + gap.count }
    if widths.indices.map(cost).reduce(0, +) <= room { return Array(widths.indices) }
    var (left, right) = ([0], [Int]())
    var used = cost(0) + 1 + gap.count  // the first column and the ⋯ column
    while left.count + right.count < widths.count {
      let next = left.count > right.count ? widths.count - 1 - right.count : left.count
      guard used + cost(next) <= room else { break }
      used += cost(next)
      if left.count > right.count { right.insert(next, at: 0) } else { left.append(next) }
    }
    return left + [nil] + right
  }

  func render() -> AnnotatedView {
    let (rows, columns) = shape.count == 2 ? (shape[0], shape[1]) : (1, shape.first ?? 1)
    var caption = name.isEmpty ? "" : name + AnnotatedLayout.gap
    caption +=
      shape.isEmpty ? "[] (scalar)" : "[" + shape.map(String.init).joined(separator: ", ") + "]"
    if rows * columns == 0 { return AnnotatedView(lines: [caption, "  (empty)"]) }

    let rowIndices = AnnotatedLayout.shown(rows, limit: maxRows)
    let labels = rowIndices.map { i in i.flatMap { rowLabel?($0) } ?? "" }
    let labelWidth = labels.map(\.displayWidth).max() ?? 0
    let lead = "  " + (rowLabel == nil ? "" : String(repeating: " ", count: labelWidth + 2))
    if shape.isEmpty {
      // a scalar: one number, no brackets, no header
      let text = "  " + prefix(labels[0], labelWidth) + cell(0, 0)
      return AnnotatedView(lines: [caption, line(text, note: marker?(0))])
    }

    // the candidate columns' cells, one width for all numbers, then the columns shown
    let candidates =
      maxColumns.map { AnnotatedLayout.shown(columns, limit: $0) }
      ?? Array(0..<columns)
    let texts = rowIndices.map { i in
      i.map { i in candidates.map { j in j.map { cell(i, $0) } ?? "⋯" } } ?? []
    }
    let numberWidth = texts.joined().map(\.displayWidth).max() ?? 1
    let width = { (j: Int?) in
      j.map { Swift.max(numberWidth, columnLabels?[$0].displayWidth ?? 0) } ?? 1
    }
    var shown = Array(candidates.indices)  // positions in `candidates`
    if maxColumns == nil {
      let room = AnnotatedLayout.lineWidth - lead.count
      shown = AnnotatedLayout.fitting(candidates.map(width), room: room).map { $0 ?? -1 }
    }
    let columnIndices = shown.map { $0 < 0 ? nil : candidates[$0] }
    let widths = columnIndices.map(width)
    let hiddenColumns = columns - columnIndices.compactMap { $0 }.count
    if hiddenColumns > 0 {
      let noun = shape.count == 1 ? "element" : "column"
      caption += "  (\(counted(hiddenColumns, noun)) hidden)"
    }

    var lines = [caption]
    if let columnLabels {
      let header = zip(columnIndices, widths).map { j, w in
        (j.map { columnLabels[$0] } ?? "").leftPadded(to: w)
      }
      lines.append(line(lead + " " + header.joined(separator: AnnotatedLayout.gap), note: nil))
    }
    for (position, index) in rowIndices.enumerated() {
      guard let i = index else {
        let dots = zip(columnIndices, widths).map { j, w in
          j == nil ? "⋱" : ("⋮" + String(repeating: " ", count: decimals)).leftPadded(to: w)
        }
        let hidden = rows - rowIndices.compactMap { $0 }.count
        let text = lead + " " + dots.joined(separator: AnnotatedLayout.gap) + " "
        lines.append(line(text, note: "(\(counted(hidden, "row")) hidden)"))
        continue
      }
      let cells = zip(shown, widths).map { k, w in
        (k < 0 ? "⋯" : texts[position][k]).leftPadded(to: w)
      }
      let text =
        "  " + prefix(labels[position], labelWidth) + "["
        + cells.joined(separator: AnnotatedLayout.gap) + "]"
      lines.append(line(text, note: marker?(i)))
    }
    return AnnotatedView(lines: lines)
  }

  /// The row label padded to the label column, or nothing when rows are unlabelled.
  func prefix(_ label: String, _ width: Int) -> String {
    rowLabel == nil ? "" : label.rightPadded(to: width) + AnnotatedLayout.gap
  }

  /// `text`, then the note two spaces on, with no trailing spaces.
  func line(_ text: String, note: String?) -> String {
    let note = note?.withoutTrailingSpaces ?? ""
    return (text + (note.isEmpty ? "" : AnnotatedLayout.gap + note)).withoutTrailingSpaces
  }

  func counted(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}
