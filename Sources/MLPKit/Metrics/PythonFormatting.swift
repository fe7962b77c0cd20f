import Foundation

/// The piece of Python's `str.format` the reports need besides `Double.fixed(_:)`.
enum PythonFormatting {
  /// `format(text, ">{width}")`: right-aligned to `width` code points, as Python
  /// counts string length.
  static func rightAligned(_ text: String, width: Int) -> String {
    let length = text.unicodeScalars.count
    return length >= width ? text : String(repeating: " ", count: width - length) + text
  }
}
