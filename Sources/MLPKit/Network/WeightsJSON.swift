/// A small strict JSON reader for weight files that remembers where each value starts.
///
/// Foundation's readers give no line and column for errors, and `JSONSerialization`
/// may round long decimals through `Decimal`; this one parses numbers with
/// `Double(String)` (correctly rounded, so float32 weights written by Python come back
/// exactly) and reports problems as `file:line:column`. Python's `json` writes `NaN`,
/// `Infinity` and `-Infinity` for non-finite floats; they are read as such so the
/// loader can name them. Object keys keep their file order. Introduced in §3.7.
struct WeightsJSON {
  /// A parsed value with its 1-based line and column.
  indirect enum Value {
    case object([(key: String, value: Value, line: Int, column: Int)])
    case array([(value: Value, line: Int, column: Int)])
    case number(Double, text: String)
    case string(String)
    case bool(Bool)
    case null

    var kind: String {
      switch self {
      case .object: return "an object"
      case .array: return "a list"
      case .number: return "a number"
      case .string: return "a string"
      case .bool: return "a boolean"
      case .null: return "null"
      }
    }
  }

  private let bytes: [UInt8]
  private let file: String
  private var position = 0
  private var line = 1
  private var column = 1
  // lists and objects open around the current position; each level is a recursive call
  private var depth = 0

  /// The deepest nesting read. A weights or model file needs 4 levels (an object of
  /// lists of rows); the limit keeps a corrupt or hostile file from exhausting the stack.
  static let maxDepth = 64

  /// Parses `bytes` (the contents of `file`) as one JSON value.
  static func parse(_ bytes: [UInt8], file: String) throws -> Value {
    var reader = WeightsJSON(bytes: bytes, file: file)
    reader.skipWhitespace()
    let value = try reader.parseValue()
    reader.skipWhitespace()
    if reader.position < bytes.count {
      throw reader.error("unexpected \(reader.describeCurrent()) after the end of the JSON value")
    }
    return value
  }

