/// The XOR problem: points in the square `[-1, 1]²`, labelled by the sign of `x₁·x₂`.
///
/// This is the workbook's own generator (sklearn has none), defined so a NumPy script
/// can reproduce it: from `RandomState(randomState)`, (1) draw `x = uniform(-1, 1)` for
/// each sample and coordinate, row by row (`rs.uniform(-1, 1, size=(n, 2))`);
/// (2) label a sample 1 when `x₁·x₂ < 0` (second and fourth quadrants) and 0 otherwise,
/// so a point on an axis is 0; (3) if `noise` is given, add `N(0, noise²)` to every
/// coordinate, row by row (`rs.normal(scale=noise, size=(n, 2))`). Labels come from the
/// clean points, so noise can push a point across an axis, as in `makeMoons`. The
/// draws are independent, so no shuffle is needed. `x` has shape `[nSamples, 2]`.
///
/// No straight line separates the classes: one hidden layer is the smallest network
/// that can. `randomState: nil` means seed 0, so every run gives the same data.
/// - Throws: `ParameterError` when `nSamples < 1`, `noise` is negative or not finite,
///   or `randomState` is outside `0..<2³²`.
/// Introduced in §1.3.
public func makeXOR(nSamples: Int = 100, noise: Double? = nil, randomState: Int? = nil)
  throws -> Dataset
{
  try GeneratorSupport.checkCount(nSamples, "nSamples", atLeast: 1)
  try GeneratorSupport.checkNoise(noise)
  try GeneratorSupport.checkSize([nSamples], features: 2)
  var rng = try GeneratorSupport.stream(randomState)
  var x = rng.uniform(low: -1, high: 1, count: 2 * nSamples)  // [nSamples, 2], row-major
  let y = (0..<nSamples).map { i in x[2 * i] * x[2 * i + 1] < 0 ? 1 : 0 }
  if let noise { GeneratorSupport.addNoise(&x, noise: noise, rng: &rng) }
  return GeneratorSupport.dataset(x, y, columns: 2)
}

/// `makeXOR(200, noise: 0.1, randomState: 1)`: the sample count given positionally.
/// Introduced in §1.3.
public func makeXOR(_ nSamples: Int, noise: Double? = nil, randomState: Int? = nil)
  throws -> Dataset
{
  try makeXOR(nSamples: nSamples, noise: noise, randomState: randomState)
}
