/// The table half of the CSV reader: reads the header, decides what each column is,
/// and turns fields into numbers and labels as `CSVParser` hands them over.
struct CSVTable {
  enum Role {
    case feature(Int)  // the feature's position in `x`
    case target
    case skipped
  }

  let target: String
  let wanted: [String]?
  let source: String?
  /// Whether the target column must be there and is read (`read`), or may be missing
  /// and is skipped (`readFeatures`, the rows a model predicts for).
  let labelled: Bool

  var header: [String] = []
  var headerLine = 1
  var headerColumns: [Int] = []  // where each name starts, for duplicate errors
  var haveHeader = false
  var roles: [Role] = []
  var featureNames: [String] = []

  var scalars: [Double] = []  // [rows, features], row-major
  var row: [Double] = []
  var rowLabel = 0
  var extraField: (line: Int, column: Int)?
  var fieldError: DataError?
  // labels are interned: one text per distinct label, one id per row
  var labelIDs: [Int] = []
  var labelTexts: [String] = []
  var labelIndex: [String: Int] = [:]
  var labelPlaces: [(line: Int, column: Int)] = []  // where each label first appears

  init(reader: CSVReader, source: String?, labelled: Bool = true) throws {
    target = reader.target
    wanted = reader.featureColumns
    self.source = source
    self.labelled = labelled
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
    try checkComplete()
    let distinct = try distinctLabels()
    let x = Tensor(unchecked: [labelIDs.count, featureNames.count], scalars)  // [rows, features]
    return Dataset(unchecked: x, labelIDs.map { distinct[$0] }, featureNames, target)
  }

  /// The features alone (`labelled: false`), once the whole input has been read.
  func finishFeatures() throws -> (x: Tensor, featureNames: [String]) {
    try checkComplete()
    return (Tensor(unchecked: [labelIDs.count, featureNames.count], scalars), featureNames)
  }

  /// A header, and at least one row after it.
  private func checkComplete() throws {
    guard haveHeader else {
      throw DataError(
        file: source,
        "the input is empty: expected a header row naming the columns, then one row per sample")
    }
    guard !labelIDs.isEmpty else {
      throw error(
        headerLine, nil, "the header names \(header.count) columns but no data rows follow it")
    }
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
    labelPlaces.append((line, column))
    return labelTexts.count - 1
  }
}
