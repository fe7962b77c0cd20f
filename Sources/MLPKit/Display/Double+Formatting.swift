/// Python's `'{:.Nf}'` and `'{:.Ne}'` for `Double`, exactly.
///
/// A double is a binary fraction `m · 2ᵉ`, so its decimal expansion is finite and
/// exact. Python (like glibc's printf) rounds that exact expansion, not the shortest
/// repr, to the requested digits, and breaks an exact tie towards the even digit:
/// `0.125.fixed(2) == "0.12"`, `2.5.fixed(0) == "2"`, while `2.675.fixed(2) == "2.67"`
/// because the double nearest 2.675 is 2.67499999…. The sign survives rounding to
/// zero (`(-0.00001).fixed(4) == "-0.0000"`), and NaN and infinities print as `nan`,
/// `inf`, `-inf`. Every chapter's `Loss: 0.7237` line and every metric go through
/// these two functions, so they are exact for all finite doubles and allocate only
/// the returned string for ordinary magnitudes. Introduced in §2.3.
extension Double {
  /// The value with `decimals` digits after the point, as Python's `f"{x:.{decimals}f}"`.
  ///
  /// `0.7237.fixed(4) == "0.7237"`, `1e-5.fixed(4) == "0.0000"`, `1234.5.fixed(0) == "1234"`.
  /// A negative `decimals` counts as 0, one above Python's limit (2³¹ − 1, "precision
  /// too big") as that limit. Introduced in §2.3.
  public func fixed(_ decimals: Int) -> String {
    let digits = Swift.min(Swift.max(0, decimals), Self.maxDecimals)
    guard digits > Self.exactDigits, isFinite else {
      return DecimalFormatter.format(
        self, style: .fixed, digits: Swift.min(digits, Self.exactDigits))
    }
    // a double's exact expansion ends within 1074 decimals: the rest are zeros
    return DecimalFormatter.format(self, style: .fixed, digits: Self.exactDigits)
      + String(repeating: "0", count: digits - Self.exactDigits)
  }

  /// The value in scientific notation with `decimals` digits after the point, as
  /// Python's `f"{x:.{decimals}e}"`.
  ///
  /// One digit before the point, then the exponent with a sign and at least two digits:
  /// `12345.6.scientific(4) == "1.2346e+04"`, `1e-5.scientific(4) == "1.0000e-05"`,
  /// `2.5.scientific(0) == "2e+00"`. A negative `decimals` counts as 0, one above
  /// Python's limit (2³¹ − 1) as that limit. Introduced in §1.1.
  public func scientific(_ decimals: Int) -> String {
    let digits = Swift.min(Swift.max(0, decimals), Self.maxDecimals)
    let text = DecimalFormatter.format(
      self, style: .scientific, digits: Swift.min(digits, Self.exactDigits))
    guard digits > Self.exactDigits, let e = text.lastIndex(of: "e") else { return text }
    // a double has fewer than 800 significant decimal digits: the rest are zeros
    return text[..<e] + String(repeating: "0", count: digits - Self.exactDigits) + text[e...]
  }

  /// More decimals than any double's exact decimal expansion needs (1074 after the
  /// point, under 800 significant): beyond it only zeros follow, so they are appended
  /// instead of computed.
  static let exactDigits = 1100

  /// Python's largest precision, `INT_MAX`.
  static let maxDecimals = Int(Int32.max)
}
