import MLPKit
import Testing

/// `Dataset.rows(where:)`: the samples whose label passes a test, in order.
@Suite struct DatasetFilteringTests {
  static func animals() throws -> Dataset {
    try Dataset(
      x: Tensor(rows: [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]),
      y: ClassLabel.labels(["dog", "fish", "cat", "dog", "fish"]), featureNames: ["a", "b"],
      targetName: "animal")
  }

  @Test func keepsTheMatchingRowsInOrder() throws {
    let pets = try Self.animals().rows(where: { $0 == "cat" || $0 == "dog" })
    #expect(pets.x.shape == [3, 2])
    #expect(pets.x.scalars == [1, 2, 5, 6, 7, 8])
    #expect(pets.y == ClassLabel.labels(["dog", "cat", "dog"]))
    #expect(pets.featureNames == ["a", "b"] && pets.targetName == "animal")
  }

  @Test func unknownLabelsCanBeDropped() throws {
    let known = ClassLabel.labels(["cat", "dog"])
    let kept = try Self.animals().rows(where: { known.contains($0) })
    #expect(kept.y == ClassLabel.labels(["dog", "cat", "dog"]))
  }

  @Test func nothingKeptIsAnEmptyDataset() throws {
    let none = try Self.animals().rows(where: { _ in false })
    #expect(none.x.shape == [0, 2])
    #expect(none.y.isEmpty)
  }

  @Test func mismatchedLengthsAreAShapeError() throws {
    var data = try Self.animals()
    data.y.removeLast()
    let error = #expect(throws: ShapeError.self) { try data.rows(where: { _ in true }) }
    #expect(
      error?.description
        == "Dataset.rows(where:): shapes [5, 2] and [4] do not fit (x needs one row per label)")
  }

  @Test func thePredicatesErrorIsRethrown() throws {
    let error = #expect(throws: LabelError.self) {
      try Self.animals().rows(where: { label in
        if label == "fish" { throw LabelError("no fish here") }
        return true
      })
    }
    #expect(error?.description == "no fish here")
  }
}
