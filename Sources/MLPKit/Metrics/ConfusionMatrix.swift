/// A confusion matrix: how often each true class was predicted as each class.
///
/// `counts[i][j]` is the number of samples whose true label is `labels[i]` and whose
/// predicted label is `labels[j]`: rows are true classes, columns predictions, and
/// the diagonal holds the correct predictions. `counts` is `[classes, classes]`.
/// Prints as an aligned table with its label headers. Introduced in §2.7.
public struct ConfusionMatrix: Equatable, Sendable, CustomStringConvertible {
  /// The class of each row and column, in order.
  public let labels: [ClassLabel]
  /// `counts[true][predicted]`, `[classes, classes]`.
  public let counts: [[Int]]

  /// A matrix from its labels and counts.
  /// - Throws: `ShapeError` unless `counts` is square with one row per label.
  public init(labels: [ClassLabel], counts: [[Int]]) throws {
    let k = labels.count
    guard counts.count == k, counts.allSatisfy({ $0.count == k }) else {
      throw ShapeError(
        operation: "ConfusionMatrix", shapes: [[k], [counts.count, counts.first?.count ?? 0]],
        reason: "counts must be square with one row and one column per label")
    }
    self.labels = labels
    self.counts = counts
  }

  /// The number of samples counted.
  public var total: Int { counts.joined().reduce(0, +) }
  /// The correct predictions: the sum of the diagonal.
  public var correct: Int { counts.indices.reduce(0) { $0 + counts[$1][$1] } }

  /// The table, e.g. for labels 0 and 1:
  /// ```
  /// true ↓ / predicted →   0   1
  ///                    0  98   2
  ///                    1   5  95
  /// ```
  /// Every column is right-aligned to its widest entry.
  public var description: String {
    let corner = "true ↓ / predicted →"
    let names = labels.map(\.description)
    let rowHeaderWidth = ([corner] + names).map(\.unicodeScalars.count).max() ?? 0
    let cells = counts.map { $0.map(String.init) }
    let columnWidths = names.indices.map { j in
      ([names[j]] + cells.map { $0[j] }).map(\.unicodeScalars.count).max() ?? 0
    }
    func line(_ head: String, _ entries: [String]) -> String {
      let aligned = zip(entries, columnWidths).map {
        PythonFormatting.rightAligned($0, width: $1)
      }
      return ([PythonFormatting.rightAligned(head, width: rowHeaderWidth)] + aligned)
        .joined(separator: "  ")
    }
    return ([line(corner, names)] + zip(names, cells).map { line($0, $1) })
      .joined(separator: "\n")
  }
}
