import MLPKit
import Testing

/// `StandardScaler` against sklearn (Tools/reference/preprocessing.py). sklearn's
/// arithmetic is reproduced operation for operation, so the numbers must agree bit
/// for bit, not just closely.
@Suite struct StandardScalerTests {
  struct Case: Decodable {
    let name: String
    let with_mean: Bool
    let with_std: Bool
    let x: [[Double]]
    let x2: [[Double]]
    let mean: [Double]?
    let `var`: [Double]?
    let scale: [Double]?
    let n_samples_seen: Int
    let n_features_in: Int
    let transformed_head: [[Double]]
    let transformed2: [[Double]]
    let inverse2: [[Double]]
  }
  struct File: Decodable {
    let seed: Case
    let standard: [Case]
  }

  static func check(_ c: Case) throws {
    var scaler = StandardScaler(withMean: c.with_mean, withStd: c.with_std)
    let z = try scaler.fitTransform(tensor(c.x))
    #expect(
      scaler.mean == c.mean, "\(c.name): mean \(firstDifference(scaler.mean ?? [], c.mean ?? []))")
    #expect(
      scaler.variance == c.var,
      "\(c.name): var \(firstDifference(scaler.variance ?? [], c.var ?? []))")
    #expect(
      scaler.scale == c.scale,
      "\(c.name): scale \(firstDifference(scaler.scale ?? [], c.scale ?? []))")
    #expect(scaler.nSamplesSeen == c.n_samples_seen, "\(c.name)")
    #expect(scaler.nFeaturesIn == c.n_features_in, "\(c.name)")
    #expect(z.shape == [c.x.count, c.n_features_in])
    let head = Array(z.rowArrays.prefix(c.transformed_head.count))
    #expect(
      head == c.transformed_head,
      "\(c.name): transform(x) \(firstDifference(head.flatMap { $0 }, c.transformed_head.flatMap { $0 }))"
    )
    let z2 = try scaler.transform(tensor(c.x2))
    #expect(
      z2.rowArrays == c.transformed2,
      "\(c.name): transform(x2) \(firstDifference(z2.scalars, c.transformed2.flatMap { $0 }))")
    let back = try scaler.inverseTransform(tensor(c.x2))
    #expect(
      back.rowArrays == c.inverse2,
      "\(c.name): inverse \(firstDifference(back.scalars, c.inverse2.flatMap { $0 }))")
  }

  @Test func seedTrainingDataMatchesSklearn() throws {
    let seed = try Fixtures.load("preprocessing", as: File.self).seed
    try Self.check(seed)
    // the numbers the book prints, from the reference notes (§4.5)
    var scaler = StandardScaler()
    try scaler.fit(tensor(seed.x))
    let mean = try #require(scaler.mean)
    let scale = try #require(scaler.scale)
    #expect(abs(mean[0] - 0.48968212) < 5e-9 && abs(mean[1] - 0.24360287) < 5e-9)
    #expect(abs(scale[0] - 0.89369233) < 5e-9 && abs(scale[1] - 0.53139475) < 5e-9)
  }

  @Test func everyReferenceCaseMatchesBitForBit() throws {
    let cases = try Fixtures.load("preprocessing", as: File.self).standard
    #expect(cases.count >= 15)
    for c in cases { try Self.check(c) }
  }

  @Test func constantFeatureIsCentredNotScaled() throws {
    // hand-worked: column 1 is constant, so its scale is 1 and it becomes 0
    var scaler = StandardScaler()
    let z = try scaler.fitTransform(Tensor(rows: [[1, 5], [3, 5], [5, 5]]))
    #expect(scaler.scale?[1] == 1.0)
    #expect(scaler.variance?[1] == 0.0)
    #expect(z.rowArrays.map { $0[1] } == [0, 0, 0])
    #expect(scaler.isFitted)
  }

  @Test func transformBeforeFitThrowsNotFitted() throws {
    let scaler = StandardScaler()
    #expect(!scaler.isFitted)
    let error = #expect(throws: NotFittedError.self) {
      try scaler.transform(Tensor(rows: [[1, 2]]))
    }
    #expect(error?.description.contains("This StandardScaler instance is not fitted yet") == true)
    #expect(throws: NotFittedError.self) { try scaler.inverseTransform(Tensor(rows: [[1, 2]])) }
  }

  @Test func featureCountMismatchNamesBothShapes() throws {
    var scaler = StandardScaler()
    try scaler.fit(Tensor(rows: [[1, 2], [3, 4]]))
    let error = #expect(throws: ShapeError.self) {
      try scaler.transform(Tensor(rows: [[1, 2, 3], [4, 5, 6], [7, 8, 9], [1, 1, 1]]))
    }
    let message = error?.description ?? ""
    #expect(
      message.contains("X has 3 features, but StandardScaler is expecting 2 features as input"))
    #expect(message.contains("[4, 3]") && message.contains("[2]"))
    #expect(message.contains("StandardScaler.transform"))
    let inverse = #expect(throws: ShapeError.self) {
      try scaler.inverseTransform(Tensor(rows: [[1]]))
    }
    #expect(inverse?.description.contains("X has 1 features") == true)
  }

  @Test func nonFiniteAndEmptyInputThrowClearErrors() throws {
    var scaler = StandardScaler()
    let nan = #expect(throws: DataError.self) {
      try scaler.fit(Tensor(rows: [[1, 2], [.nan, 4]]))
    }
    #expect(nan?.description.contains("nan at row 1, column 0") == true)
    let inf = #expect(throws: DataError.self) {
      try scaler.fit(Tensor(rows: [[1, -.infinity]]))
    }
    #expect(inf?.description.contains("-inf at row 0, column 1") == true)
    let empty = #expect(throws: ShapeError.self) { try scaler.fit(Tensor.zeros([0, 2])) }
    #expect(empty?.description.contains("found 0 samples") == true)
    #expect(empty?.description.contains("[0, 2]") == true)
    let noFeatures = #expect(throws: ShapeError.self) { try scaler.fit(Tensor.zeros([3, 0])) }
    #expect(noFeatures?.description.contains("found 0 features") == true)
    let vector = #expect(throws: ShapeError.self) { try scaler.fit(Tensor([1, 2, 3])) }
    #expect(vector?.description.contains("expected a 2-D [samples, features] matrix") == true)
    #expect(!scaler.isFitted)
    try scaler.fit(Tensor(rows: [[1, 2]]))
    let later = #expect(throws: DataError.self) { try scaler.transform(Tensor(rows: [[.nan, 1]])) }
    #expect(later?.description.contains("StandardScaler.transform") == true)
  }

  /// Columns whose statistics overflow (sklearn's scale is NaN for each, see
  /// mlp_hardening.json) are refused by name; the scaler stays unfitted.
  @Test(arguments: [1e308, -1.5e307, 3e200])
  func overflowingColumnIsRefused(_ big: Double) throws {
    let rows = (0..<20).map { i in [Double(i), i % 3 == 0 ? big : Double(i)] }
    var scaler = StandardScaler()
    let error = #expect(throws: DataError.self) { try scaler.fit(Tensor(rows: rows)) }
    #expect(error?.description.contains("column 1 (counting from 0)") == true)
    #expect(error?.description.contains("\(abs(big))") == true)
    #expect(error?.description.contains("too large to standardise") == true)
    #expect(!scaler.isFitted)
    #expect(scaler.mean == nil)
    // the same column, divided by a large constant, scales as usual
    try scaler.fit(Tensor(rows: rows.map { [$0[0], $0[1] / 1e300] }))
    #expect(scaler.scale?.allSatisfy(\.isFinite) == true)
  }
}
