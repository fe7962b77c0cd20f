import MLPKit
import Testing

/// makeMoons, makeCircles, makeBlobs against sklearn and makeXOR against its NumPy
/// definition (Tools/reference/datasets.py → Tests/Fixtures/datasets.json).
@Suite struct GeneratorParityTests {
  struct Moons: Decodable {
    let n: Int?
    let pair: [Int]?
    let shuffle: Bool?
    let noise: Double?
    let seed: Int
    let factor: Double?
    let shape: [Int]
    let x: [Double]
    let y: [Int]
  }
  struct Blobs: Decodable {
    let n: Int?
    let per_center: [Int]?
    let n_features: Int
    let center_count: Int?
    let center_rows: [[Double]]?
    let std: Double?
    let std_per_center: [Double]?
    let box: [Double]
    let shuffle: Bool
    let seed: Int
    let shape: [Int]
    let x: [Double]
    let y: [Int]
  }
  struct File: Decodable {
    let moons: [Moons]
    let circles: [Moons]
    let blobs: [Blobs]
    let xor: [Moons]
  }

  static let file = Result { try Fixtures.load("datasets", as: File.self) }

  /// Points agree to 1e-15 at the scale of the data (libm's last ulp may differ);
  /// labels, shapes and names agree exactly.
  static func expectMatches(
    _ data: Dataset, shape: [Int], x: [Double], y: [Int], _ what: String
  ) {
    #expect(data.x.shape == shape, "\(what)")
    #expect(data.y == ClassLabel.labels(y), "\(what)")
    let scale = max(1, x.map { abs($0) }.max() ?? 0)
    #expect(
      allClose(data.x.scalars, x, rtol: 1e-15, atol: 1e-15 * scale),
      "\(what): max |Δ| = \(maxAbsDifference(data.x.scalars, x))")
    #expect(data.featureNames == (0..<shape[1]).map { "x\($0)" })
    #expect(data.targetName == "y")
  }

  @Test func moonsMatchSklearn() throws {
    let cases = try Self.file.get().moons
    #expect(cases.count >= 8)
    for c in cases {
      let data =
        if let n = c.n {
          try makeMoons(
            nSamples: n, shuffle: c.shuffle ?? true, noise: c.noise, randomState: c.seed)
        } else {
          try makeMoons(
            nSamples: (c.pair?[0] ?? -1, c.pair?[1] ?? -1), shuffle: c.shuffle ?? true,
            noise: c.noise,
            randomState: c.seed)
        }
      Self.expectMatches(
        data, shape: c.shape, x: c.x, y: c.y,
        "moons n=\(c.n ?? -1) pair=\(c.pair ?? []) seed=\(c.seed) noise=\(c.noise ?? -1)")
    }
  }

  @Test func seedMoonsFirstRowIsExact() throws {
    let moons = try makeMoons(1000, noise: 0.2, randomState: 42)
    #expect(try moons.x.row(0).scalars == [-0.1116665435998051, 0.5202237402681694])
    #expect(Array(moons.y.prefix(10)) == ClassLabel.labels([1, 1, 1, 1, 0, 1, 1, 1, 1, 0]))
  }

  @Test func circlesMatchSklearn() throws {
    let cases = try Self.file.get().circles
    #expect(cases.count >= 8)
    for c in cases {
      let factor = c.factor ?? 0.8
      let data =
        if let n = c.n {
          try makeCircles(
            nSamples: n, shuffle: c.shuffle ?? true, noise: c.noise, randomState: c.seed,
            factor: factor)
        } else {
          try makeCircles(
            nSamples: (c.pair?[0] ?? -1, c.pair?[1] ?? -1), shuffle: c.shuffle ?? true,
            noise: c.noise,
            randomState: c.seed, factor: factor)
        }
      Self.expectMatches(
        data, shape: c.shape, x: c.x, y: c.y,
        "circles n=\(c.n ?? -1) pair=\(c.pair ?? []) seed=\(c.seed) factor=\(factor)")
    }
  }

  @Test func blobsMatchSklearn() throws {
    let cases = try Self.file.get().blobs
    #expect(cases.count >= 8)
    for c in cases {
      let counts: BlobSampleCounts =
        if let n = c.n { .total(n) } else { .perCenter(c.per_center ?? []) }
      let centers: BlobCenters? =
        if let k = c.center_count { .count(k) } else { c.center_rows.map(BlobCenters.coordinates) }
      let std: ClusterStd =
        if let s = c.std { .same(s) } else { .perCenter(c.std_per_center ?? []) }
      let data = try makeBlobs(
        nSamples: counts, nFeatures: c.n_features, centers: centers, clusterStd: std,
        centerBox: (c.box[0], c.box[1]), shuffle: c.shuffle, randomState: c.seed)
      Self.expectMatches(
        data, shape: c.shape, x: c.x, y: c.y,
        "blobs n=\(c.n ?? -1) per=\(c.per_center ?? []) k=\(c.center_count ?? -1) seed=\(c.seed)")
    }
  }

  @Test func xorMatchesItsNumpyDefinition() throws {
    let cases = try Self.file.get().xor
    for c in cases {
      let data = try makeXOR(nSamples: c.n ?? -1, noise: c.noise, randomState: c.seed)
      Self.expectMatches(data, shape: c.shape, x: c.x, y: c.y, "xor n=\(c.n ?? -1) seed=\(c.seed)")
    }
  }

  @Test func xorLabelsFollowTheQuadrantsWithoutNoise() throws {
    let data = try makeXOR(nSamples: 500, randomState: 3)
    for (row, label) in zip(data.x.rowArrays, data.y) {
      #expect(row.allSatisfy { (-1.0..<1.0).contains($0) })
      #expect(label == (row[0] * row[1] < 0 ? 1 : 0))
    }
    // both classes are present in a sample this size
    #expect(try data.classes == [0, 1])
  }
}
