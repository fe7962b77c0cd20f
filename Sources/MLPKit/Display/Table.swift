/// A table of text and numbers, printed as aligned plain text or as Markdown.
///
/// ```
/// var table = try Table(columns: [
///   Table.Column("Epoch"), Table.Column("Loss", decimals: 4),
///   Table.Column("Accuracy", decimals: 4)])
/// try table.addRow([1, 0.7237, 0.495])
/// print(table)
/// // Epoch    Loss  Accuracy
/// // ─────  ──────  ────────
/// //     1  0.7237    0.4950
/// ```
/// Numbers are right-aligned with their column's fixed decimals (Python-exact, as
/// `Double.fixed(_:)`), text is left-aligned, and a column may override both. A text
/// column with a `maxWidth` wraps its cells at word boundaries, so a table can hold a
/// sentence of explanation per row. Columns are two spaces apart, a rule of `─` sits
/// under the headers, and no line ends in a space. `markdown` gives the same table for
/// book.md. Introduced in §2.3.
public struct Table: CustomStringConvertible, Equatable, Sendable {
  /// Where a cell's text sits in its column.
  public enum Alignment: Equatable, Sendable {
    case left, right, center
  }

  /// One cell: text, a number (shown with the column's decimals), an integer, or nothing.
  ///
  /// Literals work: `["Adam", 0.001, 200]` is a row of text, number and integer.
  public enum Cell: Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral
  {
    case text(String)
    case number(Double)
    case integer(Int)
    case empty

    /// `"Adam"` is `.text("Adam")`.
    public init(stringLiteral value: String) { self = .text(value) }
    /// `0.001` is `.number(0.001)`.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// `200` is `.integer(200)`.
    public init(integerLiteral value: Int) { self = .integer(value) }

    var isNumeric: Bool {
      switch self {
      case .number, .integer: return true
      case .text, .empty: return false
      }
    }
  }

  /// A column: its header, the decimals its numbers get, an optional alignment that
  /// overrides the text-left/numbers-right default, and an optional wrap width for text.
  public struct Column: Equatable, Sendable {
    /// The column's title; it wraps too when `maxWidth` is set.
    public var header: String
    /// Digits after the point for `.number` cells (Python-exact rounding).
    public var decimals: Int
    /// Overrides the default alignment (text left, numbers right) of every cell.
    public var alignment: Alignment?
    /// The width text cells wrap at (long words are cut); `nil` never wraps.
    public var maxWidth: Int?

    /// A column; `Table.init` checks `decimals >= 0` and `maxWidth >= 1`.
    public init(
      _ header: String, decimals: Int = 4, alignment: Alignment? = nil, maxWidth: Int? = nil
    ) {
      self.header = header
      self.decimals = decimals
      self.alignment = alignment
      self.maxWidth = maxWidth
    }
  }

  /// A line printed above the table, if any.
  public let title: String?
  /// The columns, left to right.
  public let columns: [Column]
  /// The rows added so far, each with one cell per column.
  public private(set) var rows: [[Cell]] = []

  /// An empty table with these columns.
  /// - Throws: `ParameterError` for a column with negative `decimals` or a `maxWidth`
  ///   below 1, or a table with no columns.
  public init(title: String? = nil, columns: [Column]) throws {
    guard !columns.isEmpty else {
      throw ParameterError(parameter: "columns", expected: "at least one column", got: "none")
    }
    for column in columns {
      if column.decimals < 0 {
        throw ParameterError(
          parameter: "decimals of column '\(column.header)'", expected: "an integer >= 0",
          got: "\(column.decimals)")
      }
      if let width = column.maxWidth, width < 1 {
        throw ParameterError(
          parameter: "maxWidth of column '\(column.header)'", expected: "an integer >= 1",
          got: "\(width)")
      }
    }
    self.title = title
    self.columns = columns
  }

  /// An empty table with default columns (4 decimals, no wrapping) named by `headers`.
  /// - Throws: `ParameterError` when `headers` is empty.
  public init(title: String? = nil, headers: [String]) throws {
    try self.init(title: title, columns: headers.map { Column($0) })
  }

  /// A table with its rows.
  /// - Throws: as `init(title:columns:)` and `addRow(_:)`.
  public init(title: String? = nil, columns: [Column], rows: [[Cell]]) throws {
    try self.init(title: title, columns: columns)
    for row in rows { try addRow(row) }
  }

  /// Adds a row.
  /// - Throws: `ParameterError` when the row does not have one cell per column.
  public mutating func addRow(_ cells: [Cell]) throws {
    guard cells.count == columns.count else {
      let names = columns.map(\.header).joined(separator: ", ")
      throw ParameterError(
        parameter: "row \(rows.count + 1)",
        expected: "\(columns.count) cells, one per column (\(names))", got: "\(cells.count)")
    }
    rows.append(cells)
  }

  /// The table as aligned plain text (see `Table`).
  public var description: String { renderedLines().joined(separator: "\n") }

  /// The text of a cell as the column shows it.
  func text(_ cell: Cell, in column: Column) -> String {
    switch cell {
    case .text(let text): return text
    case .number(let value): return value.fixed(column.decimals)
    case .integer(let value): return String(value)
    case .empty: return ""
    }
  }

  /// The column's alignment for `cell`: the override, else numbers right and text left.
  func alignment(of cell: Cell, in column: Column) -> Alignment {
    column.alignment ?? (cell.isNumeric ? .right : .left)
  }

  /// A header follows its column: right over a column of numbers, else left.
  func headerAlignment(_ index: Int) -> Alignment {
    if let alignment = columns[index].alignment { return alignment }
    let filled = rows.map { $0[index] }.filter { $0 != .empty }
    return !filled.isEmpty && filled.allSatisfy(\.isNumeric) ? .right : .left
  }
}
