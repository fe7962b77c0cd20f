import Foundation

extension Dataset {
  /// The data set as CSV text that `Dataset(csvText:target:)` reads back unchanged.
  ///
  /// The header is `featureNames`, then `targetName`, then the names of `extraColumns`
  /// (e.g. a model's predictions); one row per sample follows, each line ending in LF.
  /// Numbers are written in Swift's shortest round-trip form (`0.1`, `5.0`, `1e-05`),
  /// so reading them back gives the same doubles; labels as they print. A field holding
  /// a comma, quote, line break or surrounding space is quoted, its quotes doubled
  /// (RFC 4180).
  /// - Throws: `ShapeError` when `x`, `y`, the names or an extra column disagree in
  ///   length.
  /// Introduced in §2.1.
  public func csvText(extraColumns: [(name: String, values: [String])] = []) throws -> String {
    try checkShapes(extraColumns)
    let header = featureNames + [targetName] + extraColumns.map(\.name)
    var text = header.map(Self.csvField).joined(separator: ",") + "\n"
    let columns = x.columnCount
    for i in 0..<sampleCount {
      var fields = x.scalars[(i * columns)..<(i * columns + columns)].map { "\($0)" }
      fields.append(Self.csvField(y[i].description))
      for column in extraColumns { fields.append(Self.csvField(column.values[i])) }
      text += fields.joined(separator: ",") + "\n"
    }
    return text
  }

  /// Writes `csvText(extraColumns:)` to `path` atomically: into a temporary file beside
  /// it, then renamed over `path`, so a reader never sees half a file.
  /// - Throws: `ShapeError` as `csvText`; `DataError` naming the file when it cannot
  ///   be written.
  /// Introduced in §2.1.
  public func writeCSV(to path: String, extraColumns: [(name: String, values: [String])] = [])
    throws
  {
    try AtomicFile.save(try csvText(extraColumns: extraColumns), to: path)
  }

  private func checkShapes(_ extraColumns: [(name: String, values: [String])]) throws {
    guard x.rank == 2, x.rowCount == y.count, featureNames.count == x.columnCount,
      x.scalars.count == x.rowCount * x.columnCount
    else {
      throw ShapeError(
        operation: "Dataset.csvText", shapes: [x.shape, [y.count], [featureNames.count]],
        reason: "x must be [samples, features] with one label per row and one name per column")
    }
    for column in extraColumns where column.values.count != y.count {
      throw ShapeError(
        operation: "Dataset.csvText", shapes: [[y.count], [column.values.count]],
        reason: "extra column '\(column.name)' needs one value per sample")
    }
  }

  /// A field as RFC 4180 writes it: quoted when it holds a comma, quote, line break or
  /// surrounding space (which the reader would otherwise trim).
  static func csvField(_ text: String) -> String {
    let needsQuotes =
      text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || text.first == " " || text.last == " " || text.first == "\t" || text.last == "\t"
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