  private init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
  }

  private func error(_ message: String) -> DataError {
    DataError(file: file, line: line, column: column, "malformed JSON: \(message)")
  }

  private func describeCurrent() -> String {
    guard position < bytes.count else { return "end of file (is the file truncated?)" }
    let byte = bytes[position]
    return byte >= 0x20 && byte < 0x7F ? "'\(Character(UnicodeScalar(byte)))'" : "byte \(byte)"
  }

  private mutating func advance() {
    if bytes[position] == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if bytes[position] & 0xC0 != 0x80 {
      column += 1  // count characters, not UTF-8 continuation bytes
    }
    position += 1
  }

  private mutating func skipWhitespace() {
    while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { advance() }
  }

  private mutating func expect(_ literal: String) -> Bool {
    let utf8 = Array(literal.utf8)
    guard position + utf8.count <= bytes.count,
      Array(bytes[position..<(position + utf8.count)]) == utf8
    else { return false }
    for _ in utf8 { advance() }
    return true
  }

  private mutating func parseValue() throws -> Value {
    guard position < bytes.count else {
      throw error("expected a value, found \(describeCurrent())")
    }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t") where expect("true"): return .bool(true)
    case UInt8(ascii: "f") where expect("false"): return .bool(false)
    case UInt8(ascii: "n") where expect("null"): return .null
    case UInt8(ascii: "N") where expect("NaN"): return .number(.nan, text: "NaN")
    case UInt8(ascii: "I") where expect("Infinity"): return .number(.infinity, text: "Infinity")
    case UInt8(ascii: "-") where expect("-Infinity"):
      return .number(-.infinity, text: "-Infinity")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("expected a value, found \(describeCurrent())")
    }
  }

  /// Enters one level of nesting, or throws at the list or object that opens too deep.
  private mutating func enterNested() throws {
    guard depth < Self.maxDepth else {
      throw error("lists and objects are nested more than \(Self.maxDepth) levels deep")
    }
    depth += 1
  }

  private mutating func parseObject() throws -> Value {
    try enterNested()
    defer { depth -= 1 }
    advance()  // {
    var members: [(key: String, value: Value, line: Int, column: Int)] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      advance()
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
        throw error("expected a quoted key, found \(describeCurrent())")
      }
      let (keyLine, keyColumn) = (line, column)
      let key = try parseString()
      if members.contains(where: { $0.key == key }) {
        throw DataError(
          file: file, line: keyLine, column: keyColumn, "the key \"\(key)\" appears twice")
      }
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
        throw error("expected ':' after the key \"\(key)\", found \(describeCurrent())")
      }
      advance()
      skipWhitespace()
      let (valueLine, valueColumn) = (line, column)
      members.append((key, try parseValue(), valueLine, valueColumn))
      skipWhitespace()
      guard position < bytes.count else {
        throw error("expected ',' or '}', found \(describeCurrent())")
      }
      if bytes[position] == UInt8(ascii: ",") {
        advance()
      } else if bytes[position] == UInt8(ascii: "}") {
        advance()
        return .object(members)
      } else {
        throw error("expected ',' or '}' after the value of \"\(key)\", found \(describeCurrent())")
      }
    }
  }

  private mutating func parseArray() throws -> Value {
    try enterNested()
    defer { depth -= 1 }
    advance()  // [
    var elements: [(value: Value, line: Int, column: Int)] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      advance()
      return .array(elements)
    }
    while true {
      skipWhitespace()
      let (elementLine, elementColumn) = (line, column)
      elements.append((try parseValue(), elementLine, elementColumn))
      skipWhitespace()
      guard position < bytes.count else {
        throw error("expected ',' or ']', found \(describeCurrent())")
      }
      if bytes[position] == UInt8(ascii: ",") {
        advance()
      } else if bytes[position] == UInt8(ascii: "]") {
        advance()
        return .array(elements)
      } else {
        throw error("expected ',' or ']' after a list element, found \(describeCurrent())")
      }
    }
  }

  private mutating func parseString() throws -> String {
    advance()  // opening quote
    var scalars: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        advance()
        return String(decoding: scalars, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        advance()
        guard position < bytes.count else { break }
        let escaped = bytes[position]
        switch escaped {
        case UInt8(ascii: "n"): scalars.append(0x0A)
        case UInt8(ascii: "t"): scalars.append(0x09)
        case UInt8(ascii: "r"): scalars.append(0x0D)
        case UInt8(ascii: "b"): scalars.append(0x08)
        case UInt8(ascii: "f"): scalars.append(0x0C)
        case UInt8(ascii: "u"):
          // \uXXXX: keep it simple, names are ASCII; decode a BMP scalar
          let hexStart = position + 1
          guard hexStart + 4 <= bytes.count,
            // exactly four hex digits: UInt32(_:radix:) alone would also take "+1F2"
            bytes[hexStart..<(hexStart + 4)].allSatisfy({ Character(UnicodeScalar($0)).isHexDigit }
            ),
            let code = UInt32(
              String(decoding: bytes[hexStart..<(hexStart + 4)], as: UTF8.self), radix: 16),
            let scalar = UnicodeScalar(code)
          else { throw error("invalid \\u escape in a string") }
          scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
          for _ in 0..<4 { advance() }
        default: scalars.append(escaped)
        }
        advance()
        continue
      }
      guard byte >= 0x20 else { throw error("a control character inside a string") }
      scalars.append(byte)
      advance()
    }
    throw error("a string is not closed before the end of file (is the file truncated?)")
  }

  private mutating func parseNumber() throws -> Value {
    let start = position
    let (startLine, startColumn) = (line, column)
    let allowed = Set("+-0123456789.eE".utf8)
    while position < bytes.count, allowed.contains(bytes[position]) { advance() }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    // JSON's grammar: -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?
    let pattern = #/-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/#
    guard text.wholeMatch(of: pattern) != nil, let value = Double(text) else {
      throw DataError(
        file: file, line: startLine, column: startColumn, "malformed JSON: invalid number \(text)")
    }
    return .number(value, text: text)
  }
}
