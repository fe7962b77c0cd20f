import MLPKit
import Testing

/// `confusionMatrix` against sklearn (Tools/reference/metrics.py), and its table.
@Suite struct ConfusionMatrixTests {
  struct Case: Decodable {
    let y_true: [FixtureLabel]
    let y_pred: [FixtureLabel]
    let labels: [FixtureLabel]?
    let matrix: [[Int]]
    let warnings: [String]
  }
  struct File: Decodable { let confusion: [Case] }

  @Test func countsMatchSklearn() throws {
    let cases = try Fixtures.load("metrics", as: File.self).confusion
    #expect(cases.count >= 6)
    for c in cases {
      var warnings: [String] = []
      let matrix = try confusionMatrix(
        c.y_true.labels, c.y_pred.labels, labels: c.labels?.labels, warn: { warnings.append($0) })
      #expect(matrix.counts == c.matrix, "\(c.y_true.labels) vs \(c.y_pred.labels)")
      #expect(warnings == c.warnings)
      if let labels = c.labels { #expect(matrix.labels == labels.labels) }
    }
  }

  @Test func printsAnAnnotatedAlignedTable() throws {
    let matrix = try confusionMatrix(
      ClassLabel.labels(["cat", "dog", "cat", "bird", "cat"]),
      ClassLabel.labels(["dog", "dog", "cat", "cat", "cat"]))
    let expected = """
      true ↓ / predicted →  bird  cat  dog
                      bird     0    1    0
                       cat     0    2    1
                       dog     0    0    1
      """
    #expect(matrix.description == expected)
    #expect(matrix.total == 5)
    #expect(matrix.correct == 3)
    let wide = try ConfusionMatrix(labels: [0, 1], counts: [[1234, 5], [6, 78]])
    #expect(
      wide.description == """
        true ↓ / predicted →     0   1
                           0  1234   5
                           1     6  78
        """)
  }

  @Test func labelTensorsAndErrors() throws {
    let m = try confusionMatrix(LabelTensor([0, 1, 1]), LabelTensor([1, 1, 0]))
    #expect(m.counts == [[0, 1], [1, 1]])
    let none = #expect(throws: LabelError.self) {
      try confusionMatrix([0, 1], [0, 1], labels: [5, 6])
    }
    #expect(none?.description.contains("at least one label specified must be in y_true") == true)
    let repeated = #expect(throws: ParameterError.self) {
      try confusionMatrix([0, 1], [0, 1], labels: [1, 0, 1])
    }
    #expect(repeated?.description.contains("1 appears twice") == true)
    let emptyLabels = #expect(throws: ParameterError.self) {
      try confusionMatrix([0, 1], [0, 1], labels: [])
    }
    #expect(emptyLabels?.description.contains("labels must be at least one label") == true)
    let mixed = #expect(throws: LabelError.self) {
      try confusionMatrix([0, 1], [0, 1], labels: ["a", "b"])
    }
    #expect(mixed?.description.contains("mix numbers and names") == true)
    #expect(throws: ShapeError.self) { try confusionMatrix([0, 1], [0]) }
    #expect(throws: ShapeError.self) { try ConfusionMatrix(labels: [0, 1], counts: [[1, 2]]) }
  }
}
