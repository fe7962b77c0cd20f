import Foundation

/// Two interleaving half circles, point for point as sklearn's `make_moons`.
///
/// `nOuter = nSamples / 2` points lie on the upper half of the unit circle,
/// `(cos t, sin t)` for `t = linspace(0, π, nOuter)`, with label 0; `nInner =
/// nSamples − nOuter` lie on the shifted lower half `(1 − cos t, 1 − sin t − 0.5)`,
/// `t = linspace(0, π, nInner)`, with label 1. Then, from one stream: the rows are
/// shuffled (`permutation(n)`), and Gaussian noise `N(0, noise²)` is added to every
/// coordinate, row by row. `x` has shape `[nSamples, 2]`, labels are `0` and `1`.
///
/// For the same `randomState` the points equal sklearn's (to the last bit on glibc's
/// `sin`/`cos`) and the labels are identical. `randomState: nil` means seed 0: the same
/// data on every run, equal to sklearn's `random_state=0` (sklearn's own `None` draws
/// from NumPy's global stream instead).
///
/// ```swift
/// let moons = try makeMoons(nSamples: 1000, noise: 0.2, randomState: 42)
/// // moons.x row 0 = [-0.1116665435998051, 0.5202237402681694]
/// ```
/// - Throws: `ParameterError` when `nSamples < 1`, `noise` is negative or not finite,
///   or `randomState` is outside `0..<2³²`.
/// Introduced in §2.1.
public func makeMoons(
  nSamples: Int = 100, shuffle: Bool = true, noise: Double? = nil, randomState: Int? = nil
) throws -> Dataset {
  try GeneratorSupport.checkCount(nSamples, "nSamples", atLeast: 1)
  return try makeMoons(
    nSamples: (outer: nSamples / 2, inner: nSamples - nSamples / 2), shuffle: shuffle,
    noise: noise, randomState: randomState)
}

/// `makeMoons(1000, noise: 0.2, randomState: 42)`: the sample count given positionally,
/// as sklearn's `make_moons(1000, noise=0.2, random_state=42)`. Introduced in §2.1.
public func makeMoons(
  _ nSamples: Int, shuffle: Bool = true, noise: Double? = nil, randomState: Int? = nil
) throws -> Dataset {
  try makeMoons(nSamples: nSamples, shuffle: shuffle, noise: noise, randomState: randomState)
}

/// Two half circles with `outer` points labelled 0 and `inner` points labelled 1, as
/// sklearn's `make_moons(n_samples=(outer, inner))`; otherwise as
/// `makeMoons(nSamples:)`.
/// - Throws: `ParameterError` when a count is negative, or as `makeMoons(nSamples:)`.
/// Introduced in §2.1.
public func makeMoons(
  nSamples: (outer: Int, inner: Int), shuffle: Bool = true, noise: Double? = nil,
  randomState: Int? = nil
) throws -> Dataset {
  try GeneratorSupport.checkCount(nSamples.outer, "nSamples.outer", atLeast: 0)
  try GeneratorSupport.checkCount(nSamples.inner, "nSamples.inner", atLeast: 0)
  try GeneratorSupport.checkNoise(noise)
  try GeneratorSupport.checkSize([nSamples.outer, nSamples.inner], features: 2)
  var rng = try GeneratorSupport.stream(randomState)

  let tOuter = GeneratorSupport.linspace(0, Double.pi, count: nSamples.outer)
  let tInner = GeneratorSupport.linspace(0, Double.pi, count: nSamples.inner)
  var x = [Double]()
  x.reserveCapacity(2 * (nSamples.outer + nSamples.inner))
  for t in tOuter { x += [cos(t), sin(t)] }
  // sklearn writes `1 - sin(t) - 0.5`; keeping its order keeps its rounding
  for t in tInner { x += [1 - cos(t), 1 - sin(t) - 0.5] }
  var y = [Int](repeating: 0, count: nSamples.outer) + [Int](repeating: 1, count: nSamples.inner)

  if shuffle { GeneratorSupport.shuffleRows(&x, &y, columns: 2, rng: &rng) }
  if let noise { GeneratorSupport.addNoise(&x, noise: noise, rng: &rng) }
  return GeneratorSupport.dataset(x, y, columns: 2)  // x: [outer + inner, 2]
}
