/// The fractional part `F / 2ᵏ` of a double, read out one decimal digit at a time.
protocol FractionDigits {
  /// The next decimal digit (0...9); 0 forever once the fraction is used up.
  mutating func next() -> UInt8
  /// Whether no nonzero digit is left.
  var isZero: Bool { get }
  /// What is left, compared with one half: −1 below, 0 exactly, +1 above.
  func compareToHalf() -> Int
}

/// A fraction of at most 124 bits: `10·F` still fits 128 bits.
struct SmallFraction: FractionDigits {
  var bits: UInt128
  let k: Int

  init(bits: UInt128, k: Int) {
    self.bits = bits
    self.k = k
  }

  mutating func next() -> UInt8 {
    if bits == 0 { return 0 }
    bits &*= 10
    let digit = UInt8(truncatingIfNeeded: bits >> k)
    bits &= (1 << k) - 1
    return digit
  }

  var isZero: Bool { bits == 0 }

  func compareToHalf() -> Int {
    if k == 0 || bits == 0 { return -1 }
    let half: UInt128 = 1 << (k - 1)
    return bits < half ? -1 : bits == half ? 0 : 1
  }
}

/// A fraction of up to 1074 bits (subnormals), in 32-bit words, least significant first.
struct BigFraction: FractionDigits {
  var words: [UInt32]
  let k: Int

  init(_ m: UInt64, k: Int) {
    // room for k bits plus the 4 bits a digit occupies above them
    words = [UInt32](repeating: 0, count: (k + 4) / 32 + 1)
    words[0] = UInt32(truncatingIfNeeded: m)
    words[1] = UInt32(truncatingIfNeeded: m >> 32)
    self.k = k
  }

  mutating func next() -> UInt8 {
    if isZero { return 0 }
    var carry: UInt64 = 0
    for i in words.indices {
      let product = UInt64(words[i]) * 10 + carry
      words[i] = UInt32(truncatingIfNeeded: product)
      carry = product >> 32
    }
    var digit: UInt8 = 0
    for bit in 0..<4 where self.bit(k + bit) { digit |= 1 << bit }
    // clear everything from bit k up
    let word = k / 32
    words[word] &= (UInt32(1) << (k % 32)) &- 1
    for i in (word + 1)..<words.count { words[i] = 0 }
    return digit
  }

  func bit(_ index: Int) -> Bool {
    index / 32 < words.count && (words[index / 32] >> (index % 32)) & 1 == 1
  }

  var isZero: Bool { words.allSatisfy { $0 == 0 } }

  func compareToHalf() -> Int {
    guard bit(k - 1) else { return -1 }
    let word = (k - 1) / 32
    let below = words[word] & ((UInt32(1) << ((k - 1) % 32)) &- 1)
    return below != 0 || words[..<word].contains { $0 != 0 } ? 1 : 0
  }
}

/// `m · 2ᵉ` for large `e`, in 32-bit words, least significant first.
struct BigInteger {
  var words: [UInt32]

  init(_ m: UInt64, shiftedLeftBy e: Int) {
    words = [UInt32](repeating: 0, count: (e + 64) / 32 + 1)
    let (word, bit) = (e / 32, e % 32)
    // m spans at most three words once shifted by `bit`
    let low = UInt128(m) << bit
    for i in 0..<3 where word + i < words.count {
      words[word + i] = UInt32(truncatingIfNeeded: low >> (32 * i))
    }
  }

  /// The decimal digits as ASCII, most significant first.
  func decimalDigits() -> [UInt8] {
    var n = words
    var chunks = [UInt32]()  // base 10⁹, least significant first
    while n.contains(where: { $0 != 0 }) {
      var remainder: UInt64 = 0
      for i in n.indices.reversed() {
        let value = remainder << 32 | UInt64(n[i])
        n[i] = UInt32(value / 1_000_000_000)
        remainder = value % 1_000_000_000
      }
      chunks.append(UInt32(remainder))
    }
    var digits = [UInt8]()
    for (i, chunk) in chunks.reversed().enumerated() {
      var text = Array(String(chunk).utf8)
      if i > 0 {
        text = [UInt8](repeating: UInt8(ascii: "0"), count: 9 - text.count) + text
      }
      digits += text
    }
    return digits
  }
}
