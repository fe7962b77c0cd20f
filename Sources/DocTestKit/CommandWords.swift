import MLPKit

/// Splits a command as a shell would for simple cases: words separated by spaces,
/// `'single'` and `"double"` quotes group words, a backslash escapes the next
/// character. No variables, globs, pipes or redirections: a doc-tested command runs
/// one executable with its arguments, nothing else.
enum CommandWords {
  /// The words of `text`; throws a `DataError` at `line` for an unclosed quote.
  static func split(_ text: String, file: String, line: Int) throws -> [String] {
    var words: [String] = []
    var word = ""
    var inWord = false
    var quote: Character? = nil
    var escaped = false
    for c in text {
      if escaped {
        word.append(c)
        escaped = false
      } else if c == "\\" && quote != "'" {
        escaped = true
        inWord = true
      } else if let q = quote {
        if c == q { quote = nil } else { word.append(c) }
      } else if c == "'" || c == "\"" {
        quote = c
        inWord = true
      } else if c.isWhitespace {
        if inWord { words.append(word) }
        word = ""
        inWord = false
      } else {
        word.append(c)
        inWord = true
      }
    }
    if let quote {
      throw DataError(file: file, line: line, "unclosed \(quote) quote in the command '\(text)'")
    }
    if escaped {
      throw DataError(file: file, line: line, "the command '\(text)' ends with a lone backslash")
    }
    if inWord { words.append(word) }
    return words
  }
}
