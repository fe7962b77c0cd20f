import MLPKit

/// The labels and notes the sections print beside their tensors.
enum Notes {
  /// `sample 0`: rows count from 0, as the indices argmax returns.
  static func sample(_ i: Int) -> String { "sample \(i)" }

  /// `["class 0", "class 1", …]`, one per column.
  static func classes(_ count: Int) -> [String] { (0..<count).map { "class \($0)" } }

  /// Why argmax picks its index in `row`, long (`class 0 wins (2.1 > 0.3)`) and short
  /// (`class 0`): the winner against the best of the other columns.
  static func winner(of row: [Double]) throws -> (long: String, short: String) {
    let k = try Tensor(row).argmax()
    let short = "← class \(k)"
    if row[k].isNaN {
      let reason = row.count(where: \.isNaN) > 1 ? "the first NaN" : "NaN beats all"
      return ("\(short) wins (\(reason))", short)
    }
    // the runner-up: the largest of the other columns (the first one on a tie)
    let others = row.indices.filter { $0 != k }
    let r = others.max { row[$0] < row[$1] || (row[$0] == row[$1] && $0 > $1) } ?? k
    if row[r] == row[k] { return ("\(short) wins (tie: first index)", short) }
    let (a, b) = contrast(row[k], row[r])
    return ("\(short) wins (\(a) > \(b))", short)
  }

  /// Two different numbers with enough decimals to tell them apart: `2.1`, `0.3`, but
  /// `0.00001`, `0.0` rather than `0.0`, `0.0`.
  static func contrast(_ a: Double, _ b: Double) -> (String, String) {
    for decimals in 4...17 where a.trimmed(decimals) != b.trimmed(decimals) {
      return (a.trimmed(decimals), b.trimmed(decimals))
    }
    return ("\(a)", "\(b)")
  }

  /// `x` laid out with row and column labels and a note per row: the long notes when
  /// every row then fits in 80 columns, else the short ones, else none.
  static func annotated(
    _ x: Tensor, _ name: String, decimals: Int = 4, rowLabel: @escaping (Int) -> String,
    notes: [(long: String, short: String)]
  ) throws -> AnnotatedView {
    let columns = classes(x.columnCount)
    let plain = try x.annotated(
      name, decimals: decimals, rowLabel: rowLabel, columnLabels: columns, maxRows: 12)
    // notes go beside the data rows only ("  sample 0  [ … ]"); the caption may be longer
    let rows = plain.lines.dropFirst().filter { $0.hasSuffix("]") }
    let width = rows.map(\.count).max() ?? 0
    for pick in [{ (n: (long: String, short: String)) in n.long }, { $0.short }] {
      let longest = notes.map { pick($0).count }.max() ?? 0
      if width + 2 + longest <= Narrative.lineWidth {
        return try x.annotated(
          name, decimals: decimals, rowLabel: rowLabel, columnLabels: columns,
          marker: { notes.indices.contains($0) ? pick(notes[$0]) : nil }, maxRows: 12)
      }
    }
    return plain
  }

  /// Labels as a Swift array literal: `["setosa", "versicolor"]`, `[1, 2]`.
  static func swiftArray(_ labels: [ClassLabel]) -> String {
    let items = labels.map { label in
      if case .string(let name) = label { return "\"\(name)\"" }
      return label.description
    }
    return "[" + items.joined(separator: ", ") + "]"
  }

  /// `✓` when the prediction is right, `✗` when it is wrong.
  static func tick(_ right: Bool) -> String { right ? "✓" : "✗" }
}
