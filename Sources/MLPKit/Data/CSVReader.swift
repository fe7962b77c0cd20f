/// Reads a CSV file into a `Dataset`: one column is the target, the others features.
///
/// The format is RFC 4180 with the tolerances real files need:
/// - The first row is the header; column names must be unique and non-empty.
///   Unquoted names are trimmed of surrounding spaces.
/// - Fields are separated by commas; a field in double quotes may hold commas, line
///   breaks and doubled quotes (`"say ""hi"""`). Spaces before an opening or after a
///   closing quote are ignored; any other character after the closing quote is an
///   error, as is a quote inside an unquoted field.
/// - Lines end in LF, CRLF or CR; a UTF-8 byte-order mark at the start is skipped;
///   blank lines (e.g. at the end) are skipped, as pandas does.
/// - Every feature field must be a finite number (`Double`'s exact parsing; spaces
///   around it are fine). The target column holds labels: when every label is an
///   integer they are `ClassLabel.int`, otherwise all are names (`ClassLabel.string`),
///   as pandas reads a column holding any text as text. A column of numbers that are
///   not all integers is what sklearn refuses: a missing marker (`NA`, `nan`), an
///   infinity or a fraction (a regression target) is an error; whole values written
///   as floats (`1.0`) are integers. Columns neither the target nor in
///   `featureColumns` are skipped unread.
/// - A field longer than 131072 bytes (Python's `csv` limit) is an error: it is
///   almost always a quote that never closes.
///
/// Errors are `DataError`s located as `file:line:column`: lines count physical lines
/// from 1 (a quoted line break starts a new one), and the column counts characters
/// (Unicode scalars) from 1 at the start of that line, pointing at the first character
/// of the bad field (its opening quote if quoted). The message names the column
/// header and the field number (`field 3`).
///
/// A file is read in chunks of `chunkSize` bytes and parsed as it streams in, so the
/// memory needed is about that of the parsed numbers, not of the text.
/// Introduced in §2.1.
public struct CSVReader: Sendable {
  /// The header name of the label column.
  public var target: String
  /// The feature columns to keep, in this order; `nil` keeps every other column, in
  /// file order.
  public var featureColumns: [String]?
  /// The largest file `read(file:)` accepts, in bytes; `nil` for no limit.
  public var maxBytes: Int?
  /// How many bytes `read(file:)` reads at a time.
  public var chunkSize: Int

  /// A reader for files whose label column is `target`.
  public init(
    target: String, featureColumns: [String]? = nil, maxBytes: Int? = nil,
    chunkSize: Int = 1 << 20
  ) {
    self.target = target
    self.featureColumns = featureColumns
    self.maxBytes = maxBytes
    self.chunkSize = chunkSize
  }

  /// Parses CSV text already in memory.
  /// - Parameter source: the name errors use for the text (a file name, say);
  ///   `nil` locates errors as `line L:C`.
  /// - Throws: `DataError` for a malformed table (see the type's documentation),
  ///   `ParameterError` for bad `featureColumns`.
  public func read(text: String, source: String? = nil) throws -> Dataset {
    var parser = try CSVParser(reader: self, source: source)
    var text = text
    try text.withUTF8 { try parser.feed(UnsafeRawBufferPointer($0)) }
    return try parser.finish()
  }
}

extension Dataset {
  /// Reads the CSV file at `path` (see `CSVReader` for the format and errors).
  ///
  /// ```swift
  /// let flowers = try Dataset(csv: "iris.csv", target: "species")
  /// ```
  /// - Throws: `DataError` naming the file, line and column of the first problem.
  /// Introduced in §2.1.
  public init(csv path: String, target: String, featureColumns: [String]? = nil) throws {
    self = try CSVReader(target: target, featureColumns: featureColumns).read(file: path)
  }

  /// Parses CSV text (see `CSVReader` for the format and errors).
  /// - Throws: `DataError` naming the line and column of the first problem.
  /// Introduced in §2.1.
  public init(csvText text: String, target: String, featureColumns: [String]? = nil) throws {
    self = try CSVReader(target: target, featureColumns: featureColumns).read(text: text)
  }
}
