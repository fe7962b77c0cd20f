import Foundation
import MLPKit
import Testing

/// `lossCurveFigure` with sklearn's own loss curves (Tools/reference/plot.py).
@Suite struct LossCurveFigureTests {
  @Test func overlaidRunsOnALogScaleRender() throws {
    let curves = try PlotReference.load().curves
    let script = try lossCurveFigure(
      runs: curves.runs.map { ($0.label, $0.loss) }, logScale: true,
      title: "Two moons · MLP 2-16-16-1 · Adam vs SGD", yLabel: "log loss")
    let folder = try PlotTestSupport.scratch("loss-curve-runs")
    try PlotTestSupport.expectRenders(script, in: folder, name: "runs", formats: [.png, .svg])
    // the data written is sklearn's loss_curve_, epoch by epoch, to the printed precision
    let rows = PlotTestSupport.datablockRows(script.text, name: "loss")
    #expect(rows.count == 150)
    #expect(rows.first?.count == 5)
    for (r, run) in curves.runs.enumerated() {
      let written = rows.map { $0[r + 1] }
      #expect(allClose(written, run.loss, atol: 0.5e-5 + 1e-12), "run \(run.label)")
    }
    #expect(rows.map { $0[0] } == (1...150).map(Double.init))
    #expect(script.text.contains("set logscale y"))
    #expect(script.text.contains("title \"adam lr=0.1\""))
  }

  @Test func earlyStoppingWithValidationAccuracyAndBestEpochRenders() throws {
    let run = try PlotReference.load().curves.early_stopping
    let script = try lossCurveFigure(
      runs: [("train loss", run.loss)], validationAccuracy: run.validation_accuracy,
      bestEpoch: run.best_epoch, title: "Early stopping · MLP 2-16-16-1 · Adam lr 0.01",
      yLabel: "log loss (binary cross-entropy)")
    let folder = try PlotTestSupport.scratch("loss-curve-early-stopping")
    try PlotTestSupport.expectRenders(script, in: folder, name: "early-stopping", formats: [.png])
    let accuracy = String(format: "%.1f", 100 * run.validation_accuracy[run.best_epoch - 1])
    #expect(script.text.contains("title \"best epoch \(run.best_epoch) (\(accuracy)%)\""))
    #expect(script.text.contains("axes x1y2"))
    let rows = PlotTestSupport.datablockRows(script.text, name: "loss")
    #expect(allClose(rows.map { $0[2] }, run.validation_accuracy, atol: 0.5e-4 + 1e-12))
  }

  @Test func runsOfDifferentLengthsArePaddedAndTheScriptIsStable() throws {
    let fast = (1...12).map { 0.7 * pow(0.8, Double($0)) }
    let slow = (1...8).map { 0.7 - 0.03 * Double($0) }
    let accuracy = (1...12).map { min(1, 0.5 + 0.05 * Double($0)) }
    let script = try lossCurveFigure(
      runs: [("lr_0.1", fast), ("lr 0.01", slow)], validationAccuracy: accuracy, bestEpoch: 10,
      title: "Golden loss curve", yLabel: "loss")
    let rows = PlotTestSupport.datablockRows(script.text, name: "loss")
    #expect(rows.count == 12)
    #expect(script.text.contains("\n9 0.09395 NaN 0.9500\n"))
    // a user's label is printed as typed, not as a subscript
    #expect(script.text.contains("title \"lr\\\\_0.1\""))
    #expect(
      script.text
        == (try lossCurveFigure(
          runs: [("lr_0.1", fast), ("lr 0.01", slow)], validationAccuracy: accuracy, bestEpoch: 10,
          title: "Golden loss curve", yLabel: "loss")).text)
    try PlotTestSupport.expectGolden(script.text, named: "loss_curve")
    let folder = try PlotTestSupport.scratch("loss-curve-golden")
    try PlotTestSupport.expectRenders(script, in: folder, name: "golden", formats: [.png, .dumb])
  }

  @Test func badInputsThrowNamingTheRunAndEpoch() {
    let none = #expect(throws: ParameterError.self) { try lossCurveFigure(runs: [], title: "t") }
    #expect(none?.description.contains("runs must be at least one") == true)
    let empty = #expect(throws: ParameterError.self) {
      try lossCurveFigure(runs: [("adam", [])], title: "t")
    }
    #expect(empty?.description.contains("runs[0].loss ('adam') must be at least one epoch") == true)
    let log = #expect(throws: ParameterError.self) {
      try lossCurveFigure(runs: [("a", [0.5]), ("b", [0.3, 0.0])], logScale: true, title: "t")
    }
    #expect(
      log?.description.contains("runs[1].loss[1] ('b', epoch 2) must be > 0 on a log scale") == true
    )
    let accuracy = #expect(throws: ParameterError.self) {
      try lossCurveFigure(runs: [("a", [0.5, 0.4])], validationAccuracy: [0.5, 95], title: "t")
    }
    #expect(
      accuracy?.description.contains(
        "validationAccuracy[1] (epoch 2) must be a fraction in [0, 1]; got 95") == true)
    let best = #expect(throws: ParameterError.self) {
      try lossCurveFigure(runs: [("a", [0.5, 0.4])], bestEpoch: 0, title: "t")
    }
    #expect(
      best?.description.contains("bestEpoch must be an epoch in 1...2 (epochs count from 1); got 0")
        == true)
  }
}
