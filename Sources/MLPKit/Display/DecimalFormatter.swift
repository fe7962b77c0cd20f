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

  /// Writes the digits, rounds half to even, and returns the text.
  static func render<F: FractionDigits>(
    negative: Bool, integer: UnsafeBufferPointer<UInt8>, fraction: inout F, _ style: Style,
    _ digits: Int
  ) -> String {
    // two spare bytes in front: a carry digit ("9.99" → "10.00") and the sign
    let capacity =
      style == .fixed ? 3 + Swift.max(integer.count, 1) + digits : 2 + digits + 8
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
      var n = 2
      var exponent = 0
      var direction = 0  // the rest compared with one half: −1, 0, +1
      switch style {
      case .fixed:
        if integer.isEmpty {
          out[n] = zero
          n += 1
        } else {
          for d in integer {
            out[n] = d
            n += 1
          }
        }
        if digits > 0 {
          out[n] = point
          n += 1
          for _ in 0..<digits {
            out[n] = zero &+ fraction.next()
            n += 1
          }
        }
        direction = fraction.compareToHalf()
      case .scientific:
        var needed = digits + 1
        var first = true
        func put(_ d: UInt8) {
          out[n] = d
          n += 1
          if first && digits > 0 {
            out[n] = point
            n += 1
          }
          first = false
          needed -= 1
        }
        if !integer.isEmpty {
          exponent = integer.count - 1
          var i = 0
          while needed > 0 && i < integer.count {
            put(integer[i])
            i += 1
          }
          while needed > 0 { put(zero &+ fraction.next()) }
          if i < integer.count {
            // the rest starts inside the integer part
            let next = integer[i]
            let sticky = integer[(i + 1)...].contains { $0 != zero } || !fraction.isZero
            direction = next > zero + 5 ? 1 : next < zero + 5 ? -1 : (sticky ? 1 : 0)
          } else {
            direction = fraction.compareToHalf()
          }
        } else if !fraction.isZero {
          var d = fraction.next()
          exponent = -1
          while d == 0 {
            d = fraction.next()
            exponent -= 1
          }
          put(zero &+ d)
          while needed > 0 { put(zero &+ fraction.next()) }
          direction = fraction.compareToHalf()
        } else {
          while needed > 0 { put(zero) }
          direction = -1
        }
      }

      let last = out[n - 1] == point ? out[n - 2] : out[n - 1]
      var start = 2
      if direction > 0 || (direction == 0 && (last - zero) % 2 == 1) {
        var i = n - 1
        while i >= 2 {
          if out[i] == point {
            i -= 1
          } else if out[i] == nine {
            out[i] = zero
            i -= 1
          } else {
            out[i] += 1
            break
          }
        }
        if i < 2 {
          // every digit was 9: the number gained a digit
          if style == .fixed {
            start = 1
            out[1] = zero + 1
          } else {
            out[2] = zero + 1
            exponent += 1
          }
        }
      }
      if style == .scientific {
        out[n] = UInt8(ascii: "e")
        out[n + 1] = exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
        n += 2
        let magnitude = abs(exponent)
        if magnitude >= 100 {
          out[n] = zero + UInt8(magnitude / 100)
          n += 1
        }
        out[n] = zero + UInt8(magnitude / 10 % 10)
        out[n + 1] = zero + UInt8(magnitude % 10)
        n += 2
      }
      if negative {
        start -= 1
        out[start] = UInt8(ascii: "-")
      }
      return String(decoding: UnsafeBufferPointer(rebasing: out[start..<n]), as: UTF8.self)
    }
  }
}
