import MLPKit
import Testing

/// `Double.trimmed(_:)` against NumPy's `format_float_positional(x, precision=p,
/// unique=False, trim='0')` (Tools/reference/chapter4.py → chapter4_trimmed.json).
@Suite struct DoubleTrimmedTests {
  struct Case: Decodable {
    let value: String
    let trimmed: [String]
  }
  struct File: Decodable {
    let cases: [Case]
  }

  @Test func everyValueAtZeroToSixDecimalsMatchesNumPy() throws {
    let file = try Fixtures.load("chapter4_trimmed", as: File.self)
    #expect(file.cases.count >= 300)
    for c in file.cases {
      let x = try #require(Double(c.value), "fixture value \(c.value) does not parse")
      for (decimals, expected) in c.trimmed.enumerated() {
        #expect(x.trimmed(decimals) == expected, "\(c.value) at \(decimals) decimals")
      }
    }
  }

  @Test func keepsOneDecimalAndTheSign() {
    #expect(2.1.trimmed() == "2.1")
    #expect((-1.2).trimmed() == "-1.2")
    #expect(5.0.trimmed() == "5.0")
    #expect(1234.0.trimmed(0) == "1234.0")
    #expect((-0.00001).trimmed(4) == "-0.0")
    #expect(0.99996.trimmed(4) == "1.0")
    #expect(2.5.trimmed(0) == "2.0")  // ties to even, as fixed(0)
  }

  @Test func negativeDecimalsCountAsZero() {
    #expect(3.7.trimmed(-2) == 3.7.trimmed(0))
    #expect(3.7.trimmed(-2) == "4.0")
  }

  @Test func nonFiniteValuesPrintAsPython() {
    #expect(Double.nan.trimmed() == "nan")
    #expect(Double.infinity.trimmed() == "inf")
    #expect((-Double.infinity).trimmed() == "-inf")
  }
}
