import Foundation

/// NumPy's legacy `RandomState`, reproduced draw for draw, so that sklearn's
/// `random_state=42` and ours give the same numbers.
///
/// Everything sklearn's datasets, splits and `MLPClassifier` draw comes from here:
/// `randomSample` (53-bit doubles), `uniform`, bounded integers, `shuffle` and
/// `permutation`, and the legacy polar Gaussian with its cached second value.
/// Introduced in §2.1.
public struct RandomState: Sendable {
  @usableFromInline var twister: MersenneTwister
  private var cachedGaussian: Double?

  /// A stream seeded as `np.random.RandomState(seed)`.
  public init(seed: UInt32) {
    twister = MersenneTwister(seed: seed)
  }

  /// A stream seeded from an `Int`, as sklearn's `random_state` argument.
  /// - Throws: `ParameterError` unless `0 ≤ seed < 2³²` (NumPy's rule).
  public init(checkedSeed seed: Int) throws {
    guard seed >= 0, seed <= Int(UInt32.max) else {
      throw ParameterError(
        parameter: "randomState", expected: "an integer in 0...4294967295", got: "\(seed)")
    }
    self.init(seed: UInt32(seed))
  }

  /// The next raw 32-bit draw.
  public mutating func nextUInt32() -> UInt32 { twister.next() }

  /// A double in `[0, 1)` from two draws: `(a·2²⁶ + b) / 2⁵³` with `a = u >> 5`,
  /// `b = u >> 6`, as `np.random.random_sample()`.
  public mutating func randomSample() -> Double {
    let a = Double(twister.next() >> 5)
    let b = Double(twister.next() >> 6)
    return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
  }

  /// `low + (high − low) · u`, as `np.random.uniform(low, high)`.
  public mutating func uniform(low: Double, high: Double) -> Double {
    let range = high - low
    return low + range * randomSample()
  }

  /// `count` uniform draws, in order.
  public mutating func uniform(low: Double, high: Double, count: Int) -> [Double] {
    (0..<count).map { _ in uniform(low: low, high: high) }
  }

  /// An integer in `0...max` by masked rejection, NumPy's `random_interval`: draw
  /// 32 bits, keep the bits below `max`'s highest bit, retry until `≤ max`.
  @inlinable
  public mutating func interval(_ max: Int) -> Int {
    guard max > 0 else { return 0 }
    // every bit below max's highest set bit (NumPy ORs in max >> 1, 2, 4, 8, 16, 32)
    let mask = UInt64.max >> UInt64(max).leadingZeroBitCount
    if max <= Int(UInt32.max) {
      return Int(twister.nextMasked(UInt32(truncatingIfNeeded: mask), atMost: UInt32(max)))
    }
    while true {
      let value = ((UInt64(twister.next()) << 32) | UInt64(twister.next())) & mask
      if value <= UInt64(max) { return Int(value) }
    }
  }

  /// Shuffles in place as `np.random.shuffle`: for `i` from `n−1` down to 1, swap
  /// element `i` with element `interval(i)` (Fisher–Yates).
  @inlinable
  public mutating func shuffle<T>(_ elements: inout [T]) {
    guard elements.count > 1 else { return }
    for i in stride(from: elements.count - 1, to: 0, by: -1) {
      let j = interval(i)
      elements.swapAt(i, j)
    }
  }

  /// `0..<n` in random order, as `np.random.permutation(n)`.
  public mutating func permutation(_ n: Int) -> [Int] {
    var indices = Array(0..<Swift.max(n, 0))
    shuffle(&indices)
    return indices
  }

  /// A standard normal draw by the legacy polar (Marsaglia) method.
  ///
  /// Each accepted pair `(x₁, x₂)` in the unit disc yields two normals,
  /// `f·x₂` now and `f·x₁` on the next call, with `f = √(−2 ln r² / r²)`.
  public mutating func standardNormal() -> Double {
    if let cached = cachedGaussian {
      cachedGaussian = nil
      return cached
    }
    var x1 = 0.0
    var x2 = 0.0
    var r2 = 0.0
    repeat {
      x1 = 2.0 * randomSample() - 1.0
      x2 = 2.0 * randomSample() - 1.0
      r2 = x1 * x1 + x2 * x2
    } while r2 >= 1.0 || r2 == 0.0
    let f = (-2.0 * log(r2) / r2).squareRoot()
    cachedGaussian = f * x1
    return f * x2
  }

  /// `loc + scale · z`, as `np.random.normal(loc, scale)`.
  public mutating func normal(loc: Double = 0, scale: Double = 1) -> Double {
    loc + scale * standardNormal()
  }

  /// `count` normal draws, in order.
  public mutating func normal(loc: Double = 0, scale: Double = 1, count: Int) -> [Double] {
    (0..<count).map { _ in normal(loc: loc, scale: scale) }
  }
}
