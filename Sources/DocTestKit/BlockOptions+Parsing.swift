import Foundation
import MLPKit

extension BlockOptions {
  /// The option names a block accepts, for error messages.
  static let known = "tol=, rtol=, exit=, stream= and capture NAME = /REGEX/"

  /// Reads the options after a marker's `|`: `key=value` words and
  /// `capture NAME = /REGEX/`, separated by spaces, `|` or line breaks.
  ///
  /// `text` may span lines; `firstLine` is the book line it starts on, so an error
  /// names the line of the bad option itself.
  static func parse(_ text: String, file: String, firstLine: Int) throws -> BlockOptions {
    var options = BlockOptions()
    var seen: Set<String> = []
    var written: [String] = []
    let chars = Array(text)
    var i = 0
    var line = firstLine
    func fail(_ message: String) -> DataError { DataError(file: file, line: line, message) }
    func skipSpace() {
      while i < chars.count, chars[i].isWhitespace || chars[i] == "|" {
        if chars[i] == "\n" { line += 1 }
        i += 1
      }
    }
    func readWord() -> String {
      let start = i
      while i < chars.count, !chars[i].isWhitespace, chars[i] != "|", chars[i] != "=" { i += 1 }
      return String(chars[start..<i])
    }
    while true {
      skipSpace()
      if i >= chars.count { break }
      let key = readWord()
      if key == "capture" {
        options.captures.append(try parseCapture(chars, &i, line: line, fail: fail))
        continue
      }
      guard i < chars.count, chars[i] == "=" else {
        throw fail("unknown option '\(key)' (options are \(known))")
      }
      i += 1
      let value = readWord()
      guard !seen.contains(key) else { throw fail("option '\(key)=' is given twice") }
      seen.insert(key)
      switch key {
      case "tol", "rtol":
        let token = TokenisedLine(value)
        guard token.texts == ["", ""], let number = token.numbers.first?.value, number >= 0 else {
          throw fail("\(key) must be a number ≥ 0, such as 1e-4; got '\(value)'")
        }
        if key == "tol" {
          options.tolerance.absolute = number
        } else {
          options.tolerance.relative = number
        }
        options.tolerance.isDeclared = true
        written.append("\(key)=\(value)")
      case "exit":
        guard let status = Int32(value), (0...255).contains(status) else {
          throw fail("exit must be an exit status in 0…255; got '\(value)'")
        }
        options.exitStatus = status
      case "stream":
        guard let stream = OutputStream(rawValue: value) else {
          throw fail("stream must be one of stdout, stderr, both; got '\(value)'")
        }
        options.stream = stream
      default:
        throw fail("unknown option '\(key)=' (options are \(known))")
      }
    }
    options.tolerance.written = written.joined(separator: " ")
    return options
  }

  /// `capture NAME = /REGEX/`, with `i` just after the word `capture`.
  private static func parseCapture(
    _ chars: [Character], _ i: inout Int, line: Int, fail: (String) -> DataError
  ) throws -> Capture {
    let usage = "write capture NAME = /REGEX/"
    while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
    let start = i
    while i < chars.count, chars[i].isLetter || chars[i].isASCIIDigit || chars[i] == "_" {
      i += 1
    }
    let name = String(chars[start..<i])
    guard let first = name.first, !first.isASCIIDigit else {
      throw fail("a capture needs a name (letters, digits, _): \(usage)")
    }
    while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
    guard i < chars.count, chars[i] == "=" else { throw fail("capture \(name): \(usage)") }
    i += 1
    while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
    guard i < chars.count, chars[i] == "/" else { throw fail("capture \(name): \(usage)") }
    i += 1
    var pattern = ""
    // the pattern runs to the next unescaped `/`; escapes stay for the regex engine
    while i < chars.count, chars[i] != "/", chars[i] != "\n" {
      if chars[i] == "\\", i + 1 < chars.count {
        pattern.append(chars[i])
        i += 1
      }
      pattern.append(chars[i])
      i += 1
    }
    guard i < chars.count, chars[i] == "/" else {
      throw fail(
        "capture \(name): /\(TextLines.trimmingTrailingWhitespace(pattern)) has no closing /")
    }
    i += 1
    do {
      _ = try Regex(pattern)
    } catch {
      throw fail("capture \(name): /\(pattern)/ is not a valid regular expression (\(error))")
    }
    return Capture(name: name, pattern: pattern, line: line)
  }
}
