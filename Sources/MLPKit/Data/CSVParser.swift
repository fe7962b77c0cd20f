/// The byte-level half of the CSV reader: an incremental RFC 4180 tokenizer.
///
/// Bytes arrive in any chunks (`feed`); the parser keeps its state between them, so
/// a field, a quoted line break or a CRLF may be split anywhere. Each finished field
/// goes to the `CSVTable`, which turns it into a number or a label, together with
/// the line and column where it starts.
struct CSVParser {
  private enum State {
    case fieldStart  // nothing of the current field seen yet
    case unquoted
    case quoted
    case quoteInQuoted  // a quote inside a quoted field: closing, or the first of `""`
    case afterQuoted  // spaces after the closing quote
  }

  // computed, not stored: a stored static is initialised lazily and checked on every
  // use, which shows in a loop that runs once per byte
  private static var comma: UInt8 { 0x2C }
  private static var quote: UInt8 { 0x22 }
  private static var cr: UInt8 { 0x0D }
  private static var lf: UInt8 { 0x0A }
  private static var space: UInt8 { 0x20 }
  private static var tab: UInt8 { 0x09 }
  private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
  /// The longest field, in bytes (Python's `csv.field_size_limit()` default). No
  /// number, label or name comes near it; a field that grows past it is almost always
  /// a quote that never closes, swallowing the rest of the file, so the reader stops
  /// there instead of holding the whole file in one field.
  static let maxFieldBytes = 131_072

  private var table: CSVTable
  private var state = State.fieldStart
  // the position of the next byte
  private var line = 1
  private var column = 1
  private var lastWasCR = false
  // the field being read, and where it and its record started
  private var field: [UInt8] = []
  private var fieldQuoted = false
  private var fieldLine = 1
  private var fieldColumn = 1
  private var fieldIndex = 0
  private var recordLine = 1
  // how many bytes of a byte-order mark have been matched; nil once past the start
  private var bomMatched: Int? = 0

  init(reader: CSVReader, source: String?, labelled: Bool = true) throws {
    table = try CSVTable(reader: reader, source: source, labelled: labelled)
    field.reserveCapacity(64)
  }

