import MLPKit
import Testing

/// `oneHot` and `OneHotEncoder`: expected matrices are worked out by hand.
@Suite struct OneHotTests {
  @Test func indicesBecomeRowsWithASingleOne() throws {
    let y = try oneHot(LabelTensor([2, 0, 1, 2]), classCount: 3)
    #expect(y.shape == [4, 3])
    #expect(y.rowArrays == [[0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]])
    let wide = try oneHot(LabelTensor([1]), classCount: 5)
    #expect(wide.rowArrays == [[0, 1, 0, 0, 0]])
    #expect(try oneHot(LabelTensor([]), classCount: 2).shape == [0, 2])
  }

  @Test func outOfRangeLabelsAndBadArgumentsThrow() throws {
    let error = #expect(throws: LabelError.self) {
      try oneHot(LabelTensor([0, 1, 3, 1]), classCount: 3)
    }
    #expect(error?.description.contains("label 3 at position 2") == true)
    #expect(error?.description.contains("0..<3") == true)
    let negative = #expect(throws: LabelError.self) { try oneHot(LabelTensor([-1]), classCount: 2) }
    #expect(negative?.description.contains("label -1 at position 0") == true)
    let zero = #expect(throws: ParameterError.self) { try oneHot(LabelTensor([0]), classCount: 0) }
    #expect(zero?.description.contains("classCount must be at least 1") == true)
    let matrix = try LabelTensor(shape: [2, 1], values: [0, 1])
    #expect(throws: ShapeError.self) { try oneHot(matrix, classCount: 2) }
  }

  @Test func encoderRoundTripsNames() throws {
    var encoder = OneHotEncoder()
    let y = try encoder.fitTransform(ClassLabel.labels(["dog", "cat", "dog", "bird"]))
    #expect(encoder.categories == ["bird", "cat", "dog"])
    #expect(y.rowArrays == [[0, 0, 1], [0, 1, 0], [0, 0, 1], [1, 0, 0]])
    #expect(try encoder.inverseTransform(y) == ["dog", "cat", "dog", "bird"])
    let unknown = #expect(throws: LabelError.self) { try encoder.transform(["fox"]) }
    #expect(unknown?.description.contains("'fox'") == true)
    let notOneHot = #expect(throws: DataError.self) {
      try encoder.inverseTransform(Tensor(rows: [[0, 0, 1], [0.5, 0.5, 0]]))
    }
    #expect(notOneHot?.description.contains("row 1") == true)
    #expect(throws: ShapeError.self) { try encoder.inverseTransform(Tensor(rows: [[1, 0]])) }
    #expect(throws: NotFittedError.self) { try OneHotEncoder().transform(["a"]) }
  }
}
