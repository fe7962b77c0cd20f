/// The table half of the CSV reader: reads the header, decides what each column is,
/// and turns fields into numbers and labels as `CSVParser` hands them over.
struct CSVTable {
  private enum Role {
    case feature(Int)  // the feature's position in `x`
    case target
    case skipped
  }

  private let target: String
  private let wanted: [String]?
  private let source: String?

  private var header: [String] = []
  private var headerLine = 1
  private var headerColumns: [Int] = []  // where each name starts, for duplicate errors
  private var haveHeader = false
  private var roles: [Role] = []
  private var featureNames: [String] = []

  private var scalars: [Double] = []  // [rows, features], row-major
  private var row: [Double] = []
  private var rowLabel = 0
  private var extraField: (line: Int, column: Int)?
  private var fieldError: DataError?
  // labels are interned: one text per distinct label, one id per row
  private var labelIDs: [Int] = []
  private var labelTexts: [String] = []
  private var labelIndex: [String: Int] = [:]

  init(reader: CSVReader, source: String?) throws {
    target = reader.target
    wanted = reader.featureColumns
    self.source = source
    guard let wanted else { return }
    guard !wanted.isEmpty else {
      throw ParameterError(
        parameter: "featureColumns", expected: "at least one column name, or nil for all",
        got: "[]")
    }
    if wanted.contains(target) {
      throw ParameterError(
        parameter: "featureColumns", expected: "names other than the target '\(target)'",
        got: CSVText.list(wanted))
    }
    if let repeated = wanted.enumerated().first(where: { wanted[..<$0.offset].contains($0.element) }
    ) {
      throw ParameterError(
        parameter: "featureColumns", expected: "distinct names",
        got: "'\(repeated.element)' twice in \(CSVText.list(wanted))")
    }
  }

  /// A `DataError` at `line:column` of this input.
  func error(_ line: Int, _ column: Int?, _ message: String) -> DataError {
    DataError(file: source, line: line, column: column, message)
  }

  /// `column 'petal width' (field 4)`, or `field 4` while the header is being read.
  func columnLabel(_ index: Int) -> String {
    guard haveHeader, index < header.count else { return "field \(index + 1)" }
    return "column \(CSVText.quoted(header[index])) (field \(index + 1))"
  }

  /// Takes field `index` of the current record.
  mutating func field(
    at index: Int, _ bytes: [UInt8], quoted: Bool, line: Int, column: Int
  ) throws {
    guard haveHeader else {
      try headerField(at: index, bytes, quoted: quoted, line: line, column: column)
      return
    }
    guard index < roles.count else {
      if extraField == nil { extraField = (line, column) }
      return
    }
    // a bad value waits for the end of the row: a wrong field count explains it better
    guard fieldError == nil else { return }
    do {
      switch roles[index] {
      case .skipped: break
      case .target:
        rowLabel = try label(at: index, bytes, quoted: quoted, line: line, column: column)
      case .feature(let k): row[k] = try number(at: index, bytes, line: line, column: column)
      }
    } catch let error as DataError {
      fieldError = error
    }
  }

  /// Ends the current record: the header, or one row of data.
  mutating func endRecord(fieldCount: Int, line: Int, endLine: Int, endColumn: Int) throws {
    guard haveHeader else {
      try finishHeader(line: line)
      return
    }
    guard fieldCount == header.count else {
      let expected = "expected \(header.count) fields (one per header column), got \(fieldCount)"
      if let extra = extraField {
        throw error(extra.line, extra.column, "\(expected); this field is one too many")
      }
      throw error(endLine, endColumn, "\(expected); the row ends here")
    }
    if let fieldError { throw fieldError }
    scalars.append(contentsOf: row)
    labelIDs.append(rowLabel)
  }

  /// The data set, once the whole input has been read.
  func finish() throws -> Dataset {
    guard haveHeader else {
      throw DataError(
        file: source,
        "the input is empty: expected a header row naming the columns, then one row per sample")
    }
    guard !labelIDs.isEmpty else {
      throw error(
        headerLine, nil, "the header names \(header.count) columns but no data rows follow it")
    }
    // integers only when every label is one, as a pandas column holding any text is text
    let parsed = labelTexts.map(ClassLabel.init(parsing:))
    let allIntegers = parsed.allSatisfy { if case .int = $0 { true } else { false } }
    let distinct = allIntegers ? parsed : labelTexts.map(ClassLabel.string)
    let x = Tensor(unchecked: [labelIDs.count, featureNames.count], scalars)  // [rows, features]
    return Dataset(unchecked: x, labelIDs.map { distinct[$0] }, featureNames, target)
  }

  // MARK: - Header

