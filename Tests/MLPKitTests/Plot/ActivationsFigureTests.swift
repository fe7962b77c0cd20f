import Foundation
import MLPKit
import Testing

/// `activationsFigure`: two panels sampled from the library's `Activation`.
@Suite struct ActivationsFigureTests {
  @Test func bothPanelsRenderAndHoldTheLibrarysValues() throws {
    let script = try activationsFigure(activations: Activation.allCases)
    let folder = try PlotTestSupport.scratch("activations")
    try PlotTestSupport.expectRenders(
      script, in: folder, name: "activations", formats: [.png, .svg, .pdf])
    let rows = PlotTestSupport.datablockRows(script.text, name: "act")
    try #require(rows.count == 801 && rows[0].count == 9)
    for row in rows {
      let x = row[0]
      for (k, activation) in Activation.allCases.enumerated() {
        #expect(abs(row[1 + 2 * k] - activation(x)) <= 0.5e-4 + 1e-12, "\(activation) at \(x)")
        #expect(
          abs(row[2 + 2 * k] - activation.derivative(at: x)) <= 0.5e-4 + 1e-12,
          "\(activation)' at \(x)")
      }
    }
    // x = 0 is sampled exactly; there ReLU' is 0 and σ' is 1/4, by hand
    let zero = try #require(rows.first { $0[0] == 0 })
    #expect(zero[8] == 0 && zero[4] == 0.25 && zero[6] == 1)
    #expect(script.text.contains("set multiplot layout 1,2"))
    #expect(script.text.hasSuffix("unset multiplot\n"))
  }

  @Test func theDefaultFigureRenders() throws {
    let script = try activationsFigure()
    let folder = try PlotTestSupport.scratch("activations-default")
    try PlotTestSupport.expectRenders(script, in: folder, name: "activations", formats: [.png])
    #expect(script.text.contains("plot $act using 1:2 with lines ls 1, \\\n"))
    #expect(script.text.contains("plot 2 with lines ls 1 title \"ReLU max(0, x)\""))
  }

  @Test func aSubsetOverAnotherRangeIsStable() throws {
    let script = try activationsFigure(
      activations: [.tanh, .relu], xRange: -2...3, samples: 11, title: "Golden activations")
    try PlotTestSupport.expectGolden(script.text, named: "activations")
    let folder = try PlotTestSupport.scratch("activations-golden")
    try PlotTestSupport.expectRenders(script, in: folder, name: "golden", formats: [.png])
    // left panel: the data span [tanh(−2), 3] = [−0.964, 3] plus 6 % on each side
    #expect(script.text.contains("set yrange [-1.2:3.24]"))
  }

  @Test func badArgumentsThrow() {
    let none = #expect(throws: ParameterError.self) { try activationsFigure(activations: []) }
    #expect(none?.description == "activations must be at least one, each at most once; got []")
    let twice = #expect(throws: ParameterError.self) {
      try activationsFigure(activations: [.relu, .relu])
    }
    #expect(twice?.description.contains("got [relu, relu]") == true)
    let few = #expect(throws: ParameterError.self) { try activationsFigure(samples: 3) }
    #expect(few?.description == "samples must be in 11...10001; got 3")
  }
}
