import MLPKit
import Testing

/// `trainTestSplit` against sklearn's `train_test_split` (Tools/reference/split.py).
@Suite struct TrainTestSplitTests {
  struct Case: Decodable {
    let n: Int
    let seed: Int
    let test_size: Double?
    let train_size: Double?
    let test_is_fraction: Bool
    let train_is_fraction: Bool
    let shuffle: Bool
    let stratify: [Int]?
    let train: [Int]
    let test: [Int]
  }
  struct File: Decodable { let cases: [Case] }

  static func size(_ value: Double?, fraction: Bool) -> SplitSize? {
    guard let value else { return nil }
    return fraction ? .fraction(value) : .count(Int(value))
  }

  @Test func indicesMatchSklearn() throws {
    let file = try Fixtures.load("split", as: File.self)
    #expect(file.cases.count >= 10)
    for c in file.cases {
      var rng = try RandomState(checkedSeed: c.seed)
      let split = try trainTestSplitIndices(
        sampleCount: c.n, testSize: Self.size(c.test_size, fraction: c.test_is_fraction),
        trainSize: Self.size(c.train_size, fraction: c.train_is_fraction), shuffle: c.shuffle,
        stratify: c.stratify.map(ClassLabel.labels), randomState: &rng)
      #expect(split.train == c.train, "n=\(c.n) seed=\(c.seed)")
      #expect(split.test == c.test, "n=\(c.n) seed=\(c.seed)")
    }
  }

  @Test func seedSplitOfTheMoonsData() throws {
    // the reference's first test indices for n=1000, test_size=0.2, random_state=42
    var rng = RandomState(seed: 42)
    let split = try trainTestSplitIndices(sampleCount: 1000, testSize: 0.2, randomState: &rng)
    #expect(split.test.prefix(5) == [521, 737, 740, 660, 411])
    #expect(split.train.count == 800)
  }

  @Test func badSizesAndLabelsThrowClearErrors() throws {
    var rng = RandomState(seed: 0)
    let zero = #expect(throws: ParameterError.self) {
      try trainTestSplitIndices(sampleCount: 100, testSize: 0.0, randomState: &rng)
    }
    #expect(zero?.description.contains("testSize must be a fraction in (0, 1)") == true)
    let tooMany = #expect(throws: ParameterError.self) {
      try trainTestSplitIndices(sampleCount: 10, testSize: 10, randomState: &rng)
    }
    #expect(tooMany?.description.contains("got 10") == true)
    let lonely = #expect(throws: LabelError.self) {
      try trainTestSplitIndices(
        sampleCount: 5, testSize: 0.4, stratify: ClassLabel.labels([0, 0, 1, 1, 2]),
        randomState: &rng)
    }
    #expect(lonely?.description.contains("[2]") == true)
    let mismatch = #expect(throws: ShapeError.self) {
      try trainTestSplit(try Tensor(rows: [[1], [2], [3]]), ClassLabel.labels([0, 1]))
    }
    #expect(mismatch?.description.contains("[3, 1] and [2]") == true)
  }
}
