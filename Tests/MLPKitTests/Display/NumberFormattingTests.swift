import MLPKit
import Testing

/// `Double.fixed(_:)` and `Double.scientific(_:)` against Python's `'{:.Nf}'` and
/// `'{:.Ne}'` (Tools/reference/printing.py → Tests/Fixtures/printing-format.json).
@Suite struct NumberFormattingTests {
  struct Case: Decodable {
    let value: String
    let fixed: [String?]
    let scientific: [String]
  }
  struct HighCase: Decodable {
    let value: String
    let decimals: [Int]
    let fixed: [String]
    let scientific: [String]
  }
  struct File: Decodable {
    let cases: [Case]
    let high: [HighCase]
  }

  static func parse(_ text: String) throws -> Double {
    try #require(Double(text), "fixture value \(text) does not parse")
  }

  @Test func everyValueAtZeroToEightDecimalsMatchesPython() throws {
    let file = try Fixtures.load("printing-format", as: File.self)
    #expect(file.cases.count >= 400)
    var checked = 0
    for c in file.cases {
      let x = try Self.parse(c.value)
      for (decimals, expected) in c.fixed.enumerated() {
        guard let expected else { continue }
        #expect(x.fixed(decimals) == expected, "\(c.value) at \(decimals) decimals")
        checked += 1
      }
      for (decimals, expected) in c.scientific.enumerated() {
        #expect(x.scientific(decimals) == expected, "\(c.value) at \(decimals) decimals")
        checked += 1
      }
    }
    #expect(checked > 7000)
  }

  @Test func highPrecisionMatchesPython() throws {
    let file = try Fixtures.load("printing-format", as: File.self)
    #expect(file.high.count >= 40)
    for c in file.high {
      let x = try Self.parse(c.value)
      for (i, decimals) in c.decimals.enumerated() {
        #expect(x.fixed(decimals) == c.fixed[i], "\(c.value) at \(decimals) decimals")
        #expect(x.scientific(decimals) == c.scientific[i], "\(c.value) at \(decimals) decimals")
      }
    }
  }

  @Test func halfwayCasesRoundToEven() {
    // exact binary halves, worked by hand: the digit before the 5 decides
    #expect(0.125.fixed(2) == "0.12")
    #expect(0.375.fixed(2) == "0.38")
    #expect(2.5.fixed(0) == "2")
    #expect(3.5.fixed(0) == "4")
    #expect((-0.5).fixed(0) == "-0")
    #expect(0.03125.fixed(4) == "0.0312")
    #expect(2.5.scientific(0) == "2e+00")
    #expect(1250.0.scientific(1) == "1.2e+03")
    #expect(1350.0.scientific(1) == "1.4e+03")
    // not halves in binary: 2.675 is stored as 2.67499999999999982236431605997495353221893310546875
    #expect(2.675.fixed(2) == "2.67")
    #expect(1.005.fixed(2) == "1.00")
  }

  @Test func signsZerosCarriesAndSpecials() {
    #expect((-0.00001).fixed(4) == "-0.0000")
    #expect((-0.0).fixed(4) == "-0.0000")
    #expect(0.0.scientific(4) == "0.0000e+00")
    #expect((-0.0).scientific(2) == "-0.00e+00")
    #expect(9.99995.fixed(4) == "10.0000")
    #expect(99.5.fixed(0) == "100")
    #expect(9.99995e10.scientific(4) == "1.0000e+11")
    #expect(1e-5.scientific(4) == "1.0000e-05")
    #expect(12345.6.scientific(4) == "1.2346e+04")
    #expect(Double.leastNonzeroMagnitude.scientific(3) == "4.941e-324")
    #expect(1e300.scientific(2) == "1.00e+300")
    #expect(Double.nan.fixed(4) == "nan")
    #expect((-Double.nan).scientific(4) == "nan")
    #expect(Double.infinity.fixed(2) == "inf")
    #expect((-Double.infinity).scientific(2) == "-inf")
    #expect(0.7237.fixed(-3) == "1")
    #expect(0.7237.fixed(4) == "0.7237")
  }
}
