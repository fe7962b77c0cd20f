/// Isotropic Gaussian blobs, point for point as sklearn's `make_blobs`.
///
/// The recipe, from one stream: (1) unless the centres are given, draw them as
/// `uniform(centerBox.0, centerBox.1)` for each centre and feature, row by row;
/// (2) for each centre `i` in order, draw its `nᵢ` rows as `cᵢⱼ + σᵢ·z` with `z` standard
/// normal, row by row, and label them `i`; (3) shuffle the rows. Counts: a total `n`
/// over `k` centres gives each `n / k` and the first `n % k` one more. `x` has shape
/// `[Σ nᵢ, features]`; labels are `0..<k`.
///
/// As in sklearn, `centers: nil` means 3 random centres for a total count and one per
/// entry for per-centre counts; per-centre counts with `centers` given as a number
/// are an error; explicit centres set the number of features (`nFeatures` is then not
/// used). `randomState: nil` means seed 0 (sklearn's `random_state=0`), so every run
/// gives the same data.
///
/// ```swift
/// let blobs = try makeBlobs(nSamples: [50, 50], centers: [[0, 0], [4, 4]], clusterStd: [1, 0.5])
/// ```
/// - Throws: `ParameterError` naming the parameter, its valid range and the value:
///   counts below their minimum, `nFeatures < 1`, a negative or non-finite deviation,
///   lengths that disagree with the number of centres, ragged or non-finite centre
///   coordinates, a non-finite `centerBox`, or `randomState` outside `0..<2³²`.
/// Introduced in §2.1.
public func makeBlobs(
  nSamples: BlobSampleCounts = 100, nFeatures: Int = 2, centers: BlobCenters? = nil,
  clusterStd: ClusterStd = 1.0, centerBox: (Double, Double) = (-10, 10),
  shuffle: Bool = true, randomState: Int? = nil
) throws -> Dataset {
  try GeneratorSupport.checkCount(nFeatures, "nFeatures", atLeast: 1)
  var rng = try GeneratorSupport.stream(randomState)

  // the centres, drawn or checked, and how many samples each gets
  let centerRows: [[Double]]
  let counts: [Int]
  switch nSamples {
  case .total(let n):
    try GeneratorSupport.checkCount(n, "nSamples", atLeast: 1)
    switch centers ?? .count(3) {
    case .count(let k):
      try GeneratorSupport.checkCount(k, "centers", atLeast: 1)
      try GeneratorSupport.checkSize([k], features: nFeatures, "centers")
      centerRows = try BlobRecipe.randomCenters(k, nFeatures, centerBox, &rng)
    case .coordinates(let rows):
      centerRows = try BlobRecipe.checkedCenters(rows)
    }
    let k = centerRows.count
    counts = (0..<k).map { n / k + ($0 < n % k ? 1 : 0) }
  case .perCenter(let perCenter):
    guard !perCenter.isEmpty else {
      throw ParameterError(
        parameter: "nSamples", expected: "a total or at least one per-centre count", got: "[]")
    }
    for (i, count) in perCenter.enumerated() {
      try GeneratorSupport.checkCount(count, "nSamples[\(i)]", atLeast: 0)
    }
    switch centers {
    case nil:
      try GeneratorSupport.checkSize([perCenter.count], features: nFeatures, "centers")
      centerRows = try BlobRecipe.randomCenters(perCenter.count, nFeatures, centerBox, &rng)
    case .count(let k):
      throw ParameterError(
        parameter: "centers",
        expected: "nil or explicit coordinates when nSamples gives per-centre counts",
        got: "\(k)")
    case .coordinates(let rows):
      centerRows = try BlobRecipe.checkedCenters(rows)
      guard rows.count == perCenter.count else {
        throw ParameterError(
          parameter: "centers",
          expected: "one row per entry of nSamples (\(perCenter.count) rows)",
          got: "\(rows.count) rows")
      }
    }
    counts = perCenter
  }
  let stds = try BlobRecipe.checkedStds(clusterStd, centerCount: centerRows.count)
  try GeneratorSupport.checkSize(counts, features: centerRows[0].count)

  let features = centerRows[0].count
  var x = [Double]()
  var y = [Int]()
  x.reserveCapacity(counts.reduce(0, +) * features)
  for (i, center) in centerRows.enumerated() {
    for _ in 0..<counts[i] {
      for c in center { x.append(rng.normal(loc: c, scale: stds[i])) }
      y.append(i)
    }
  }
  if shuffle { GeneratorSupport.shuffleRows(&x, &y, columns: features, rng: &rng) }
  return GeneratorSupport.dataset(x, y, columns: features)  // x: [Σ counts, features]
}

/// The checks and draws behind `makeBlobs`.
enum BlobRecipe {
  /// `uniform(low, high, size: (k, features))`, row by row.
  static func randomCenters(
    _ k: Int, _ features: Int, _ box: (Double, Double), _ rng: inout RandomState
  ) throws -> [[Double]] {
    guard box.0.isFinite, box.1.isFinite, (box.1 - box.0).isFinite else {
      throw ParameterError(
        parameter: "centerBox", expected: "two finite numbers (low, high)",
        got: "(\(box.0), \(box.1))")
    }
    return (0..<k).map { _ in rng.uniform(low: box.0, high: box.1, count: features) }
  }

  /// Explicit centres: at least one row, all of one length ≥ 1, all finite.
  static func checkedCenters(_ rows: [[Double]]) throws -> [[Double]] {
    guard let first = rows.first, !first.isEmpty else {
      throw ParameterError(
        parameter: "centers", expected: "at least one centre with at least one coordinate",
        got: "\(rows)")
    }
    if let bad = rows.firstIndex(where: { $0.count != first.count }) {
      throw ParameterError(
        parameter: "centers", expected: "rows of one length (\(first.count) coordinates, as row 0)",
        got: "row \(bad) with \(rows[bad].count)")
    }
    if let bad = rows.firstIndex(where: { !$0.allSatisfy(\.isFinite) }) {
      throw ParameterError(
        parameter: "centers", expected: "finite coordinates", got: "row \(bad) = \(rows[bad])")
    }
    return rows
  }

  /// One standard deviation per centre, each finite and ≥ 0.
  static func checkedStds(_ std: ClusterStd, centerCount k: Int) throws -> [Double] {
    let values: [Double]
    switch std {
    case .same(let s): values = [Double](repeating: s, count: k)
    case .perCenter(let list):
      guard list.count == k else {
        throw ParameterError(
          parameter: "clusterStd", expected: "one value per centre (\(k) values)",
          got: "\(list.count) values")
      }
      values = list
    }
    if let bad = values.firstIndex(where: { !($0 >= 0 && $0.isFinite) }) {
      var name = "clusterStd"
      if case .perCenter = std { name += "[\(bad)]" }
      throw ParameterError(
        parameter: name, expected: ">= 0 (a finite number in [0, ∞))", got: "\(values[bad])")
    }
    return values
  }
}
