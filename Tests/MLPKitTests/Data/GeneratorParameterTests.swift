import MLPKit
import Testing

/// The generators reject what sklearn rejects, with messages that name the parameter,
/// its valid range and the value; `randomState: nil` is the documented seed 0.
@Suite struct GeneratorParameterTests {
  static func message(_ body: () throws -> Dataset) -> String {
    do {
      _ = try body()
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  @Test func countsBelowTheirMinimumThrow() {
    #expect(
      Self.message { try makeMoons(nSamples: 0) }
        == "nSamples must be >= 1 (an integer in [1, ∞)); got 0")
    #expect(
      Self.message { try makeMoons(nSamples: (-1, 3)) }.contains("nSamples.outer must be >= 0"))
    #expect(Self.message { try makeCircles(nSamples: -2) }.contains("nSamples must be >= 0"))
    #expect(Self.message { try makeXOR(nSamples: 0) }.contains("got 0"))
    #expect(Self.message { try makeBlobs(nSamples: 0) }.contains("nSamples must be >= 1"))
    #expect(
      Self.message { try makeBlobs(nSamples: [4, -1]) }
        == "nSamples[1] must be >= 0 (an integer in [0, ∞)); got -1")
    #expect(Self.message { try makeBlobs(nSamples: .perCenter([])) }.contains("got []"))
    #expect(Self.message { try makeBlobs(nFeatures: 0) }.contains("nFeatures must be >= 1"))
    #expect(Self.message { try makeBlobs(centers: 0) }.contains("centers must be >= 1"))
  }

  @Test func noiseFactorAndSeedAreChecked() {
    #expect(
      Self.message { try makeMoons(noise: -0.1) }
        == "noise must be >= 0 (a finite number in [0, ∞)) or nil; got -0.1")
    #expect(Self.message { try makeXOR(noise: .nan) }.contains("got nan"))
    #expect(
      Self.message { try makeCircles(factor: 1.0) }
        == "factor must be in [0, 1) (the inner radius over the outer one); got 1.0")
    #expect(Self.message { try makeCircles(factor: -0.5) }.contains("got -0.5"))
    #expect(
      Self.message { try makeMoons(randomState: -1) }
        == "randomState must be an integer in 0...4294967295; got -1")
    #expect(Self.message { try makeBlobs(randomState: 1 << 32) }.contains("got 4294967296"))
  }

  @Test func blobShapesMustAgree() {
    #expect(
      Self.message { try makeBlobs(nSamples: [5, 5], centers: 2) }
        .contains(
          "centers must be nil or explicit coordinates when nSamples gives per-centre counts; got 2"
        ))
    #expect(
      Self.message { try makeBlobs(nSamples: [5, 5], centers: [[0, 0], [1, 1], [2, 2]]) }
        .contains("one row per entry of nSamples (2 rows); got 3 rows"))
    #expect(
      Self.message { try makeBlobs(centers: [[0, 0], [1, 1, 1]]) }
        .contains("rows of one length (2 coordinates, as row 0); got row 1 with 3"))
    #expect(
      Self.message { try makeBlobs(centers: [[0, .infinity]]) }.contains("finite coordinates"))
    #expect(
      Self.message { try makeBlobs(centers: 3, clusterStd: [1, 2]) }
        .contains("clusterStd must be one value per centre (3 values); got 2 values"))
    #expect(
      Self.message { try makeBlobs(centers: 2, clusterStd: [1, -2]) }
        == "clusterStd[1] must be >= 0 (a finite number in [0, ∞)); got -2.0")
    #expect(Self.message { try makeBlobs(clusterStd: -1) }.hasPrefix("clusterStd must be >= 0"))
    #expect(
      Self.message { try makeBlobs(centerBox: (-.infinity, 1)) }
        .contains("centerBox must be two finite numbers"))
  }

  @Test func nilSeedIsSeedZeroAndRepeatable() throws {
    #expect(try makeMoons(noise: 0.1) == makeMoons(noise: 0.1, randomState: 0))
    #expect(try makeCircles(noise: 0.1) == makeCircles(noise: 0.1))
    #expect(try makeBlobs() == makeBlobs(randomState: 0))
    #expect(try makeXOR() == makeXOR(randomState: 0))
    // a different seed gives different data
    #expect(try makeBlobs(randomState: 1) != makeBlobs(randomState: 0))
  }

  @Test func explicitCentresSetTheFeatureCount() throws {
    let blobs = try makeBlobs(nSamples: 12, nFeatures: 7, centers: [[0, 0, 0], [5, 5, 5]])
    #expect(blobs.x.shape == [12, 3])
    #expect(blobs.featureNames == ["x0", "x1", "x2"])
    #expect(try blobs.classes == [0, 1])
  }
}

/// A mistyped huge count fails clearly instead of overflowing or exhausting memory.
@Suite struct GeneratorSizeGuardTests {
  @Test func hugeCountsThrow() {
    #expect(
      GeneratorParameterTests.message { try makeMoons(nSamples: Int.max) }
        == "nSamples must be small enough for at most 2147483647 values (samples × features); "
        + "got 9223372036854775807 samples × 2 features")
    #expect(
      GeneratorParameterTests.message { try makeCircles(nSamples: (Int.max, 5)) }
        .contains("got more than 9223372036854775807 samples"))
    #expect(
      GeneratorParameterTests.message { try makeXOR(nSamples: 1 << 31) }.hasPrefix(
        "nSamples must be small enough"))
    #expect(
      GeneratorParameterTests.message { try makeBlobs(nFeatures: 1 << 40) }
        .hasPrefix("centers must be small enough"))
    #expect(
      GeneratorParameterTests.message { try makeBlobs(nSamples: [Int.max, 1]) }
        .hasPrefix("nSamples must be small enough"))
  }
}
