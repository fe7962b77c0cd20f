/// Renders an alignment as a unified diff (`---`, `+++`, `@@ -l,n +l,n @@`, three
/// lines of context) with invisible characters made visible.
///
/// The `-` side is numbered by book.md line, the `+` side by output line, so a
/// reader can jump straight to the book line to fix. An elision shows as its own
/// ` ...` context line; on the `+` side it counts the output lines it stands for.
struct UnifiedDiff {
  var minusLabel: String
  var plusLabel: String
  /// The raw expected line for an expected index.
  var expected: (Int) -> String
  /// The book.md line number of an expected index.
  var expectedLineNumber: (Int) -> Int
  /// The raw actual line for an actual index.
  var actual: (Int) -> String
  /// The book line a hunk with no expected lines starts at (an empty block).
  var emptyExpectedLine: Int
  /// The number an actual index shows in hunk headers (output lines count from 1;
  /// a listing's source lines from where its region starts).
  var actualLineNumber: (Int) -> Int = { $0 + 1 }
  var context = 3

  private struct Row {
    var sign: Character
    var text: String
    var minus: Int?
    var plus: Range<Int>
  }

  func render(_ steps: [AlignStep]) -> String {
    var rows: [Row] = []
    for step in steps {
      switch step {
      case .equal(let e, let a):
        rows.append(
          Row(sign: " ", text: expected(e), minus: expectedLineNumber(e), plus: a..<a + 1))
      case .near(let e, let a, _), .changed(let e, let a):
        rows.append(Row(sign: "-", text: expected(e), minus: expectedLineNumber(e), plus: a..<a))
        rows.append(Row(sign: "+", text: actual(a), minus: nil, plus: a..<a + 1))
      case .removed(let e):
        rows.append(Row(sign: "-", text: expected(e), minus: expectedLineNumber(e), plus: 0..<0))
      case .added(let a):
        rows.append(Row(sign: "+", text: actual(a), minus: nil, plus: a..<a + 1))
      case .elided(let e, let a):
        rows.append(Row(sign: " ", text: expected(e), minus: expectedLineNumber(e), plus: a))
      }
    }
    rows = Self.groupingChanges(rows)
    var out = ["--- \(minusLabel)", "+++ \(plusLabel)"]
    for hunk in hunks(rows) {
      let slice = rows[hunk]
      let minusLines = slice.compactMap(\.minus)
      let plusCount = slice.reduce(0) { $0 + ($1.sign == "-" ? 0 : $1.plus.count) }
      let plusStart = slice.first { $0.sign != "-" && !$0.plus.isEmpty }?.plus.lowerBound
      let minusStart = minusLines.first ?? emptyExpectedLine
      out.append(
        "@@ -\(minusStart),\(minusLines.count) +\(plusStart.map(actualLineNumber) ?? 0),\(plusCount) @@"
      )
      out += slice.map { "\($0.sign)\(Self.visible($0.text))" }
    }
    return out.joined(separator: "\n")
  }

  /// Within each run of changed rows, the `-` rows first, then the `+` rows, as
  /// unified diffs show them.
  private static func groupingChanges(_ rows: [Row]) -> [Row] {
    var grouped: [Row] = []
    var minus: [Row] = []
    var plus: [Row] = []
    for row in rows + [Row(sign: " ", text: "", minus: nil, plus: 0..<0)] {
      switch row.sign {
      case "-": minus.append(row)
      case "+": plus.append(row)
      default:
        grouped += minus + plus + [row]
        minus = []
        plus = []
      }
    }
    grouped.removeLast()  // the sentinel
    return grouped
  }

  /// Row ranges of the hunks: each change with up to `context` rows around it,
  /// overlapping ranges merged.
  private func hunks(_ rows: [Row]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    for (index, row) in rows.enumerated() where row.sign != " " {
      let range = max(0, index - context)..<min(rows.count, index + context + 1)
      if let last = ranges.last, last.upperBound >= range.lowerBound {
        ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        ranges.append(range)
      }
    }
    return ranges
  }

  /// `line` with invisible characters shown: trailing spaces as `·`, tabs as `␉`,
  /// carriage returns as `␍`, no-break spaces as `⍽`, and `⏎` after a line that is
  /// empty or ends in whitespace (so a blank `+` line is seen, not guessed).
  static func visible(_ line: String) -> String {
    let trimmed = TextLines.trimmingTrailingWhitespace(line)
    let trailing = line.unicodeScalars.dropFirst(trimmed.unicodeScalars.count)
    var shown = ""
    for scalar in trimmed.unicodeScalars {
      shown += symbol(scalar, trailing: false)
    }
    for scalar in trailing { shown += symbol(scalar, trailing: true) }
    if trimmed.isEmpty || !trailing.isEmpty { shown += "⏎" }
    return shown
  }

  private static func symbol(_ scalar: Unicode.Scalar, trailing: Bool) -> String {
    switch scalar {
    case "\t": return "␉"
    case "\r": return "␍"
    case "\u{00A0}": return "⍽"
    case " " where trailing: return "·"
    default: return String(scalar)
    }
  }
}
