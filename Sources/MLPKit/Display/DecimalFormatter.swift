/// The exact decimal rounding behind `Double.fixed(_:)` and `Double.scientific(_:)`.
///
/// A finite double is `m · 2ᵉ` with an integer `m < 2⁵³`. Its integer part is written
/// in decimal directly; its fractional part `F / 2ᵏ` (`k = −e`) yields one decimal
/// digit per step, `F ← 10·F`, digit `= F >> k`, `F ← F mod 2ᵏ`, until enough digits
/// are out. What is left of `F` decides the rounding: above `2ᵏ⁻¹` (one half) rounds
/// up, below rounds down, exactly one half rounds to the even digit.
///
/// For `e` in `−124...11` (about `2⁻⁷² ≤ |x| < 2⁶⁴`, every number a chapter prints) the
/// integer part fits a `UInt64` and `10·F` a `UInt128`, so no memory is allocated
/// besides the result. Outside that range one of the two parts needs a multi-word
/// integer (`BigFraction`, `BigInteger`), which is slower but just as exact.
enum DecimalFormatter {
  enum Style { case fixed, scientific }

  static func format(_ x: Double, style: Style, digits: Int) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    let negative = x.sign == .minus
    let bits = x.bitPattern
    let biased = Int((bits >> 52) & 0x7FF)
    let stored = bits & ((1 << 52) - 1)
    // subnormals have no hidden bit and the smallest exponent
    let m = biased == 0 ? stored : stored | (1 << 52)
    let e = biased == 0 ? -1074 : biased - 1075

    if m == 0 || (e >= 0 && e <= 11) {
      var fraction = SmallFraction(bits: 0, k: 0)
      return withIntegerDigits(m << e) { integer in
        render(negative: negative, integer: integer, fraction: &fraction, style, digits)
      }
    }
    if e < 0 && e >= -124 {
      let k = -e
      var fraction = SmallFraction(bits: UInt128(m) & ((1 << k) - 1), k: k)
      return withIntegerDigits(k < 64 ? m >> k : 0) { integer in
        render(negative: negative, integer: integer, fraction: &fraction, style, digits)
      }
    }
    if e > 0 {
      // |x| ≥ 2⁶⁴: an integer with up to 309 digits and no fraction
      var fraction = SmallFraction(bits: 0, k: 0)
      let integer = BigInteger(m, shiftedLeftBy: e).decimalDigits()
      return integer.withUnsafeBufferPointer { integer in
        render(negative: negative, integer: integer, fraction: &fraction, style, digits)
      }
    }
    // |x| < 2⁻⁷¹: no integer part and a fraction of up to 1074 bits
    var fraction = BigFraction(m, k: -e)
    return render(
      negative: negative, integer: UnsafeBufferPointer(start: nil, count: 0),
      fraction: &fraction, style, digits)
  }

  /// Calls `body` with the ASCII digits of `value` (empty for 0) in a stack buffer.
  static func withIntegerDigits<R>(_ value: UInt64, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R
  {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
      var v = value
      var start = 20
      while v > 0 {
        start -= 1
        buffer[start] = UInt8(truncatingIfNeeded: v % 10) &+ zero
        v /= 10
      }
      return body(UnsafeBufferPointer(rebasing: buffer[start..<20]))
    }
  }

  static let zero = UInt8(ascii: "0")
  static let nine = UInt8(ascii: "9")
  static let point = UInt8(ascii: ".")
}