  /// Parses the next chunk of bytes.
  mutating func feed(_ bytes: UnsafeRawBufferPointer) throws {
    // an index loop, not `for byte in bytes`: unoptimised builds run the generic
    // iterator per byte, which made reading several times slower
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      i += 1
      if let matched = bomMatched {
        if byte == Self.byteOrderMark[matched] {
          bomMatched = matched + 1 == 3 ? nil : matched + 1
          continue
        }
        try replayPartialByteOrderMark()
      }
      try consume(byte)
    }
  }

  /// Ends the input: closes the last field and record, then builds the data set.
  mutating func finish() throws -> Dataset {
    try endInput()
    return try table.finish()
  }

  /// Ends the input of a parser made with `labelled: false`: the features alone.
  mutating func finishFeatures() throws -> (x: Tensor, featureNames: [String]) {
    try endInput()
    return try table.finishFeatures()
  }

  /// Closes the last field and record, or reports the quote that never closed.
  private mutating func endInput() throws {
    try replayPartialByteOrderMark()
    switch state {
    case .quoted:
      throw table.error(
        fieldLine, fieldColumn,
        "a quoted field opens here but its closing quote never comes before the end of the input"
      )
    case .fieldStart where fieldIndex == 0:
      break  // the input ended with a line break (or is empty)
    case .fieldStart:
      (fieldLine, fieldColumn) = (line, column)  // an empty last field, after a comma
      try endField()
      try endRecord()
    default:
      try endField()
      try endRecord()
    }
  }

  /// Bytes that began like a byte-order mark but were not one are ordinary input.
  private mutating func replayPartialByteOrderMark() throws {
    guard let matched = bomMatched else { return }
    bomMatched = nil
    for byte in Self.byteOrderMark.prefix(matched) { try consume(byte) }
  }

  private mutating func consume(_ byte: UInt8) throws {
    if field.count > Self.maxFieldBytes { throw fieldTooLong() }
    let (here, hereColumn) = (line, column)
    // advance the position; CRLF is one line break, UTF-8 continuation bytes no column
    if byte == Self.lf {
      if !lastWasCR { (line, column) = (line + 1, 1) }
      lastWasCR = false
    } else if byte == Self.cr {
      (line, column, lastWasCR) = (line + 1, 1, true)
    } else {
      lastWasCR = false
      if byte & 0xC0 != 0x80 { column += 1 }
    }

    switch state {
    case .fieldStart:
      if byte == Self.cr || byte == Self.lf {
        // a line break before any field is a blank line (or the LF of a CRLF): skip it
        guard fieldIndex > 0 else { return }
        (fieldLine, fieldColumn) = (here, hereColumn)  // an empty last field, after a comma
        try endField()
        try endRecord(endLine: here, endColumn: hereColumn)
        return
      }
      if fieldIndex == 0 { recordLine = here }
      (fieldLine, fieldColumn) = (here, hereColumn)
      if byte == Self.quote {
        fieldQuoted = true
        state = .quoted
      } else if byte == Self.comma {
        try endField()
      } else {
        field.append(byte)
        state = .unquoted
      }
    case .unquoted:
      switch byte {
      case Self.comma: try endField()
      case Self.cr, Self.lf:
        try endField()
        try endRecord(endLine: here, endColumn: hereColumn)
      case Self.quote where field.allSatisfy({ $0 == Self.space || $0 == Self.tab }):
        // spaces before an opening quote are layout, as spaces after the closing one
        field.removeAll(keepingCapacity: true)
        (fieldLine, fieldColumn) = (here, hereColumn)
        fieldQuoted = true
        state = .quoted
      case Self.quote:
        throw table.error(
          here, hereColumn,
          "a quote inside an unquoted field, in \(table.columnLabel(fieldIndex)); "
            + "to include quotes, enclose the whole field in quotes and double the inner ones (\"\")"
        )
      default: field.append(byte)
      }
    case .quoted:
      if byte == Self.quote { state = .quoteInQuoted } else { field.append(byte) }
    case .quoteInQuoted where byte == Self.quote:
      field.append(byte)  // `""` inside quotes is one quote
      state = .quoted
    case .quoteInQuoted, .afterQuoted:
      switch byte {
      case Self.comma: try endField()
      case Self.cr, Self.lf:
        try endField()
        try endRecord(endLine: here, endColumn: hereColumn)
      case Self.space, Self.tab: state = .afterQuoted
      default:
        throw table.error(
          here, hereColumn,
          "unexpected character after the closing quote of a field "
            + "in \(table.columnLabel(fieldIndex)); expected a comma or the end of the line")
      }
    }
  }

  private func fieldTooLong() -> DataError {
    let column = table.haveHeader ? table.columnLabel(fieldIndex) : "the header"
    let message =
      fieldQuoted
      ? "a quoted field in \(column) opens here and does not close within "
        + "\(Self.maxFieldBytes) bytes; is its closing quote missing?"
      : "a field in \(column) is longer than \(Self.maxFieldBytes) bytes; is this a CSV file?"
    return table.error(fieldLine, fieldColumn, message)
  }

  private mutating func endField() throws {
    if field.count > Self.maxFieldBytes { throw fieldTooLong() }
    try table.field(
      at: fieldIndex, field, quoted: fieldQuoted, line: fieldLine, column: fieldColumn)
    fieldIndex += 1
    field.removeAll(keepingCapacity: true)
    fieldQuoted = false
    state = .fieldStart
  }

  /// Ends a record at a line break (`endLine:endColumn`) or at the end of the input.
  private mutating func endRecord(endLine: Int? = nil, endColumn: Int? = nil) throws {
    try table.endRecord(
      fieldCount: fieldIndex, line: recordLine, endLine: endLine ?? line,
      endColumn: endColumn ?? column)
    fieldIndex = 0
  }
}
