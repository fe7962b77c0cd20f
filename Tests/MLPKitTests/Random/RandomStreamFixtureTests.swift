import MLPKit
import Testing

/// NumPy's and PyTorch's streams over more than one MT19937 block, against
/// `Tests/Fixtures/random_streams.json` (Tools/reference/random_streams.py).
@Suite struct RandomStreamFixtureTests {
  struct NumpyCase: Decodable {
    let seed: UInt32
    let raw: [UInt32]
    let random_sample: [Double]
    let intervals: [String: [Int]]
    let permutations: [[Int]]
  }
  struct TorchCase: Decodable {
    let seed: UInt64
    let uniform_from: Double
    let uniform_to: Double
    let uniform: [Double]
  }
  struct Streams: Decodable {
    let numpy: [NumpyCase]
    let torch: [TorchCase]
  }

  static let streams = Result { try Fixtures.load("random_streams", as: Streams.self) }

  @Test func rawWordsMatchNumpy() throws {
    for c in try Self.streams.get().numpy {
      var rs = RandomState(seed: c.seed)
      let words = c.raw.indices.map { _ in rs.nextUInt32() }
      #expect(words == c.raw, "seed \(c.seed)")
    }
  }

  @Test func randomSampleMatchesNumpy() throws {
    for c in try Self.streams.get().numpy {
      var rs = RandomState(seed: c.seed)
      let samples = c.random_sample.indices.map { _ in rs.randomSample() }
      #expect(samples == c.random_sample, "seed \(c.seed)")
    }
  }

  /// `interval(m)` is `randint(0, m + 1)` draw for draw, and leaves the stream where
  /// NumPy's rejections leave it (the last fixture value is the next raw word).
  @Test func boundedIntegersMatchNumpy() throws {
    for c in try Self.streams.get().numpy {
      #expect(c.intervals.count == 14)
      for (key, expected) in c.intervals.sorted(by: { $0.key < $1.key }) {
        let m = try #require(Int(key))
        var rs = RandomState(seed: c.seed)
        var drawn = (0..<(expected.count - 1)).map { _ in rs.interval(m) }
        drawn.append(Int(rs.nextUInt32()))
        #expect(drawn == expected, "seed \(c.seed), interval(\(m))")
      }
    }
  }

  @Test func permutationsMatchNumpy() throws {
    for c in try Self.streams.get().numpy {
      var rs = RandomState(seed: c.seed)
      for expected in c.permutations {
        #expect(rs.permutation(expected.count) == expected, "seed \(c.seed), n \(expected.count)")
      }
    }
  }

  /// torch keeps the low 32 bits of a 64-bit seed; 700 draws cross a block.
  @Test func torchUniformMatchesPyTorch() throws {
    for c in try Self.streams.get().torch {
      var g = TorchGenerator(manualSeed: c.seed)
      let drawn = g.uniform(from: c.uniform_from, to: c.uniform_to, count: c.uniform.count)
      #expect(drawn == c.uniform, "seed \(c.seed)")
    }
  }

  /// A copy of a stream is independent: drawing from one leaves the other as it was.
  @Test func streamsAreValues() {
    var a = RandomState(seed: 5)
    _ = a.randomSample()
    var b = a
    let first = (0..<700).map { _ in a.nextUInt32() }
    let second = (0..<700).map { _ in b.nextUInt32() }
    #expect(first == second)
  }
}
