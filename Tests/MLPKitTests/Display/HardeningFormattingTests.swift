import Foundation
import MLPKit
import Testing

/// Precisions a user may type that used to overflow: `fixed` and `scientific` take any
/// `Int` (Python's limit, 2³¹ − 1, caps them), and long ones give Python's exact digits
/// then zeros (Tools/reference/hardening_formatting.py →
/// Tests/Fixtures/hardening_formatting.json). The throwing APIs say where the limit is.
@Suite struct HardeningFormattingTests {
  struct Case: Decodable {
    let value: Double
    let decimals: Int
    let fixed: String
    let scientific: String
  }
  struct File: Decodable { let cases: [Case] }

  @Test func longPrecisionsGivePythonsDigits() throws {
    let file = try Fixtures.load("hardening_formatting", as: File.self)
    #expect(file.cases.count == 9)
    for c in file.cases {
      #expect(c.value.fixed(c.decimals) == c.fixed, "\(c.value) .\(c.decimals)f")
      #expect(c.value.scientific(c.decimals) == c.scientific, "\(c.value) .\(c.decimals)e")
    }
  }

  @Test func printingOptionsAndReportsRefuseAbsurdPrecisions() {
    let precision = #expect(throws: ParameterError.self) {
      _ = try PrintOptions(precision: Int.max)
    }
    #expect(
      precision?.description
        == "precision must be an integer in 0...2147483647; got 9223372036854775807")
    let edge = #expect(throws: ParameterError.self) { _ = try PrintOptions(edgeitems: Int.max) }
    #expect(edge?.description.hasPrefix("edgeitems must be an integer in 0...2147483647") == true)
    let digits = #expect(throws: ParameterError.self) {
      _ = try classificationReport([0, 1], [0, 1], digits: Int.max, warn: { _ in })
    }
    #expect(
      digits?.description == "digits must be an integer in 0...2147483647; got 9223372036854775807")
    var rng = RandomState(seed: 0)
    let split = #expect(throws: ParameterError.self) {
      _ = try trainTestSplitIndices(sampleCount: Int.max, testSize: 0.5, randomState: &rng)
    }
    #expect(
      split?.description
        == "sampleCount must be at most 2147483647 samples; got 9223372036854775807")
  }
}
