import Foundation

/// Points of a 2-D data set with their class indices, for scatter overlays.
///
/// `x` is `[N, 2]` (feature 1, feature 2) and `labels[i]` is the class index of
/// row i, in `0..<K` (encode names first, e.g. with a label encoder).
/// Introduced in §2.1.
public struct LabelledPoints: Sendable, Equatable {
  /// The points, `[N, 2]`.
  public let x: Tensor
  /// The class index of each point, in `0..<K`.
  public let labels: [Int]

  /// - Throws: `ShapeError` unless `x` is `[N, 2]` with one label per row.
  public init(x: Tensor, labels: [Int]) throws {
    guard x.rank == 2, x.columnCount == 2 else {
      throw ShapeError(
        operation: "LabelledPoints", shapes: [x.shape],
        reason: "points must be [N, 2]: one row per sample, two features")
    }
    guard labels.count == x.rowCount else {
      throw ShapeError(
        operation: "LabelledPoints", shapes: [x.shape, [labels.count]],
        reason: "\(x.rowCount) points but \(labels.count) labels")
    }
    self.x = x
    self.labels = labels
  }

  /// Points from rows `[[x₁, x₂], …]` and labels.
  public init(rows: [[Double]], labels: [Int]) throws {
    try self.init(x: try Tensor(rows: rows), labels: labels)
  }

  /// The number of points, N.
  public var count: Int { labels.count }

  /// Throws `LabelError` when a label is outside `0..<classCount`.
  func validate(classCount: Int, role: String) throws {
    if let i = labels.firstIndex(where: { !(0..<classCount).contains($0) }) {
      throw LabelError(
        "\(role) label \(labels[i]) at index \(i) is outside the valid range 0..<\(classCount) "
          + "(one class name per index)")
    }
  }

  /// The points as a `$name` datablock: `x1 x2 class`, with 4 decimals (more for
  /// points measured in tiny units, so they stay apart).
  func datablock(name: String) throws -> GnuplotDatablock {
    let x1 = (0..<count).map { x[unchecked: $0, 0] }
    let x2 = (0..<count).map { x[unchecked: $0, 1] }
    let spans = [x1, x2].map { ($0.max() ?? 0) - ($0.min() ?? 0) }.filter { $0 > 0 && $0.isFinite }
    let span = spans.min() ?? 1
    let decimals = min(12, max(4, 4 - Int(log10(span).rounded(.down))))
    return try GnuplotDatablock(
      name: name,
      columns: [
        .numbers("x1", x1, .fixed(decimals)),
        .numbers("x2", x2, .fixed(decimals)),
        .numbers("class", labels.map(Double.init), .integer),
      ])
  }
}
