/// One column of a datablock: numbers in one fixed format, or text.
/// Introduced in §1.3.
public struct GnuplotColumn: Sendable, Equatable {
  /// The values of a column.
  public enum Cells: Sendable, Equatable {
    case numbers([Double], GnuplotNumberFormat)
    case text([String])
  }

  /// The name shown in the datablock's `#` header line (no spaces).
  public let name: String
  public let cells: Cells

  public init(name: String, cells: Cells) {
    self.name = name
    self.cells = cells
  }

  /// A numeric column: `.numbers("loss", curve, .fixed(4))`.
  public static func numbers(_ name: String, _ values: [Double], _ format: GnuplotNumberFormat)
    -> GnuplotColumn
  {
    GnuplotColumn(name: name, cells: .numbers(values, format))
  }

  /// A text column; each value is written in double quotes.
  public static func text(_ name: String, _ values: [String]) -> GnuplotColumn {
    GnuplotColumn(name: name, cells: .text(values))
  }

  var count: Int {
    switch cells {
    case .numbers(let values, _): return values.count
    case .text(let values): return values.count
    }
  }

  func cell(_ row: Int) -> String {
    switch cells {
    case .numbers(let values, let format): return format.format(values[row])
    case .text(let values): return "\"" + values[row] + "\""
    }
  }
}

/// Inline data for a script: `$name << EOD … EOD`, so one `.gp` file carries its own
/// data and can be re-run or edited without any other file.
///
/// A `[rows, columns]` table is written one row per line under a `# name name …`
/// header. With `gridRowLength: n` a blank line follows every n rows: the grid
/// format `splot`, `pm3d` and contouring need (harmless for `with image`). In a
/// script the block is referred to as `$name` (`reference`). Introduced in §1.3.
public struct GnuplotDatablock: Sendable, Equatable {
  public let name: String
  public let columns: [GnuplotColumn]
  public let gridRowLength: Int?
  /// The number of data rows.
  public let rowCount: Int

  /// A datablock from columns of equal length.
  /// - Throws: `ParameterError` for a name that is not an identifier, a column name
  ///   with spaces, a text cell with `"` or a line break, or a bad grid row length;
  ///   `ShapeError` when the columns differ in length.
  public init(name: String, columns: [GnuplotColumn], gridRowLength: Int? = nil) throws {
    try Self.validate(identifier: name, parameter: "datablock name")
    let rowCount = columns.first?.count ?? 0
    for column in columns {
      guard !column.name.isEmpty, !column.name.contains(where: \.isWhitespace) else {
        throw ParameterError(
          parameter: "column name in datablock $\(name)", expected: "a word without spaces",
          got: "'\(column.name)'")
      }
      guard column.count == rowCount else {
        throw ShapeError(
          operation: "GnuplotDatablock $\(name)", shapes: [[rowCount], [column.count]],
          reason: "column '\(column.name)' has \(column.count) values, "
            + "column '\(columns[0].name)' has \(rowCount)")
      }
      switch column.cells {
      case .numbers(_, let format): try format.validate(column: column.name)
      case .text(let values):
        if let bad = values.first(where: { $0.contains("\"") || $0.contains(where: \.isNewline) }) {
          throw ParameterError(
            parameter: "text in column '\(column.name)' of datablock $\(name)",
            expected: "free of double quotes and line breaks", got: "'\(bad)'")
        }
      }
    }
    if let gridRowLength {
      guard gridRowLength > 0, rowCount % gridRowLength == 0 else {
        throw ParameterError(
          parameter: "gridRowLength of datablock $\(name)",
          expected: "a positive divisor of the row count \(rowCount)", got: "\(gridRowLength)")
      }
    }
    self.name = name
    self.columns = columns
    self.gridRowLength = gridRowLength
    self.rowCount = rowCount
  }

  /// A datablock from rows of numbers, one format per column.
  /// - Throws: `ShapeError` when a row or the formats do not match the header.
  public init(
    name: String, header: [String], rows: [[Double]], formats: [GnuplotNumberFormat],
    gridRowLength: Int? = nil
  ) throws {
    guard formats.count == header.count else {
      throw ShapeError(
        operation: "GnuplotDatablock $\(name)", shapes: [[header.count], [formats.count]],
        reason: "\(header.count) column names but \(formats.count) formats")
    }
    if let bad = rows.firstIndex(where: { $0.count != header.count }) {
      throw ShapeError(
        operation: "GnuplotDatablock $\(name)", shapes: [[rows.count, header.count]],
        reason: "row \(bad) has \(rows[bad].count) values, the header names \(header.count)")
    }
    let columns = header.indices.map { j in
      GnuplotColumn.numbers(header[j], rows.map { $0[j] }, formats[j])
    }
    try self.init(name: name, columns: columns, gridRowLength: gridRowLength)
  }

  /// `$name`, as a plot command refers to the block.
  public var reference: String { "$" + name }

  /// The block as script text, ending with `EOD` and a newline.
  public var text: String {
    var lines = ["\(reference) << EOD", "# " + columns.map(\.name).joined(separator: " ")]
    lines.reserveCapacity(rowCount + rowCount / Swift.max(gridRowLength ?? rowCount, 1) + 3)
    for row in 0..<rowCount {
      lines.append(columns.map { $0.cell(row) }.joined(separator: " "))
      if let gridRowLength, (row + 1) % gridRowLength == 0 { lines.append("") }
    }
    lines.append("EOD")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Names of datablocks, arrays and functions must be gnuplot identifiers.
  static func validate(identifier: String, parameter: String) throws {
    let isLetter: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0 == "_") }
    guard let first = identifier.first, isLetter(first),
      identifier.allSatisfy({ isLetter($0) || ($0.isASCII && $0.isNumber) })
    else {
      throw ParameterError(
        parameter: parameter,
        expected: "an identifier (letters, digits, _; not starting with a digit)",
        got: "'\(identifier)'")
    }
  }
}
