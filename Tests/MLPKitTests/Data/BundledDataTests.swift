import MLPKit
import Testing

/// loadIris() and loadDigits() equal sklearn's load_iris() and load_digits()
/// (facts from Tools/reference/datasets_bundled.py → Tests/Fixtures/datasets_bundled.json).
@Suite struct BundledDataTests {
  struct Facts: Decodable {
    let shape: [Int]
    let feature_names: [String]
    let column_sums: [Double]
    let rows: [String: [Double]]
    let fnv1a64: String
  }
  struct Subset: Decodable {
    let n_class: Int
    let n: Int
    let fnv1a64: String
  }
  struct Labels<T: Decodable>: Decodable { let labels: [T] }
  struct File: Decodable {
    let iris: Facts
    let digits: Facts
    let digits_n_class: [Subset]
  }
  struct LabelFile: Decodable {
    let iris: Labels<String>
    let digits: Labels<Int>
  }

  /// FNV-1a 64 over the little-endian bytes of every value, row-major, as the script.
  static func fnv1a64(_ values: [Double]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for value in values {
      let bits = value.bitPattern
      for k in 0..<8 {
        hash = (hash ^ ((bits >> (8 * UInt64(k))) & 0xff)) &* 0x100_0000_01b3
      }
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  static func expectMatches(_ data: Dataset, _ facts: Facts) throws {
    #expect(data.x.shape == facts.shape)
    #expect(data.featureNames == facts.feature_names)
    #expect(data.targetName == "target")
    #expect(Self.fnv1a64(data.x.scalars) == facts.fnv1a64)
    let sums = try data.x.sum(dim: 0).scalars
    #expect(allClose(sums, facts.column_sums, rtol: 1e-12))
    for (row, values) in facts.rows {
      #expect(try data.x.row(Int(row) ?? -1).scalars == values, "row \(row)")
    }
  }

  @Test func irisEqualsSklearn() throws {
    let file = try Fixtures.load("datasets_bundled", as: File.self)
    let labels = try Fixtures.load("datasets_bundled", as: LabelFile.self)
    let iris = try loadIris()
    try Self.expectMatches(iris, file.iris)
    #expect(iris.y == ClassLabel.labels(labels.iris.labels))
    #expect(try iris.classes == ["setosa", "versicolor", "virginica"])
    #expect(iris.featureNames.first == "sepal length (cm)")
  }

  @Test func digitsEqualSklearn() throws {
    let file = try Fixtures.load("datasets_bundled", as: File.self)
    let labels = try Fixtures.load("datasets_bundled", as: LabelFile.self)
    let digits = try loadDigits()
    try Self.expectMatches(digits, file.digits)
    #expect(digits.y == ClassLabel.labels(labels.digits.labels))
    #expect(try digits.labelTensor.values.max() == 9)
    #expect(digits.x.scalars.allSatisfy { (0...16).contains($0) && $0.rounded() == $0 })
    #expect(digits.featureNames.last == "pixel_7_7")
  }

  @Test func digitsSubsetsEqualSklearn() throws {
    let file = try Fixtures.load("datasets_bundled", as: File.self)
    for subset in file.digits_n_class {
      let digits = try loadDigits(nClass: subset.n_class)
      #expect(digits.sampleCount == subset.n, "nClass \(subset.n_class)")
      #expect(Self.fnv1a64(digits.x.scalars) == subset.fnv1a64, "nClass \(subset.n_class)")
      #expect(try digits.classes == ClassLabel.labels(Array(0..<subset.n_class)))
    }
    let bad = #expect(throws: ParameterError.self) { try loadDigits(nClass: 11) }
    #expect(bad?.description == "nClass must be in 1...10 (how many digits to keep); got 11")
  }
}
