import MLPKit
import Testing

/// `accuracyScore` against sklearn (Tools/reference/metrics.py).
@Suite struct AccuracyScoreTests {
  struct Case: Decodable {
    let y_true: [FixtureLabel]
    let y_pred: [FixtureLabel]
    let accuracy: Double
    let count: Double
  }
  struct File: Decodable { let accuracy: [Case] }

  @Test func matchesSklearn() throws {
    let cases = try Fixtures.load("metrics", as: File.self).accuracy
    #expect(cases.count >= 4)
    for c in cases {
      #expect(try accuracyScore(c.y_true.labels, c.y_pred.labels) == c.accuracy)
      #expect(try accuracyScore(c.y_true.labels, c.y_pred.labels, normalize: false) == c.count)
    }
  }

  @Test func labelTensorsWork() throws {
    // hand-worked: 3 of 4 agree
    #expect(try accuracyScore(LabelTensor([0, 1, 1, 0]), LabelTensor([0, 1, 0, 0])) == 0.75)
    #expect(try accuracyScore(LabelTensor([2]), LabelTensor([2]), normalize: false) == 1)
  }

  @Test func mismatchedEmptyOrMixedInputThrows() throws {
    let lengths = #expect(throws: ShapeError.self) {
      try accuracyScore(ClassLabel.labels([0, 1, 1]), ClassLabel.labels([0, 1]))
    }
    #expect(lengths?.description.contains("[3] and [2]") == true)
    #expect(lengths?.description.contains("inconsistent numbers of samples: [3, 2]") == true)
    let empty = #expect(throws: ShapeError.self) { try accuracyScore([], []) }
    #expect(empty?.description.contains("minimum of 1 sample") == true)
    let mixed = #expect(throws: LabelError.self) { try accuracyScore([0, 1], ["a", "b"]) }
    #expect(mixed?.description.contains("mix of label input types") == true)
    let matrix = try LabelTensor(shape: [2, 1], values: [0, 1])
    let rank = #expect(throws: ShapeError.self) { try accuracyScore(matrix, LabelTensor([0, 1])) }
    #expect(rank?.description.contains("yTrue must be a 1-D tensor") == true)
  }
}