  private mutating func headerField(
    at index: Int, _ bytes: [UInt8], quoted: Bool, line: Int, column: Int
  ) throws {
    let range = quoted ? bytes.indices : CSVText.trimmed(bytes)
    guard let name = String(validating: bytes[range], as: UTF8.self) else {
      throw error(line, column, "the name in field \(index + 1) of the header is not valid UTF-8")
    }
    guard !name.isEmpty else {
      throw error(
        line, column,
        "the name in field \(index + 1) of the header is empty; every column needs one")
    }
    header.append(name)
    headerColumns.append(column)
  }

  private mutating func finishHeader(line: Int) throws {
    headerLine = line
    guard header.count > 1 else {
      throw error(
        line, headerColumns.first,
        "the header has only one column, \(CSVText.quoted(header.first ?? "")); a data set needs "
          + "a target column and at least one feature column, separated by commas")
    }
    for (j, name) in header.enumerated() {
      if let i = header[..<j].firstIndex(of: name) {
        throw error(
          line, headerColumns[j],
          "column name \(CSVText.quoted(name)) appears twice (fields \(i + 1) and \(j + 1)); "
            + "column names must be unique")
      }
    }
    let available = "the columns are \(CSVText.list(header))"
    guard let targetIndex = header.firstIndex(of: target) else {
      throw error(
        line, nil, "no column named \(CSVText.quoted(target)) for the target; \(available)")
    }
    featureNames = wanted ?? header.enumerated().filter { $0.offset != targetIndex }.map(\.element)
    roles = [Role](repeating: .skipped, count: header.count)
    roles[targetIndex] = .target
    for (k, name) in featureNames.enumerated() {
      guard let index = header.firstIndex(of: name) else {
        throw error(
          line, nil,
          "featureColumns names \(CSVText.quoted(name)), which is not a column; \(available)")
      }
      roles[index] = .feature(k)
    }
    row = [Double](repeating: 0, count: featureNames.count)
    haveHeader = true
  }

  // MARK: - Fields

  private func number(at index: Int, _ bytes: [UInt8], line: Int, column: Int) throws -> Double {
    let range = CSVText.trimmed(bytes)
    guard !range.isEmpty else {
      throw error(
        line, column, "empty field in \(columnLabel(index)); every feature needs a number")
    }
    let slice = bytes[range]
    guard CSVText.isASCII(bytes, range) else {
      guard let text = String(validating: slice, as: UTF8.self) else {
        throw error(line, column, "the field in \(columnLabel(index)) is not valid UTF-8")
      }
      throw error(line, column, "\(CSVText.quoted(text)) in \(columnLabel(index)) is not a number")
    }
    let text = String(decoding: slice, as: UTF8.self)
    // `Double(_:)` parses decimal text exactly (correctly rounded)
    guard let value = Double(text) else {
      throw error(line, column, "\(CSVText.quoted(text)) in \(columnLabel(index)) is not a number")
    }
    guard value.isFinite else {
      throw error(
        line, column,
        "\(CSVText.quoted(text)) in \(columnLabel(index)) is not a finite number; "
          + "features must not be NaN or infinite")
    }
    return value
  }

  private mutating func label(
    at index: Int, _ bytes: [UInt8], quoted: Bool, line: Int, column: Int
  ) throws -> Int {
    let range = quoted ? bytes.indices : CSVText.trimmed(bytes)
    guard let text = String(validating: bytes[range], as: UTF8.self) else {
      throw error(line, column, "the label in \(columnLabel(index)) is not valid UTF-8")
    }
    guard !text.isEmpty else {
      throw error(line, column, "empty label in \(columnLabel(index)); every row needs a label")
    }
    if let id = labelIndex[text] { return id }
    labelIndex[text] = labelTexts.count
    labelTexts.append(text)
    return labelTexts.count - 1
  }
}

/// Small text helpers for the CSV reader's messages and fields.
enum CSVText {
  /// `'name'`, with line breaks and tabs shown as `\n`, `\r`, `\t` and long text cut
  /// to 40 characters, so an error stays on one line.
  static func quoted(_ text: String) -> String {
    var shown = text.count > 40 ? String(text.prefix(39)) + "…" : text
    shown = shown.replacingOccurrences(of: "\r", with: "\\r")
      .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
    return "'\(shown)'"
  }

  /// `'a', 'b', 'c'`.
  static func list(_ names: [String]) -> String {
    names.map(quoted).joined(separator: ", ")
  }

  /// Whether `bytes[range]` is all ASCII (a plain loop: this runs once per field).
  static func isASCII(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i < range.upperBound {
      if bytes[i] >= 0x80 { return false }
      i += 1
    }
    return true
  }

  /// The range of `bytes` without leading and trailing spaces and tabs.
  static func trimmed(_ bytes: [UInt8]) -> Range<Int> {
    var low = 0
    var high = bytes.count
    while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low += 1 }
    while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 { high -= 1 }
    return low..<high
  }
}
