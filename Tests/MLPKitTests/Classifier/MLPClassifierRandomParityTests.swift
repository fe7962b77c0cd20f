import Foundation
import MLPKit
import Testing

/// Twenty randomly drawn configurations (every activation, solver, schedule, odd
/// batch sizes and layer widths, early stopping, warm starts, partialFit, string
/// labels, 2 to 64 features) against sklearn
/// (Tools/reference/sklearn_mlp_random.py → Tests/Fixtures/sklearn_mlp_random.json).
@Suite struct MLPClassifierRandomParityTests {
  static let names = (0..<20).map { "random\($0)" }

  @Test(arguments: names) func matchesSklearn(_ name: String) throws {
    let file = try Fixtures.load(
      "sklearn_mlp_random", as: MLPClassifierStochasticParityTests.File.self)
    #expect(file.cases.map(\.name) == Self.names)
    let c = try #require(file.cases.first { $0.name == name })
    try MLPClassifierStochasticParityTests.verify(c, data: try #require(file.datasets[c.data]))
  }
}
