import Foundation

/// How a datablock column writes its numbers.
///
/// Scripts are golden-tested as text, so a number is never written with Swift's
/// shortest round-trip `description` (whose length changes with the value). Each
/// column has one fixed format instead; every non-finite value is written `NaN`,
/// which gnuplot skips as a missing point, and `-0.000` is written `0.000`.
/// Introduced in §1.3.
public enum GnuplotNumberFormat: Sendable, Equatable {
  /// `%.Nf`: N decimals (0…12), e.g. `0.6931` for `.fixed(4)`.
  case fixed(Int)
  /// A whole number, `%.0f`: epochs, class indices, bins.
  case integer
  /// `%.17g`: every bit of the `Double`, for weights a gnuplot function must
  /// reproduce exactly.
  case roundTrip

  /// The text of `x` in this format.
  public func format(_ x: Double) -> String {
    guard x.isFinite else { return "NaN" }
    let text: String
    switch self {
    case .fixed(let decimals):
      text = String(format: "%.\(Swift.max(0, Swift.min(decimals, 12)))f", x)
    case .integer: text = String(format: "%.0f", x)
    case .roundTrip: text = String(format: "%.17g", x)
    }
    return Self.withoutNegativeZero(text)
  }

  /// `-0.000` and `-0` become `0.000` and `0`, so a value that rounds to zero prints
  /// the same from either side.
  static func withoutNegativeZero(_ text: String) -> String {
    guard text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) else {
      return text
    }
    return String(text.dropFirst())
  }

  /// Throws when the format cannot be written (decimals outside 0…12).
  func validate(column: String) throws {
    if case .fixed(let decimals) = self, !(0...12).contains(decimals) {
      throw ParameterError(
        parameter: "decimals of column '\(column)'", expected: "in 0...12", got: "\(decimals)")
    }
  }
}

/// Quoting and escaping for text that goes into a gnuplot script.
///
/// Two layers: a double-quoted gnuplot string turns `\\` into `\` and `\"` into `"`;
/// enhanced text (the `enhanced` terminal option, for `x_1` and `h^{(1)}`) gives
/// `^ _ @ & ~ { }` a meaning unless a backslash precedes them. Labels written by
/// the figures use enhanced markup on purpose; names a user supplies (class names,
/// run labels) go through `enhancedLiteral` so `lr_0.01` prints as typed.
/// Introduced in §1.3.
public enum GnuplotText {
  /// `text` as a double-quoted gnuplot string: `say "hi"` → `"say \"hi\""`.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for character in text {
      switch character {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default: out.append(character)
      }
    }
    return out + "\""
  }

  /// `text` with enhanced-text markup switched off, still unquoted:
  /// `lr_0.01` → `lr\_0.01`; pass the result to `quoted`.
  public static func enhancedLiteral(_ text: String) -> String {
    var out = ""
    for character in text {
      if "^_@&~{}\\".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// A user-supplied name as a quoted gnuplot string that prints exactly as typed.
  public static func literal(_ text: String) -> String { quoted(enhancedLiteral(text)) }

  /// A file name as a single-quoted gnuplot string (no escapes; `'` doubles).
  public static func fileName(_ name: String) -> String {
    "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
  }

  /// A number for a command line, with a fixed number of decimals and no
  /// trailing zeros (`0.5`, `2`, `-1.25`), never Swift's shortest-repr text.
  public static func number(_ x: Double, decimals: Int = 6) -> String {
    var text = GnuplotNumberFormat.fixed(decimals).format(x)
    guard text.contains("."), text != "NaN" else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return GnuplotNumberFormat.withoutNegativeZero(text)
  }
}
