/// Splits CSV bytes into records the way `CSVParser` does — quotes, CR/LF/CRLF line
/// breaks, blank lines, a leading byte-order mark — and notes where each field starts
/// and where the record ends, in the parser's lines and columns.
struct CSVRecordScanner {
  struct Record {
    /// The first byte of the record, the end of its content (its line break, or the
    /// end of input) and the end including the line break.
    var contentStart: Int
    var contentEnd: Int
    var end: Int
    var start: (line: Int, column: Int)
    var fieldStarts: [(line: Int, column: Int)] = []
    var endPosition: (line: Int, column: Int) = (1, 1)
    var unclosedQuote = false
    var fieldCount: Int { fieldStarts.count }
    var isBlank: Bool { fieldStarts.isEmpty }
  }

  private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterQuoted }

  let bytes: [UInt8]
  private var index: Int
  private var line = 1
  private var column = 1
  private var lastWasCR = false

  init(bytes: [UInt8]) {
    self.bytes = bytes
    // the parser skips a byte-order mark without counting it
    index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  /// The next record, or `nil` at the end of the input.
  mutating func next() -> Record? {
    guard index < bytes.count else { return nil }
    var record = Record(contentStart: index, contentEnd: index, end: index, start: (line, column))
    var state = State.fieldStart
    var onlySpaces = true
    while index < bytes.count {
      let byte = bytes[index]
      let here = (line: line, column: column)
      advance(byte)
      let isBreak = byte == 0x0A || byte == 0x0D
      switch state {
      case .fieldStart:
        if isBreak {
          // a line break before any field: a blank line, or an empty last field
          if !record.isBlank { record.fieldStarts.append(here) }
          return finish(&record, at: index - 1, here)
        }
        record.fieldStarts.append(here)
        if byte == 0x22 {
          state = .quoted
        } else if byte == 0x2C {
          state = .fieldStart  // an empty field
        } else {
          onlySpaces = byte == 0x20 || byte == 0x09
          state = .unquoted
        }
      case .unquoted:
        if isBreak { return finish(&record, at: index - 1, here) }
        if byte == 0x2C {
          state = .fieldStart
        } else if byte == 0x22 && onlySpaces {
          // spaces before an opening quote are layout: the field starts at the quote
          record.fieldStarts[record.fieldStarts.count - 1] = here
          state = .quoted
        } else if byte != 0x20 && byte != 0x09 {
          onlySpaces = false
        }
      case .quoted:
        if byte == 0x22 { state = .quoteInQuoted }
      case .quoteInQuoted, .afterQuoted:
        if isBreak { return finish(&record, at: index - 1, here) }
        if byte == 0x22 && state == .quoteInQuoted {
          state = .quoted
        } else if byte == 0x2C {
          state = .fieldStart
        } else {
          state = .afterQuoted
        }
      }
    }
    // the end of the input
    if state == .fieldStart && !record.isBlank { record.fieldStarts.append((line, column)) }
    record.unclosedQuote = state == .quoted
    record.contentEnd = index
    record.end = index
    record.endPosition = (line, column)
    return record
  }

  private mutating func finish(
    _ record: inout Record, at breakIndex: Int, _ position: (line: Int, column: Int)
  ) -> Record {
    record.contentEnd = breakIndex
    record.end = breakIndex + 1
    record.endPosition = position
    return record
  }

  /// Moves past `byte` as the parser counts: CRLF is one line break, UTF-8
  /// continuation bytes take no column.
  private mutating func advance(_ byte: UInt8) {
    index += 1
    if byte == 0x0A {
      if !lastWasCR { (line, column) = (line + 1, 1) }
      lastWasCR = false
    } else if byte == 0x0D {
      (line, column, lastWasCR) = (line + 1, 1, true)
    } else {
      lastWasCR = false
      if byte & 0xC0 != 0x80 { column += 1 }
    }
  }
}
