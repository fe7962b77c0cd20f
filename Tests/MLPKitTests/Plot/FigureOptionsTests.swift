import Foundation
import MLPKit
import Testing

/// The options the chapters' figures use: the accuracy axis's name, a loss axis that
/// need not start at 0, logits labelled until the winner shows, unknown points on a
/// map, and a key below a map that never runs into the x label.
@Suite struct FigureOptionsTests {
  @Test func theAccuracyAxisTakesItsNameAndTheLossAxisMayFloat() throws {
    let script = try lossCurveFigure(
      runs: [("train", [0.71, 0.70, 0.69])], validationAccuracy: [0.5, 0.55, 0.6],
      startsAtZero: false, title: "t", accuracyLabel: "test accuracy")
    #expect(script.text.contains("set y2label \"test accuracy\""))
    #expect(script.text.contains("axes x1y2 with lines ls 2 title \"test accuracy\""))
    #expect(!script.text.contains("set yrange [0:*]"))
    let zero = try lossCurveFigure(runs: [("train", [0.71, 0.70])], title: "t")
    #expect(zero.text.contains("set yrange [0:*]"))
    let folder = try PlotTestSupport.scratch("figure-options-loss")
    try PlotTestSupport.expectRenders(script, in: folder, name: "float", formats: [.png])
  }

  @Test func logitsGetTheDecimalsThatTellTheWinnerFromTheRunnerUp() throws {
    // 2.150 and 2.155 are both 2.15 (banker's or not) at 2 decimals: 3 are needed
    let close = try softmaxBarsFigure(
      logits: [-3.4392, 2.1499, 2.1548], classNames: ["a", "b", "c"])
    #expect(close.text.contains("sprintf(\"%.3f\", $3)"))
    let far = try softmaxBarsFigure(logits: [1, 2, 3], classNames: ["a", "b", "c"])
    #expect(far.text.contains("sprintf(\"%.2f\", $3)"))
    // an exact tie stays at 2 decimals: the first index wins, as argmax says
    let tie = try softmaxBarsFigure(logits: [2, 2, 1], classNames: ["a", "b", "c"])
    #expect(tie.text.contains("sprintf(\"%.2f\", $3)"))
    // short names side by side, long or many ones rotated
    #expect(!close.text.contains("rotate"))
    let long = try softmaxBarsFigure(
      logits: [1, 2, 3], classNames: ["a rather long name", "another long one", "c"])
    #expect(long.text.contains("rotate by 30 right"))
    let folder = try PlotTestSupport.scratch("figure-options-bars")
    try PlotTestSupport.expectRenders(close, in: folder, name: "close", formats: [.png])
  }

  @Test func unknownPointsAreCrossesWithTheirOwnKeyEntry() throws {
    let grid = try DecisionGrid(xRange: -2...2, yRange: -2...2, columns: 60, rows: 60)
    let train = try LabelledPoints(rows: [[1, 0], [-1, 0], [0, 1.2]], labels: [0, 1, 2])
    let unknown = try Tensor(rows: [[0, -1.5], [1.5, 1.5]])
    let script = try decisionRegionsFigure(
      probabilities: { x in
        // three classes by the angle of x: a closed-form softmax
        let rows = x.rowArrays.map { p in [p[0], -p[0], p[1]] }
        return try Tensor(rows: rows).softmax(dim: 1)
      }, grid: grid, classNames: ["east", "west", "north"], training: train,
      unknown: (unknown, "fish (unseen)"), title: "Unknown points")
    #expect(
      PlotTestSupport.datablockRows(script.text, name: "unknown") == [
        [0, -1.5, 0], [1.5, 1.5, 0],
      ])
    #expect(script.text.contains("pt 2 ps 2 lw 3 lc rgb \"#000000\" title \"fish (unseen)\""))
    let folder = try PlotTestSupport.scratch("figure-options-unknown")
    try PlotTestSupport.expectRenders(script, in: folder, name: "unknown", formats: [.png, .svg])
    let bad = #expect(throws: ShapeError.self) {
      try decisionRegionsFigure(
        probabilities: { x in try Tensor(rows: x.rowArrays.map { _ in [0.5, 0.5] }) }, grid: grid,
        classNames: ["a", "b"], unknown: (Tensor([1, 2, 3]), "u"), title: "t")
    }
    #expect(bad?.description.contains("points must be [N, 2]") == true)
  }

  @Test func theBottomMarginHoldsEveryRowOfTheKey() throws {
    let grid = try DecisionGrid(xRange: 0...1, yRange: 0...1, columns: 10, rows: 10)
    func margin(_ names: [String], both: Bool) throws -> String {
      let train = try LabelledPoints(
        rows: names.indices.map { [0.1 * Double($0), 0.5] }, labels: Array(names.indices))
      let test = both ? train : nil
      let script = try decisionRegionsFigure(
        probabilities: { x in
          try Tensor(rows: x.rowArrays.map { _ in names.map { _ in 1 / Double(names.count) } })
        }, grid: grid, classNames: names, training: train, test: test, title: "t")
      let line = script.text.split(separator: "\n").first { $0.hasPrefix("set bmargin ") }
      return line.map(String.init) ?? ""
    }
    // 3 short names: one row; 6 entries of up to 11 characters: 4 columns, 2 rows; longer
    // names fit fewer columns, so more rows
    #expect(try margin(["a", "b", "c"], both: false) == "set bmargin 5.45")
    #expect(try margin(["cat", "dog", "bird"], both: true) == "set bmargin 6.7")
    #expect(
      try margin(["a much longer class name", "another long name", "third"], both: true)
        == "set bmargin 7.95")
  }
}
