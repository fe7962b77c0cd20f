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
  /// The values, numeric (with their format) or text.
  public let cells: Cells

  /// A column from its name and cells.
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
/// Two layouts. A table (`init(name:columns:)`, `init(name:header:rows:formats:)`)
/// is written one row per line under a `# name name …` header; with
/// `gridRowLength: n` a blank line follows every n rows, the grid format `splot`,
/// `pm3d` and contouring need. A nonuniform matrix (`init(name:xs:ys:values:…)`)
/// holds a function sampled on a grid compactly: a first line `n x₁ … xₙ`, then one
/// line `y z(x₁,y) … z(xₙ,y)` per y, read with `$name nonuniform matrix using 1:2:3`
/// (fine for `with image`; but gnuplot 5.4's contouring skips the outermost ring of
/// cells of matrix data, so contour a table in grid format instead).
/// Numbers always use the column's fixed format. In a script the block is
/// `$name` (`reference`). Introduced in §1.3.
public struct GnuplotDatablock: Sendable, Equatable {
  /// The block is `$name` in a script.
  public let name: String
  /// The names in the `#` header line.
  public let columnNames: [String]
  /// Rows per grid row (a blank line follows each), or `nil`.
  public let gridRowLength: Int?
  /// The number of data lines (a matrix counts its x line).
  public let rowCount: Int
  private let lines: [String]

  /// A table from columns of equal length.
  /// - Throws: `ParameterError` for a name that is not an identifier, a column name
  ///   with spaces, a text cell with `"` or a line break, or a bad grid row length;
  ///   `ShapeError` when the columns differ in length.
  public init(name: String, columns: [GnuplotColumn], gridRowLength: Int? = nil) throws {
    try Self.validate(identifier: name, parameter: "datablock name")
    let rowCount = columns.first?.count ?? 0
    for column in columns {
      try Self.validate(columnName: column.name, block: name)
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
    var lines: [String] = []
    lines.reserveCapacity(rowCount + rowCount / max(gridRowLength ?? rowCount, 1))
    for row in 0..<rowCount {
      lines.append(columns.map { $0.cell(row) }.joined(separator: " "))
      if let gridRowLength, (row + 1) % gridRowLength == 0 { lines.append("") }
    }
    self.name = name
    self.columnNames = columns.map(\.name)
    self.gridRowLength = gridRowLength
    self.rowCount = rowCount
    self.lines = ["# " + columnNames.joined(separator: " ")] + lines
  }

  /// A table from rows of numbers, one format per column.
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

  /// A nonuniform matrix: `values` holds z row-major, `ys.count` rows of `xs.count`
  /// (x varying fastest), so `values[r * xs.count + c]` is z at `(xs[c], ys[r])`.
  /// - Throws: `ShapeError` when `values` has not `xs.count · ys.count` elements,
  ///   `ParameterError` for a bad name or format.
  public init(
    name: String, xs: [Double], ys: [Double], values: [Double],
    axisFormat: GnuplotNumberFormat, valueFormat: GnuplotNumberFormat
  ) throws {
    try Self.validate(identifier: name, parameter: "datablock name")
    try axisFormat.validate(column: "x/y axis")
    try valueFormat.validate(column: "z")
    guard !xs.isEmpty, !ys.isEmpty, values.count == xs.count * ys.count else {
      throw ShapeError(
        operation: "GnuplotDatablock $\(name) (matrix)",
        shapes: [[ys.count, xs.count], [values.count]],
        reason: "a \(ys.count)×\(xs.count) grid needs \(xs.count * ys.count) values")
    }
    var lines = [
      "# nonuniform matrix: first line n x_1 ... x_n, then one line y z(x_1,y) ... z(x_n,y) per y",
      "\(xs.count) " + xs.map(axisFormat.format).joined(separator: " "),
    ]
    for (r, y) in ys.enumerated() {
      let row = values[(r * xs.count)..<((r + 1) * xs.count)]
      lines.append(axisFormat.format(y) + " " + row.map(valueFormat.format).joined(separator: " "))
    }
    self.name = name
    self.columnNames = ["x", "y", "z"]
    self.gridRowLength = nil
    self.rowCount = ys.count + 1
    self.lines = lines
  }

  /// `$name`, as a plot command refers to the block.
  public var reference: String { "$" + name }

  /// The block as script text, ending with `EOD` and a newline.
  public var text: String {
    "\(reference) << EOD\n" + lines.joined(separator: "\n") + "\nEOD\n"
  }

  static func validate(columnName: String, block: String) throws {
    guard !columnName.isEmpty, !columnName.contains(where: \.isWhitespace) else {
      throw ParameterError(
        parameter: "column name in datablock $\(block)", expected: "a word without spaces",
        got: "'\(columnName)'")
    }
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
