/// Writing the digits of `DecimalFormatter` and rounding them.
///
/// Fixed notation writes the integer part, the point and `digits` fractional digits.
/// Scientific notation writes the first `digits + 1` significant digits, wherever they
/// start, and counts the exponent on the way. Either way what is left unwritten is
/// compared with one half, and a carry may ripple left through the 9s
/// (`9.99995 → 10.0000`, `9.99995e10 → 1.0000e+11`).
extension DecimalFormatter {
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
