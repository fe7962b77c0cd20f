import Foundation

/// Training loss per epoch for one or more runs, with optional validation accuracy
/// on a second axis and a marker at the best epoch.
///
/// Epochs count from 1 (sklearn's `n_iter_`): `runs[r].loss[e - 1]` is run r's loss
/// after epoch e, and runs may differ in length (compare learning rates or
/// solvers). `validationAccuracy` holds fractions in [0, 1], drawn in percent on the
/// right axis and named by `accuracyLabel` ("test accuracy" when the held-out rows
/// are the test set). `bestEpoch` (1-based) gets a dotted vertical line, a point on
/// the curve and a label with its value. `logScale` draws the loss on a log axis
/// (every loss must then be > 0); otherwise the loss axis starts at 0 unless
/// `startsAtZero` is false (for curves that move little, such as a few epochs
/// compared). Losses are written with enough fixed decimals to keep four
/// significant digits of the smallest one. The key sits below the plot, off the data.
/// - Throws: `ParameterError` for no runs, an empty curve, an accuracy outside
///   [0, 1], a loss ≤ 0 on a log scale, or a best epoch outside the curve.
/// Introduced in §2.3.
public func lossCurveFigure(
  runs: [(label: String, loss: [Double])],
  validationAccuracy: [Double]? = nil,
  logScale: Bool = false,
  startsAtZero: Bool = true,
  bestEpoch: Int? = nil,
  title: String,
  yLabel: String = "training loss",
  accuracyLabel: String = "validation accuracy",
  style: PlotStyle = .standard
) throws -> GnuplotScript {
  guard !runs.isEmpty else {
    throw ParameterError(parameter: "runs", expected: "at least one (label, loss) run", got: "none")
  }
  for (r, run) in runs.enumerated() {
    guard !run.loss.isEmpty else {
      throw ParameterError(
        parameter: "runs[\(r)].loss ('\(run.label)')", expected: "at least one epoch",
        got: "an empty curve")
    }
    if logScale, let e = run.loss.firstIndex(where: { $0 <= 0 }) {
      throw ParameterError(
        parameter: "runs[\(r)].loss[\(e)] ('\(run.label)', epoch \(e + 1))",
        expected: "> 0 on a log scale", got: GnuplotText.number(run.loss[e], decimals: 12))
    }
  }
  let epochs = max(runs.map(\.loss.count).max() ?? 0, validationAccuracy?.count ?? 0)
  if let accuracy = validationAccuracy,
    let e = accuracy.firstIndex(where: { !$0.isNaN && !(0...1).contains($0) })
  {
    throw ParameterError(
      parameter: "validationAccuracy[\(e)] (epoch \(e + 1))", expected: "a fraction in [0, 1]",
      got: GnuplotText.number(accuracy[e], decimals: 6))
  }
  if let bestEpoch, !(1...epochs).contains(bestEpoch) {
    throw ParameterError(
      parameter: "bestEpoch", expected: "an epoch in 1...\(epochs) (epochs count from 1)",
      got: "\(bestEpoch)")
  }

  // enough decimals for four significant digits of the smallest positive loss
  let smallest = runs.flatMap(\.loss).filter { $0 > 0 && $0.isFinite }.min() ?? 1
  let decimals = min(12, max(4, 3 - Int(floor(log10(smallest)))))
  func padded(_ values: [Double]) -> [Double] {
    values + Array(repeating: .nan, count: epochs - values.count)
  }
  var columns: [GnuplotColumn] = [.numbers("epoch", (1...epochs).map(Double.init), .integer)]
  for (r, run) in runs.enumerated() {
    columns.append(.numbers("loss\(r + 1)", padded(run.loss), .fixed(decimals)))
  }
  if let accuracy = validationAccuracy {
    columns.append(.numbers("val_acc", padded(accuracy), .fixed(4)))
  }
  let accuracyColumn = runs.count + 2
  let accuracyStyle = runs.count + 1

  var script = style.script(summary: [
    "MLP Workbook figure: loss curve — \(title)",
    "$loss: epoch, one loss column per run"
      + (validationAccuracy == nil ? "" : ", \(accuracyLabel) (fraction)"),
  ])
  script.commands(style.commonCommands)
  try script.add(GnuplotDatablock(name: "loss", columns: columns))
  script.commands([
    style.titleCommand(title),
    "set xlabel \"epoch\"",
    "set ylabel \(GnuplotText.quoted(yLabel))",
    "set xrange [0:\(epochs)]",
    "set key below center horizontal samplen 3 spacing 1.2 height 1",
  ])
  if runs.count == 1 {
    // one run: the left axis takes the curve's colour, as the right one takes accuracy's
    let color = GnuplotText.quoted(style.color(0))
    script.commands(["set ytics textcolor rgb \(color)", "set ylabel textcolor rgb \(color)"])
  }
  if logScale {
    script.commands(["set logscale y", "set format y \"%g\""])
  } else if startsAtZero {
    script.command("set yrange [0:*]")
  }
  if validationAccuracy != nil {
    let color = GnuplotText.quoted(style.color(accuracyStyle - 1))
    script.commands([
      "set border 11 back lw 1 lc rgb \"\(style.axisColor)\"",
      "set y2label \(GnuplotText.literal(accuracyLabel)) textcolor rgb \(color)",
      "set y2tics out nomirror textcolor rgb \(color)",
      "set format y2 \"%g%%\"",
      // 100% is the top tick: gnuplot's own range would end at the next tick above
      // the data, or a 101% headroom leaves the 100% tick below the top
      "set y2range [\(accuracyFloor(validationAccuracy ?? [])):100]",
    ])
  }
  var plots = runs.enumerated().map { r, run in
    "$loss using 1:\(r + 2) with lines ls \(r + 1) title \(GnuplotText.literal(run.label))"
  }
  if validationAccuracy != nil {
    plots.append(
      "$loss using 1:(100*$\(accuracyColumn)) axes x1y2 with lines ls \(accuracyStyle) "
        + "title \(GnuplotText.literal(accuracyLabel))")
  }
  if let bestEpoch {
    let onAccuracy =
      validationAccuracy.map { $0.count >= bestEpoch && !$0[bestEpoch - 1].isNaN } ?? false
    let value: String
    let point: String
    if onAccuracy, let accuracy = validationAccuracy {
      value = GnuplotNumberFormat.fixed(1).format(100 * accuracy[bestEpoch - 1]) + "%"
      point =
        "$loss every ::\(bestEpoch - 1)::\(bestEpoch - 1) using 1:(100*$\(accuracyColumn)) axes x1y2"
    } else {
      let loss = runs[0].loss.count >= bestEpoch ? runs[0].loss[bestEpoch - 1] : .nan
      value = "loss " + GnuplotNumberFormat.fixed(decimals).format(loss)
      point = "$loss every ::\(bestEpoch - 1)::\(bestEpoch - 1) using 1:2"
    }
    // the marker is explained in the key, so no label can cover the data
    script.command(
      "set arrow 1 from \(bestEpoch), graph 0 to \(bestEpoch), graph 1 nohead back "
        + "lw 1.2 dt (3,4) lc rgb \"\(style.noteColor)\"")
    plots.append(point + " with points pt 7 ps 2 lc rgb \"white\" notitle")
    plots.append(
      point + " with points pt 7 ps 1.4 lc rgb \"\(style.noteColor)\" "
        + "title \"best epoch \(bestEpoch) (\(value))\"")
  }
  script.command("plot " + plots.joined(separator: ", \\\n     "))
  return script
}

/// The bottom of the accuracy axis, in percent: the multiple of 10 at or below the
/// lowest accuracy, and 90 when every epoch is at 100% (a range of zero height makes
/// gnuplot warn). NaN epochs are skipped; with none left the axis starts at 0.
func accuracyFloor(_ accuracy: [Double]) -> Int {
  guard let lowest = accuracy.filter({ !$0.isNaN }).min() else { return 0 }
  // a hair of tolerance: 0.7 is 69.99999… in percent and belongs on the 70 tick
  let tick = Int((100 * lowest + 1e-9).rounded(.down)) / 10 * 10
  return min(max(tick, 0), 90)
}
