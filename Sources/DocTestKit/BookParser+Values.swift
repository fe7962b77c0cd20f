import MLPKit

extension BookParser {
  /// The `<!--value NAME-->TEXT<!--/value-->` spans of one prose line (spaces inside
  /// the comments are allowed). Spans inside `` `code` `` are examples, not values.
  static func proseValues(in text: String, line: Int, file: String) throws -> [ProseValue] {
    let chars = Array(text)
    var values: [ProseValue] = []
    var i = 0
    func fail(_ message: String) -> DataError { DataError(file: file, line: line, message) }
    while i < chars.count {
      if chars[i] == "`" {
        i = endOfCodeSpan(chars, from: i)
        continue
      }
      guard let (word, name, afterOpen) = comment(chars, at: i) else {
        i += 1
        continue
      }
      if word == "/value" {
        throw fail("<!--/value--> at column \(i + 1) closes no <!--value NAME-->")
      }
      guard word == "value" else {
        i = afterOpen
        continue
      }
      guard let name, !name.isEmpty else {
        throw fail(
          "the <!--value …--> at column \(i + 1) must read <!--value NAME-->"
            + " (NAME of letters, digits and _, e.g. final_accuracy)")
      }
      var j = afterOpen
      var close: Int? = nil
      while j < chars.count {
        if let (word, _, after) = comment(chars, at: j), word == "/value" {
          close = after
          break
        }
        j += 1
      }
      guard let close else {
        throw fail("<!--value \(name)--> at column \(i + 1) has no <!--/value--> on the same line")
      }
      values.append(
        ProseValue(
          line: line, column: afterOpen + 1, name: name, text: String(chars[afterOpen..<j])))
      i = close
    }
    return values
  }

  /// Reads `<!-- word [name] -->` at `i`: the word, the name and the index after `-->`.
  private static func comment(_ chars: [Character], at i: Int) -> (String, String?, Int)? {
    guard chars[i...].starts(with: "<!--") else { return nil }
    var j = i + 4
    func skipSpaces() { while j < chars.count, chars[j] == " " { j += 1 } }
    func word() -> String {
      let start = j
      while j < chars.count,
        chars[j] == "/" || chars[j].isLetter || chars[j].isASCIIDigit
          || chars[j] == "_"
      {
        j += 1
      }
      return String(chars[start..<j])
    }
    skipSpaces()
    let keyword = word()
    skipSpaces()
    let name = word()
    skipSpaces()
    guard chars[j...].starts(with: "-->") else {
      return keyword == "value" || keyword == "/value" ? (keyword, nil, j) : nil
    }
    return (keyword, name.isEmpty ? nil : name, j + 3)
  }

  /// The index after the code span opened by the backtick run at `start` (or after
  /// the run itself when nothing closes it, as CommonMark reads a lone backtick).
  private static func endOfCodeSpan(_ chars: [Character], from start: Int) -> Int {
    var run = start
    while run < chars.count, chars[run] == "`" { run += 1 }
    let length = run - start
    var j = run
    while j < chars.count {
      if chars[j] == "`" {
        var k = j
        while k < chars.count, chars[k] == "`" { k += 1 }
        if k - j == length { return k }
        j = k
      } else {
        j += 1
      }
    }
    return run
  }
}
