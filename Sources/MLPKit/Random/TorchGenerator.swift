/// PyTorch's CPU random generator, as seeded by `torch.manual_seed(seed)`.
///
/// The stream is MT19937 seeded like NumPy's. A `float32` uniform draw keeps the low
/// 24 bits of one 32-bit draw, `x = (u & 0xFFFFFF) · 2⁻²⁴`, and returns
/// `fma(x, to − from, from)` rounded once to `Float`. That is how `nn.Linear`'s
/// initial weights come out bit for bit. Introduced in §3.2.
public struct TorchGenerator: Sendable {
  private var twister: MersenneTwister

  /// As `torch.manual_seed(seed)`: the low 32 bits of the seed initialise MT19937.
  public init(manualSeed seed: UInt64) {
    twister = MersenneTwister(seed: UInt32(truncatingIfNeeded: seed))
  }

  /// The next raw 32-bit draw.
  public mutating func nextUInt32() -> UInt32 { twister.next() }

  /// One `float32` draw from `U(from, to)`, as `tensor.uniform_(from, to)` on the CPU.
  public mutating func uniformFloat(from: Double, to: Double) -> Float {
    let x = Float(twister.next() & 0xFF_FFFF) * 0x1p-24
    let low = Float(from)
    let range = Float(to) - low
    return low.addingProduct(x, range)
  }

  /// `count` draws in order, widened to `Double` (exactly: every `Float` is a `Double`).
  public mutating func uniform(from: Double, to: Double, count: Int) -> [Double] {
    (0..<count).map { _ in Double(uniformFloat(from: from, to: to)) }
  }
}
