import Foundation

/// How a number written in prose is checked against the value a block captured.
///
/// Prose rounds: "the final accuracy is 0.91" is right when the output printed
/// `0.9050`. So a prose number matches when it is the captured value rounded to the
/// decimals the prose shows, give or take the block's tolerance:
/// `|prose − captured| ≤ ½·10^(−decimals) + tol + rtol·|captured|`, in decimal
/// arithmetic. Bless writes the captured value rounded to the same decimals, so the
/// book keeps the precision the author chose (a prose number in `1e-3` notation
/// is replaced by the captured text as printed). Non-numbers must match as text.
/// Introduced in §1.1.
public enum ProseNumber {
  /// True when the prose text agrees with the captured text.
  public static func matches(prose: String, captured: String, tolerance: Tolerance) -> Bool {
    let written = prose.trimmingCharacters(in: .whitespaces)
    let value = captured.trimmingCharacters(in: .whitespaces)
    guard let p = number(written), let c = number(value) else { return written == value }
    let halfUnit = Decimal(sign: .plus, exponent: -decimals(written) - 1, significand: 5)
    return abs(p - c) <= halfUnit + tolerance.allowed(around: c)
  }

  /// What bless writes: the captured number rounded to the prose's decimals (the
  /// captured text itself when either is not a number).
  public static func blessed(prose: String, captured: String) -> String {
    let written = prose.trimmingCharacters(in: .whitespaces)
    let value = captured.trimmingCharacters(in: .whitespaces)
    guard number(written) != nil, !written.contains(where: { $0 == "e" || $0 == "E" }),
      var c = number(value)
    else { return value }
    let places = decimals(written)
    var rounded = Decimal()
    NSDecimalRound(&rounded, &c, places, .plain)
    var text = "\(rounded)"
    // Decimal prints 0.9 for 0.90: pad back to the decimals the prose showed
    let shown = text.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
    if places > shown {
      text += (shown == 0 ? "." : "") + String(repeating: "0", count: places - shown)
    }
    return text
  }

  /// The value of a text that is exactly one number, else `nil`.
  static func number(_ text: String) -> Decimal? {
    let line = TokenisedLine(text)
    guard line.texts == ["", ""], let field = line.numbers.first else { return nil }
    return field.value
  }

  /// The decimal place of the last digit written: `0.9050` → 4, `50` → 0,
  /// `2.5e-3` → 4 (its last digit is in the 10⁻⁴ place), `1e3` → −3.
  static func decimals(_ text: String) -> Int {
    let parts = text.split(whereSeparator: { $0 == "e" || $0 == "E" })
    let mantissa = parts.first ?? ""
    let exponent = parts.count > 1 ? Int(parts[1].drop { $0 == "+" }) ?? 0 : 0
    guard let dot = mantissa.firstIndex(of: ".") else { return -exponent }
    return mantissa[mantissa.index(after: dot)...].count - exponent
  }
}
