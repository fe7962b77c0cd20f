import MLPKit
import Testing

/// `classificationReport` and `precisionRecallFScoreSupport` against sklearn
/// (Tools/reference/metrics.py): reports as exact strings.
@Suite struct ClassificationReportTests {
  struct ReportCase: Decodable {
    let name: String
    let y_true: [FixtureLabel]
    let y_pred: [FixtureLabel]
    let labels: [FixtureLabel]?
    let target_names: [String]?
    let digits: Int
    let report: String
    let warnings: [String]
  }
  struct ScoresCase: Decodable {
    let y_true: [FixtureLabel]
    let y_pred: [FixtureLabel]
    let labels: [FixtureLabel]?
    let precision: [Double]
    let recall: [Double]
    let f1: [Double]
    let support: [Int]
    let averages: [String: [Double]]
    let warnings: [String]
  }
  struct File: Decodable {
    let reports: [ReportCase]
    let scores: [ScoresCase]
  }

  @Test func reportsMatchSklearnCharacterForCharacter() throws {
    let cases = try Fixtures.load("metrics", as: File.self).reports
    #expect(cases.count >= 10)
    for c in cases {
      var warnings: [String] = []
      let report = try classificationReport(
        c.y_true.labels, c.y_pred.labels, labels: c.labels?.labels, targetNames: c.target_names,
        digits: c.digits, warn: { warnings.append($0) })
      #expect(report == c.report, "\(c.name):\n\(report)\nexpected:\n\(c.report)")
      #expect(warnings == c.warnings, "\(c.name)")
    }
  }

  @Test func scoresAndAveragesMatchSklearn() throws {
    let cases = try Fixtures.load("metrics", as: File.self).scores
    #expect(cases.count >= 5)
    for c in cases {
      var warnings: [String] = []
      let s = try precisionRecallFScoreSupport(
        c.y_true.labels, c.y_pred.labels, labels: c.labels?.labels,
        warn: { warnings.append($0) })
      #expect(s.precision == c.precision)
      #expect(s.recall == c.recall)
      #expect(s.f1Score == c.f1)
      #expect(s.support == c.support)
      #expect(warnings == c.warnings)
      for (name, average) in [
        ("micro", s.microAverage), ("macro", s.macroAverage), ("weighted", s.weightedAverage),
      ] {
        #expect(
          [average.precision, average.recall, average.f1Score] == c.averages[name],
          "\(name) average")
      }
    }
  }

  @Test func referenceExampleFromTheNotes() throws {
    // reference §4.7, [0,1,2,2,1,0] vs [0,2,2,2,1,1]
    let report = try classificationReport([0, 1, 2, 2, 1, 0], [0, 2, 2, 2, 1, 1])
    let expected = """
                    precision    recall  f1-score   support

                 0       1.00      0.50      0.67         2
                 1       0.50      0.50      0.50         2
                 2       0.67      1.00      0.80         2

          accuracy                           0.67         6
         macro avg       0.72      0.67      0.66         6
      weighted avg       0.72      0.67      0.66         6

      """
    #expect(report == expected)
    #expect(
      try classificationReport(LabelTensor([0, 1, 2, 2, 1, 0]), LabelTensor([0, 2, 2, 2, 1, 1]))
        == expected)
  }

  @Test func badArgumentsThrow() throws {
    let names = #expect(throws: ParameterError.self) {
      try classificationReport([0, 1, 1], [0, 1, 0], targetNames: ["a"])
    }
    #expect(
      names?.description.contains("targetNames must be one name per class (2: [0, 1])") == true)
    #expect(names?.description.contains("got 1 names") == true)
    let digits = #expect(throws: ParameterError.self) {
      try classificationReport([0, 1], [0, 1], digits: -1)
    }
    #expect(digits?.description.contains("digits must be an integer >= 0; got -1") == true)
    #expect(throws: ShapeError.self) { try classificationReport([0, 1], [0]) }
    #expect(throws: LabelError.self) { try precisionRecallFScoreSupport([0, 1], ["a", "b"]) }
  }
}
