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
