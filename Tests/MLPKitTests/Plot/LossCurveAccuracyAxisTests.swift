import Foundation
import MLPKit
import Testing

/// The accuracy axis of `lossCurveFigure` ends at 100%, which is its top tick, for
/// any accuracies, including a run at 100% throughout.
@Suite struct LossCurveAccuracyAxisTests {
  static func figure(_ accuracy: [Double]) throws -> GnuplotScript {
    let loss = accuracy.indices.map { 0.7 / Double($0 + 1) }
    return try lossCurveFigure(
      runs: [("train", loss)], validationAccuracy: accuracy, title: "axis test")
  }

  @Test(arguments: [
    ([0.48, 0.9, 0.905], 40),  // chapter 3's run starts just under 50%
    ([0.7, 0.8], 70),  // 0.7 is 69.999… in percent: still the 70 tick
    ([0.6999, 0.8], 60),
    ([0.0, 0.5], 0),
    ([1.0, 1.0, 1.0], 90),  // a flat 100%: a range of zero height would make gnuplot warn
    ([0.995, 1.0], 90),
    ([Double.nan, 0.55, 0.61], 50),
  ])
  func theRangeEndsAt100AndStartsOnATickAtOrBelowTheLowestAccuracy(
    accuracy: [Double], bottom: Int
  ) throws {
    let text = try Self.figure(accuracy).text
    #expect(text.contains("set y2range [\(bottom):100]\n"), "\(accuracy)")
    #expect(!text.contains("101"))
  }

  /// The right axis's tick labels from the top (`dumb` text), and whether the
  /// first of them sits on the axis's top row: no row above it reaches the axis.
  static func rightAxis(_ preview: String) -> (ticks: [Int], labelOnTop: Bool) {
    let lines = preview.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    var ticks: [Int] = []
    var top: (row: Int, column: Int)?
    for (row, line) in lines.enumerated() {
      // a tick label ends its line, after the tick mark "+": "…|-+90%", "…+-+100%", or
      // "…####+100%" where the curve runs along the top
      let text = String(line)
      guard let word = text.split(separator: " ").last, word.hasSuffix("%"),
        let label = word.dropLast().split(separator: "+").last, let value = Int(label),
        let plus = text.range(of: "+" + label + "%", options: .backwards)
      else { continue }
      ticks.append(value)
      if top == nil { top = (row, text.distance(from: text.startIndex, to: plus.lowerBound)) }
    }
    guard let top else { return (ticks, false) }
    // the axis line is drawn in the column left of the tick mark
    let axis = top.column - 1
    let above = lines[..<top.row].contains { axis >= 0 && axis < $0.count && $0[axis] != " " }
    return (ticks, !above)
  }

  @Test func renderedAsTextTheTopTickOfTheRightAxisIs100PercentAtTheTop() throws {
    try PlotTestSupport.requireGnuplot()
    for accuracy in [[0.48, 0.62, 0.81, 0.905], [0.93, 0.97, 1.0, 1.0], [1.0, 1.0]] {
      let script = try Self.figure(accuracy)
      // tall enough that one row is less than 1%: 101% and 100% fall on different rows
      let preview = try PlotTestSupport.renderer.preview(script, columns: 90, rows: 90)
      let axis = Self.rightAxis(preview)
      #expect(axis.ticks.first == 100, "\(accuracy): ticks \(axis.ticks)\n\(preview)")
      #expect(axis.ticks.max() == 100, "\(accuracy): ticks \(axis.ticks)")
      #expect(axis.labelOnTop, "\(accuracy): the axis runs on above 100%\n\(preview)")
      // the check tells: the same figure with the old headroom to 101% fails it
      var dumb = script.retargeted(to: .dumb, output: nil)
      dumb.terminal = .dumb(columns: 90, rows: 90)
      let lines = dumb.text.split(separator: "\n", omittingEmptySubsequences: false)
      let old = lines.map { $0.hasPrefix("set y2range ") ? "set y2range [*:101]" : String($0) }
      #expect(old != lines.map(String.init))
      let oldPreview = GnuplotRenderer.cleanDumb(
        try PlotTestSupport.renderer.run(old.joined(separator: "\n")).stdout)
      let oldAxis = Self.rightAxis(oldPreview)
      #expect(!(oldAxis.labelOnTop && oldAxis.ticks.first == 100), "\(oldAxis)\n\(oldPreview)")
    }
    // a flat 100% renders without gnuplot's empty-range warning
    let folder = try PlotTestSupport.scratch("accuracy-axis-flat")
    try PlotTestSupport.expectRenders(
      try Self.figure([1, 1, 1]), in: folder, name: "flat", formats: [.png])
  }
}
