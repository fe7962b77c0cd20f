/// The Mersenne Twister MT19937 (Matsumoto & Nishimura 1998), the generator behind
/// both NumPy's legacy `RandomState` and PyTorch's CPU generator.
///
/// Seeded with Knuth's `init_genrand`: `mt[0] = seed`,
/// `mt[i] = 1812433253 · (mt[i−1] ⊕ (mt[i−1] >> 30)) + i` (mod 2³²). The same seed
/// gives the same 32-bit stream on every machine, which is what lets the workbook
/// print sklearn's and PyTorch's numbers. Introduced in §2.1.
public struct MersenneTwister: Sendable {
  // Stored inline (no heap array, no reference count); `output` holds the current
  // block of 624 draws already tempered, so a draw is one load.
  @usableFromInline var state = InlineArray<624, UInt32>(repeating: 0)
  @usableFromInline var output = InlineArray<624, UInt32>(repeating: 0)
  @usableFromInline var position = 624

  public init(seed: UInt32) {
    state[0] = seed
    for i in 1..<624 {
      let previous = state[i - 1]
      state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
    }
    position = 624
  }

  /// The next 32 random bits.
  @inlinable @inline(__always)
  public mutating func next() -> UInt32 {
    if position >= 624 { twist() }
    defer { position += 1 }
    return output[position]
  }

  /// The first of the next draws whose bits under `mask` are at most `max`, masked —
  /// rejection sampling, as NumPy's `random_interval` does it draw by draw.
  ///
  /// Four draws are tested at once without branching on each, so the random accept
  /// or reject costs no mispredicted branch; the draws consumed are exactly those of
  /// the one-at-a-time loop.
  @inlinable
  mutating func nextMasked(_ mask: UInt32, atMost max: UInt32) -> UInt32 {
    while true {
      if position <= 620 {
        // bit q set when draw q is rejected: max − c borrows exactly when c > max
        let m = UInt64(max)
        var rejected = (m &- UInt64(output[position] & mask)) >> 63
        rejected |= ((m &- UInt64(output[position + 1] & mask)) >> 63) << 1
        rejected |= ((m &- UInt64(output[position + 2] & mask)) >> 63) << 2
        rejected |= ((m &- UInt64(output[position + 3] & mask)) >> 63) << 3
        if rejected != 0b1111 {
          let k = (~rejected).trailingZeroBitCount
          position += k + 1
          return output[position - 1] & mask
        }
        position += 4
      } else {
        let value = next() & mask
        if value <= max { return value }
      }
    }
  }

  // The next block of 624 words, then all of them tempered.
  @usableFromInline
  mutating func twist() {
    let upper: UInt32 = 0x8000_0000
    let lower: UInt32 = 0x7fff_ffff
    // i + 397 wraps at i = 227 and i + 1 at i = 623: three loops, no index arithmetic
    // modulo 624, no branch on the low bit (so the loops vectorise)
    @inline(__always) func mix(_ a: UInt32, _ b: UInt32, _ far: UInt32) -> UInt32 {
      let y = (a & upper) | (b & lower)
      return far ^ (y >> 1) ^ ((0 &- (y & 1)) & 0x9908_b0df)
    }
    for i in 0..<227 { state[i] = mix(state[i], state[i + 1], state[i + 397]) }
    for i in 227..<623 { state[i] = mix(state[i], state[i + 1], state[i - 227]) }
    state[623] = mix(state[623], state[0], state[396])
    for i in 0..<624 {
      // tempering
      var y = state[i]
      y ^= y >> 11
      y ^= (y << 7) & 0x9d2c_5680
      y ^= (y << 15) & 0xefc6_0000
      y ^= y >> 18
      output[i] = y
    }
    position = 0
  }
}
