import MLPKit
import Testing

/// `MinMaxScaler` against sklearn (Tools/reference/preprocessing.py), bit for bit.
@Suite struct MinMaxScalerTests {
  struct Case: Decodable {
    let name: String
    let feature_range: [Double]
    let clip: Bool
    let x: [[Double]]
    let x2: [[Double]]
    let data_min: [Double]
    let data_max: [Double]
    let data_range: [Double]
    let scale: [Double]
    let min: [Double]
    let transformed: [[Double]]
    let transformed2: [[Double]]
    let inverse2: [[Double]]
  }
  struct File: Decodable { let minmax: [Case] }

  @Test func everyReferenceCaseMatchesBitForBit() throws {
    let cases = try Fixtures.load("preprocessing", as: File.self).minmax
    #expect(cases.count >= 6)
    for c in cases {
      var scaler = MinMaxScaler(
        featureRange: (c.feature_range[0], c.feature_range[1]), clip: c.clip)
      let y = try scaler.fitTransform(tensor(c.x))
      #expect(scaler.dataMin == c.data_min, "\(c.name)")
      #expect(scaler.dataMax == c.data_max, "\(c.name)")
      #expect(scaler.dataRange == c.data_range, "\(c.name)")
      #expect(scaler.scale == c.scale, "\(c.name): \(firstDifference(scaler.scale ?? [], c.scale))")
      #expect(scaler.min == c.min, "\(c.name): \(firstDifference(scaler.min ?? [], c.min))")
      #expect(
        y.rowArrays == c.transformed,
        "\(c.name): \(firstDifference(y.scalars, c.transformed.flatMap { $0 }))")
      let y2 = try scaler.transform(tensor(c.x2))
      #expect(
        y2.rowArrays == c.transformed2,
        "\(c.name): \(firstDifference(y2.scalars, c.transformed2.flatMap { $0 }))")
      let back = try scaler.inverseTransform(tensor(c.x2))
      #expect(
        back.rowArrays == c.inverse2,
        "\(c.name): \(firstDifference(back.scalars, c.inverse2.flatMap { $0 }))")
      #expect(scaler.nSamplesSeen == c.x.count && scaler.nFeaturesIn == c.x[0].count)
    }
  }

  @Test func defaultRangeMapsMinimumToZeroAndMaximumToOne() throws {
    // hand-worked: column 0 spans 2...6, column 1 is constant
    var scaler = MinMaxScaler()
    let y = try scaler.fitTransform(Tensor(rows: [[2, 7], [4, 7], [6, 7]]))
    #expect(y.rowArrays == [[0, 0], [0.5, 0], [1, 0]])
    #expect(scaler.scale == [0.25, 1])
  }

  @Test func badRangeAndUnfittedUseThrow() throws {
    var backwards = MinMaxScaler(featureRange: (1, 0))
    let error = #expect(throws: ParameterError.self) {
      try backwards.fit(Tensor(rows: [[1], [2]]))
    }
    #expect(error?.description.contains("featureRange must be") == true)
    #expect(error?.description.contains("got (1.0, 0.0)") == true)
    let unfitted = MinMaxScaler()
    let notFitted = #expect(throws: NotFittedError.self) {
      try unfitted.transform(Tensor(rows: [[1]]))
    }
    #expect(notFitted?.description.contains("MinMaxScaler") == true)
    var scaler = MinMaxScaler()
    try scaler.fit(Tensor(rows: [[1, 2], [3, 4]]))
    let mismatch = #expect(throws: ShapeError.self) {
      try scaler.transform(Tensor(rows: [[1, 2, 3]]))
    }
    #expect(
      mismatch?.description.contains("X has 3 features, but MinMaxScaler is expecting 2") == true)
    let nan = #expect(throws: DataError.self) { try scaler.fit(Tensor(rows: [[1, .nan]])) }
    #expect(nan?.description.contains("row 0, column 1") == true)
  }
}
