import MLPKit

/// A number typed after a flag, read by the command itself: a value that is not a
/// number gets the flag's own message, with its valid range, instead of ArgumentParser's
/// "The value 'abc' is invalid". Introduced in §2.3.
enum FlagValue {
  /// `text` as a `Double` (as Swift reads it: `1e-3`, `inf` and `nan` included; the
  /// range check comes after).
  /// - Throws: `ParameterError` naming `flag`, `expected` and the text.
  static func number(_ text: String, _ flag: String, _ expected: String) throws -> Double {
    guard let value = Double(text) else {
      throw ParameterError(parameter: flag, expected: expected, got: "'\(text)'")
    }
    return value
  }

  /// `text` as an `Int` (digits with an optional sign; `1.5` and `1e3` are not).
  /// - Throws: `ParameterError` naming `flag`, `expected` and the text.
  static func integer(_ text: String, _ flag: String, _ expected: String) throws -> Int {
    guard let value = Int(text) else {
      throw ParameterError(parameter: flag, expected: expected, got: "'\(text)'")
    }
    return value
  }
}
