import MLPKit
import Testing

/// `logLoss` against sklearn 1.9 (Tools/reference/metrics.py).
///
/// Tolerance: NumPy's vectorised `log` and glibc's `log` differ by 1 ulp on a few
/// inputs in a thousand, so a mean of such logs may differ in its last bit or two;
/// rtol 1e-15 allows that and nothing more. The clip-bound cases must be exact.
@Suite struct LogLossTests {
  enum Probabilities: Decodable {
    case vector([Double])
    case matrix([[Double]])

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let rows = try? container.decode([[Double]].self) {
        self = .matrix(rows)
      } else {
        self = .vector(try container.decode([Double].self))
      }
    }

    func tensor() throws -> Tensor {
      switch self {
      case .vector(let values): return Tensor(values)
      case .matrix(let rows): return try Tensor(rows: rows)
      }
    }
  }
  struct Case: Decodable {
    let name: String
    let y_true: [FixtureLabel]
    let y_proba: Probabilities
    let labels: [FixtureLabel]?
    let normalize: Bool
    let loss: Double
    let warnings: [String]
  }
  struct File: Decodable { let log_loss: [Case] }

  @Test func matchesSklearn() throws {
    let cases = try Fixtures.load("metrics", as: File.self).log_loss
    #expect(cases.count >= 10)
    for c in cases {
      var warnings: [String] = []
      let loss = try logLoss(
        c.y_true.labels, c.y_proba.tensor(), labels: c.labels?.labels, normalize: c.normalize,
        warn: { warnings.append($0) })
      #expect(isClose(loss, c.loss, rtol: 1e-15), "\(c.name): \(loss) vs \(c.loss)")
      #expect(warnings == c.warnings, "\(c.name)")
    }
  }

  @Test func clipBoundsGiveTheReferenceValuesExactly() throws {
    // reference §4.7: a perfect prediction gives ε, a fully wrong one −log ε
    let perfect = try logLoss([0, 1, 1], Tensor(rows: [[1, 0], [0, 1], [0, 1]]))
    #expect(perfect == 2.220446049250313e-16)
    let wrong = try logLoss([0, 1], Tensor(rows: [[0, 1], [1, 0]]))
    #expect(wrong == 36.04365338911715)
    #expect(try logLoss(LabelTensor([1, 0]), Tensor([1, 0])) == 2.220446049250313e-16)
  }

  @Test func integerTargetsMatchTheLabelVersion() throws {
    let p = try Tensor(rows: [[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]])
    #expect(try logLoss(LabelTensor([0, 1, 2]), p) == logLoss([0, 1, 2], p))
  }

  @Test func errorsUseSklearnsWords() throws {
    let single = #expect(throws: LabelError.self) { try logLoss([0, 0], Tensor([0.2, 0.4])) }
    #expect(single?.description.contains("y_true contains only one label (0)") == true)
    #expect(single?.description.contains("through the labels argument") == true)
    let classes = #expect(throws: ShapeError.self) {
      try logLoss([0, 1, 2], Tensor(rows: [[0.5, 0.5], [0.5, 0.5], [0.2, 0.8]]))
    }
    #expect(
      classes?.description.contains(
        "y_true and y_prob contain different number of classes: 3 vs 2") == true)
    #expect(classes?.description.contains("Classes found in y_true: [0, 1, 2]") == true)
    let labelled = #expect(throws: ShapeError.self) {
      try logLoss([0, 1], Tensor(rows: [[0.5, 0.5], [0.2, 0.8]]), labels: [0, 1, 2])
    }
    #expect(labelled?.description.contains("Classes found in labels: [0, 1, 2]") == true)
    let above = #expect(throws: ParameterError.self) {
      try logLoss([0, 1], Tensor(rows: [[0.5, 0.5], [-0.2, 1.2]]))
    }
    #expect(above?.description.contains("values greater than 1: 1.2 at row 1, column 1") == true)
    let below = #expect(throws: ParameterError.self) { try logLoss([0, 1], Tensor([-0.5, 0.5])) }
    #expect(below?.description.contains("values lower than 0: -0.5 at position 0") == true)
    let undeclared = #expect(throws: LabelError.self) {
      try logLoss([0, 5, 7, 5], Tensor([0.1, 0.2, 0.3, 0.4]), labels: [0, 1])
    }
    #expect(
      undeclared?.description.contains(
        "y_true contains values [5, 7] not belonging to the passed labels [0, 1]") == true)
    let oneLabel = #expect(throws: ParameterError.self) {
      try logLoss([0, 0], Tensor([0.1, 0.2]), labels: [0])
    }
    #expect(oneLabel?.description.contains("labels must be at least two labels") == true)
    let rows = #expect(throws: ShapeError.self) { try logLoss([0, 1, 1], Tensor([0.1, 0.2])) }
    #expect(rows?.description.contains("yTrue has 3 samples but yProba has 2 rows") == true)
    let nan = #expect(throws: DataError.self) { try logLoss([0, 1], Tensor([0.1, .nan])) }
    #expect(nan?.description.contains("nan at position 1") == true)
    let empty = #expect(throws: ShapeError.self) { try logLoss([], Tensor([])) }
    #expect(empty?.description.contains("empty yProba") == true)
  }

  @Test func rowsThatDoNotSumToOneWarnButAreNotRenormalised() throws {
    var warnings: [String] = []
    let loss = try logLoss(
      [0, 1], Tensor(rows: [[0.5, 0.1], [0.5, 0.5]]), warn: { warnings.append($0) })
    #expect(warnings == ["The y_prob values do not sum to one. Make sure to pass probabilities."])
    // hand-worked: −(log 0.5 + log 0.5)/2 = log 2, the unnormalised 0.5 is used as it is
    #expect(isClose(loss, 0.6931471805599453, rtol: 1e-15))
  }
}
