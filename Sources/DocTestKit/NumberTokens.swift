import Foundation

/// One number found in a line: its text, its value, where it starts, and the
/// spaces just before it (right-aligned tables and PyTorch tensors pad with them).
struct NumberField: Equatable {
  var padding: String
  var text: String
  var value: Decimal
  /// The same value as a double, for the quick comparisons of the alignment table.
  var double: Double
  /// 1-based column of the number's first character (its sign, if any).
  var column: Int
}

/// A line cut into text and numbers: `texts[i]` comes before `numbers[i]`, and
/// `texts.last` after the last number, so `texts.count == numbers.count + 1`.
/// Text pieces exclude the padding, which lives in the number.
struct TokenisedLine: Equatable {
  var raw: String
  var texts: [String]
  var numbers: [NumberField]

  /// Cuts `line` (already trimmed of trailing whitespace).
  ///
  /// A number is `[sign] digits [. digits] [e|E [sign] digits]` (or `.digits`) that
  /// does not touch a letter, digit or `_` on either side (nor a `.` before it, nor
  /// `.digit` after it), so `chapter3`, `x86_64`, `3rd` and `1.2.3` stay text. A
  /// sign belongs to the number unless it follows a word or a closing bracket
  /// (`1-2` is `1`, `-`, `2`).
  init(_ line: String) {
    raw = line
    texts = []
    numbers = []
    let chars = Array(line)
    var text = ""
    var i = 0
    while i < chars.count {
      if let (end, value) = Self.number(in: chars, at: i) {
        let padding = String(text.reversed().prefix { $0 == " " })
        texts.append(String(text.dropLast(padding.count)))
        let token = String(chars[i..<end])
        numbers.append(
          NumberField(
            padding: padding, text: token, value: value, double: Double(token) ?? .nan,
            column: i + 1))
        text = ""
        i = end
      } else {
        text.append(chars[i])
        i += 1
      }
    }
    texts.append(text)
  }

  /// The end index and value of a number starting at `start`, if one does.
  static func number(in chars: [Character], at start: Int) -> (Int, Decimal)? {
    let before: Character? = start > 0 ? chars[start - 1] : nil
    if let before, isWordish(before) { return nil }
    var i = start
    if chars[i] == "-" || chars[i] == "+" {
      if let before, before == ")" || before == "]" { return nil }
      i += 1
    }
    let intStart = i
    while i < chars.count, chars[i].isASCIIDigit { i += 1 }
    var digits = i - intStart
    if i < chars.count, chars[i] == "." {
      let fracStart = i + 1
      var j = fracStart
      while j < chars.count, chars[j].isASCIIDigit { j += 1 }
      // `5.` at the end of a sentence is the number 5 and a full stop
      if j > fracStart {
        digits += j - fracStart
        i = j
      }
    }
    guard digits > 0 else { return nil }
    // an exponent only when digits follow it, so `2e` stays the word it is
    if i < chars.count, chars[i] == "e" || chars[i] == "E" {
      var j = i + 1
      if j < chars.count, chars[j] == "-" || chars[j] == "+" { j += 1 }
      let expStart = j
      while j < chars.count, chars[j].isASCIIDigit { j += 1 }
      if j > expStart { i = j }
    }
    if i < chars.count {
      let after = chars[i]
      if isWordish(after) && after != "." { return nil }
      // `1.2.3`: a dot followed by a digit continues a version string, not a sentence
      if after == ".", i + 1 < chars.count, chars[i + 1].isASCIIDigit { return nil }
    }
    guard let value = decimal(String(chars[start..<i])) else { return nil }
    return (i, value)
  }

  /// The exact decimal value of a number token (`nil` beyond `Decimal`'s range).
  static func decimal(_ token: String) -> Decimal? {
    var text = token
    if text.hasPrefix("+") { text.removeFirst() }
    if text.hasPrefix(".") { text = "0" + text }
    if text.hasPrefix("-.") { text = "-0" + text.dropFirst() }
    return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
  }

  private static func isWordish(_ c: Character) -> Bool {
    c.isLetter || c.isNumber || c == "_" || c == "."
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
