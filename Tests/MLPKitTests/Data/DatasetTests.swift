import MLPKit
import Testing

/// The Dataset value: its checks and conveniences.
@Suite struct DatasetTests {
  static func sample() throws -> Dataset {
    try Dataset(
      x: Tensor(rows: [[1, 2], [3, 4], [5, 6]]), y: [2, 0, 2], featureNames: ["a", "b"],
      targetName: "kind")
  }

  @Test func conveniences() throws {
    let data = try Self.sample()
    #expect(data.sampleCount == 3)
    #expect(data.featureCount == 2)
    #expect(try data.classes == [0, 2])
    #expect(try data.labelTensor == LabelTensor([2, 0, 2]))
    let picked = try data.rows([2, 0, 2])
    #expect(picked.x.scalars == [5, 6, 1, 2, 5, 6])
    #expect(picked.y == [2, 2, 2])
    #expect(picked.featureNames == ["a", "b"] && picked.targetName == "kind")
    #expect(try data.rows([]).x.shape == [0, 2])
  }

  @Test func defaultNames() throws {
    let data = try Dataset(x: Tensor(rows: [[1, 2, 3]]), y: ["cat"])
    #expect(data.featureNames == ["x0", "x1", "x2"])
    #expect(data.targetName == "y")
  }

  @Test func shapesMustAgree() throws {
    let rowsAndLabels = #expect(throws: ShapeError.self) {
      try Dataset(x: Tensor(rows: [[1, 2], [3, 4]]), y: [0])
    }
    #expect(
      rowsAndLabels?.description
        == "Dataset(x:y:): shapes [2, 2] and [1] do not fit (x has 2 rows but there are 1 labels; one label per row)"
    )
    let names = #expect(throws: ShapeError.self) {
      try Dataset(x: Tensor(rows: [[1, 2]]), y: [0], featureNames: ["only"])
    }
    #expect(names?.description.contains("x has 2 columns but 1 feature names were given") == true)
    let vector = #expect(throws: ShapeError.self) { try Dataset(x: Tensor([1, 2]), y: [0, 1]) }
    #expect(vector?.description.contains("x must be 2-D, [samples, features]") == true)
  }

  @Test func badRowsAndNameLabelsThrow() throws {
    var data = try Self.sample()
    let outside = #expect(throws: ShapeError.self) { try data.rows([0, 3]) }
    #expect(outside?.description.contains("index 3 is outside the valid range 0..<3") == true)
    data.y = ["setosa", "virginica", "setosa"]
    let names = #expect(throws: LabelError.self) { try data.labelTensor }
    #expect(names?.description.contains("label 'setosa' at position 0 is a name") == true)
    data.y = [1, "one", 1]
    #expect(throws: LabelError.self) { try data.classes }
    // fields changed out of step are caught, not indexed
    data.y = [1]
    let mismatch = #expect(throws: ShapeError.self) { try data.rows([0]) }
    #expect(mismatch?.description.contains("[3, 2] and [1]") == true)
  }
}
