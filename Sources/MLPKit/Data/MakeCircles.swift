import Foundation

/// A large circle around a smaller one, point for point as sklearn's `make_circles`.
///
/// `nOuter = nSamples / 2` points lie evenly on the unit circle,
/// `(cos t, sin t)` for `t = linspace(0, 2π, nOuter, endpoint: false)`, with label 0;
/// `nInner = nSamples − nOuter` lie on the circle of radius `factor`,
/// `(factor·cos t, factor·sin t)`, with label 1 (so for an odd count the inner circle has
/// one point more). Then, from one stream: the rows are shuffled and Gaussian noise
/// `N(0, noise²)` is added to every coordinate, row by row. `x` has shape
/// `[nSamples, 2]`.
///
/// For the same `randomState` the points equal sklearn's and the labels are identical.
/// `randomState: nil` means seed 0 (sklearn's `random_state=0`), so every run gives the
/// same data.
/// - Throws: `ParameterError` when `nSamples < 0` (sklearn allows an empty set),
///   `factor` is outside `[0, 1)`, `noise` is negative or not finite, or `randomState`
///   is outside `0..<2³²`.
/// Introduced in §2.1.
public func makeCircles(
  nSamples: Int = 100, shuffle: Bool = true, noise: Double? = nil, randomState: Int? = nil,
  factor: Double = 0.8
) throws -> Dataset {
  try GeneratorSupport.checkCount(nSamples, "nSamples", atLeast: 0)
  return try makeCircles(
    nSamples: (outer: nSamples / 2, inner: nSamples - nSamples / 2), shuffle: shuffle,
    noise: noise, randomState: randomState, factor: factor)
}

/// `makeCircles(301, noise: 0.1, randomState: 3)`: the sample count given positionally,
/// as in sklearn. Introduced in §2.1.
public func makeCircles(
  _ nSamples: Int, shuffle: Bool = true, noise: Double? = nil, randomState: Int? = nil,
  factor: Double = 0.8
) throws -> Dataset {
  try makeCircles(
    nSamples: nSamples, shuffle: shuffle, noise: noise, randomState: randomState,
    factor: factor)
}

/// Two circles with `outer` points labelled 0 and `inner` points labelled 1, as
/// sklearn's `make_circles(n_samples=(outer, inner))`; otherwise as
/// `makeCircles(nSamples:)`.
/// - Throws: `ParameterError` when a count is negative, or as `makeCircles(nSamples:)`.
/// Introduced in §2.1.
public func makeCircles(
  nSamples: (outer: Int, inner: Int), shuffle: Bool = true, noise: Double? = nil,
  randomState: Int? = nil, factor: Double = 0.8
) throws -> Dataset {
  try GeneratorSupport.checkCount(nSamples.outer, "nSamples.outer", atLeast: 0)
  try GeneratorSupport.checkCount(nSamples.inner, "nSamples.inner", atLeast: 0)
  try GeneratorSupport.checkNoise(noise)
  try GeneratorSupport.checkSize([nSamples.outer, nSamples.inner], features: 2)
  guard factor >= 0, factor < 1 else {
    throw ParameterError(
      parameter: "factor", expected: "in [0, 1) (the inner radius over the outer one)",
      got: "\(factor)")
  }
  var rng = try GeneratorSupport.stream(randomState)

  // endpoint: false, so that the first point is not repeated as the last
  let tOuter = GeneratorSupport.linspace(0, 2 * Double.pi, count: nSamples.outer, endpoint: false)
  let tInner = GeneratorSupport.linspace(0, 2 * Double.pi, count: nSamples.inner, endpoint: false)
  var x = [Double]()
  x.reserveCapacity(2 * (nSamples.outer + nSamples.inner))
  for t in tOuter { x += [cos(t), sin(t)] }
  for t in tInner { x += [cos(t) * factor, sin(t) * factor] }
  var y = [Int](repeating: 0, count: nSamples.outer) + [Int](repeating: 1, count: nSamples.inner)

  if shuffle { GeneratorSupport.shuffleRows(&x, &y, columns: 2, rng: &rng) }
  if let noise { GeneratorSupport.addNoise(&x, noise: noise, rng: &rng) }
  return GeneratorSupport.dataset(x, y, columns: 2)  // x: [outer + inner, 2]
}
