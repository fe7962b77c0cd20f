/// Short numbers for prose and notes: `2.1`, not `2.1000`.
///
/// A note beside a printed tensor (`← class 0 wins (2.1 > 0.3)`) reads better with
/// the digits a person would write. `trimmed` rounds like `fixed` (the exact binary
/// value, ties to even), then drops the zeros at the end, keeping one digit after the
/// point: NumPy's `format_float_positional(x, precision=decimals, unique=False,
/// trim='0')`. Introduced in §4.2.
extension Double {
  /// The value rounded to `decimals` digits after the point, without trailing zeros
  /// but with at least one decimal.
  ///
  /// `2.1.trimmed(4) == "2.1"`, `(-1.2).trimmed(4) == "-1.2"`, `5.0.trimmed(4) == "5.0"`,
  /// `3.14159.trimmed(2) == "3.14"`, `1e-5.trimmed(4) == "0.0"` (the sign survives:
  /// `(-1e-5).trimmed(4) == "-0.0"`); NaN and infinities print as `nan`, `inf`, `-inf`.
  /// A negative `decimals` counts as 0. Introduced in §4.2.
  public func trimmed(_ decimals: Int = 4) -> String {
    guard isFinite else { return fixed(0) }
    var text = fixed(decimals)
    guard let point = text.firstIndex(of: ".") else { return text + ".0" }
    // keep the first digit after the point, drop the zeros that follow it
    let firstDecimal = text.index(after: point)
    while text.last == "0", text.index(before: text.endIndex) > firstDecimal {
      text.removeLast()
    }
    return text
  }
}
