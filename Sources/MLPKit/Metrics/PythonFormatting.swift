import Foundation

/// The two pieces of Python's `str.format` the classification report needs.
/// (Internal and small on purpose: the Display folder has the public formatter.)
enum PythonFormatting {
  /// `format(value, ".{digits}f")`: fixed notation, correctly rounded from the exact
  /// binary value (glibc's `printf` rounds the same way as Python).
  static func fixed(_ value: Double, digits: Int) -> String {
    String(format: "%.*f", digits, value)
  }

  /// `format(text, ">{width}")`: right-aligned to `width` code points, as Python
  /// counts string length.
  static func rightAligned(_ text: String, width: Int) -> String {
    let length = text.unicodeScalars.count
    return length >= width ? text : String(repeating: " ", count: width - length) + text
  }
}
