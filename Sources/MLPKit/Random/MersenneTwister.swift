/// The Mersenne Twister MT19937 (Matsumoto & Nishimura 1998), the generator behind
/// both NumPy's legacy `RandomState` and PyTorch's CPU generator.
///
/// Seeded with Knuth's `init_genrand`: `mt[0] = seed`,
/// `mt[i] = 1812433253 · (mt[i−1] ⊕ (mt[i−1] >> 30)) + i` (mod 2³²). The same seed
/// gives the same 32-bit stream on every machine, which is what lets the workbook
/// print sklearn's and PyTorch's numbers. Introduced in §2.1.
public struct MersenneTwister: Sendable {
  private var state = [UInt32](repeating: 0, count: 624)
  private var position = 624

  public init(seed: UInt32) {
    state[0] = seed
    for i in 1..<624 {
      let previous = state[i - 1]
      state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
    }
    position = 624
  }

  /// The next 32 random bits.
  public mutating func next() -> UInt32 {
    if position >= 624 { twist() }
    var y = state[position]
    position += 1
    // tempering
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }

  private mutating func twist() {
    let upper: UInt32 = 0x8000_0000
    let lower: UInt32 = 0x7fff_ffff
    state.withUnsafeMutableBufferPointer { mt in
      for i in 0..<624 {
        // (i + 1) mod 624 and (i + 397) mod 624, without a division per element
        let next = i == 623 ? 0 : i + 1
        let far = i < 227 ? i + 397 : i - 227
        let y = (mt[i] & upper) | (mt[next] & lower)
        var value = mt[far] ^ (y >> 1)
        if y & 1 != 0 { value ^= 0x9908_b0df }
        mt[i] = value
      }
    }
    position = 0
  }
}
