import Foundation

/// One sample's logits and their softmax probabilities as bars, side by side, with
/// the argmax marked in both panels.
///
/// `logits` is `[K]` (or `[1, K]`); `softmax(z)_k = exp(z_k) / Σ_j exp(z_j)` is
/// computed by the library's `Tensor.softmax` and the argmax by `Tensor.argmax`
/// (the first index wins a tie). Both panels show the same argmax, because softmax
/// keeps the order of the logits. The datablock `$bars` holds `index class logit p
/// is_argmax`; bar labels show probabilities to 3 decimals and logits to 2, or to
/// as many more (up to 6) as it takes to tell the argmax from the runner-up.
/// - Throws: `ShapeError` unless `logits` is `[K]` or `[1, K]` with K ≥ 2;
///   `ParameterError` for one class name per logit missing, or a non-finite logit.
/// Introduced in §4.4.
public func softmaxBarsFigure(
  logits: Tensor,
  classNames: [String],
  title: String = "Logits and softmax probabilities",
  style: PlotStyle = .standard
) throws -> GnuplotScript {
  guard logits.rank == 1 || (logits.rank == 2 && logits.rowCount == 1), logits.count >= 2 else {
    throw ShapeError(
      operation: "softmaxBarsFigure", shapes: [logits.shape],
      reason: "expected the logits of one sample, [K] or [1, K], with K >= 2")
  }
  let z = try logits.reshaped([logits.count])  // [K]
  let k = z.count
  guard classNames.count == k else {
    throw ParameterError(
      parameter: "classNames", expected: "\(k) names, one per logit", got: "\(classNames.count)")
  }
  if let bad = z.scalars.firstIndex(where: { !$0.isFinite }) {
    throw ParameterError(
      parameter: "logits[\(bad)]", expected: "a finite number", got: "\(z.scalars[bad])")
  }
  let p = try z.softmax(dim: 0)
  let best = try z.argmax()
  // enough decimals to tell the winner from the runner-up (2.15 and 2.15 say nothing)
  let rest = z.scalars.indices.filter { $0 != best }
  let runnerUp = rest.max { z.scalars[$0] < z.scalars[$1] } ?? best
  let logitDecimals =
    (2...6).first { d in
      String(format: "%.\(d)f", z.scalars[best]) != String(format: "%.\(d)f", z.scalars[runnerUp])
    } ?? 2
  let block = try GnuplotDatablock(
    name: "bars",
    columns: [
      .numbers("index", (0..<k).map(Double.init), .integer),
      .text("class", classNames),
      .numbers("logit", z.scalars, .fixed(4)),
      .numbers("p", p.scalars, .fixed(4)),
      .numbers("is_argmax", (0..<k).map { $0 == best ? 1 : 0 }, .integer),
    ])
  var script = style.script(summary: [
    "MLP Workbook figure: softmax bars — \(title)",
    "$bars: index, class, logit z, softmax(z), 1 for the argmax",
  ])
  try script.add(block)
  script.commands(style.commonCommands)

  let low = min(0, z.scalars.min() ?? 0)
  let high = max(0, z.scalars.max() ?? 0)
  let pad = 0.18 * max(high - low, 1e-6)
  let highlight = style.color(1)
  let others = PlotStyle.mix(style.color(0), "#ffffff", 0.25)
  // names side by side need about a panel's width of 40 characters
  let rotate = k > 8 || k * (classNames.map(\.count).max() ?? 0) > 40
  script.commands([
    "set style fill solid 0.9 border lc rgb \"#333333\"",
    "set boxwidth 0.7",
    "set xrange [-0.6:\(GnuplotText.number(Double(k) - 0.4))]",
    // class names are the user's text: no enhanced-text markup in the tick labels
    "set xtics scale 0 noenhanced" + (rotate ? " rotate by 30 right" : ""),
    "unset key",
    "set grid noxtics",
    "set xzeroaxis lt 1 lw 1.2 lc rgb \"\(style.axisColor)\"",
    "bar_colour(is_argmax) = is_argmax > 0.5 ? \(Int(PlotStyle.rgb(highlight).reduce(0) { $0 * 256 + $1 })) : "
      + "\(Int(PlotStyle.rgb(others).reduce(0) { $0 * 256 + $1 }))",
    "set multiplot layout 1,2 title \(GnuplotText.quoted(title)) font \",\(GnuplotText.number(style.fontSize + 1, decimals: 1))\" "
      + "margins 0.08,0.97,\(rotate ? "0.2" : "0.12"),0.86 spacing 0.09,0",
  ])
  // "argmax" sits above the bar's own value label
  func argmaxLabel(at y: Double) -> String {
    "set label 1 \"argmax\" at \(best), \(GnuplotText.number(y, decimals: 4)) center offset 0,2.2 "
      + "textcolor rgb \"\(highlight)\" front"
  }
  // many bars get smaller value labels, so neighbours do not overlap
  let valueFont = GnuplotText.number(max(11, style.fontSize * min(1, 6 / Double(k))), decimals: 1)
  // logits: labels above positive bars and below negative ones
  script.comment("left: the logits z")
  script.commands([
    "set title \"logits z\"",
    "set yrange [\(GnuplotText.number(low - (low < 0 ? pad : 0), decimals: 3)):\(GnuplotText.number(high + pad, decimals: 3))]",
    argmaxLabel(at: max(z.scalars[best], 0)),
    "plot $bars using 1:3:(bar_colour($5)):xtic(2) with boxes lc rgb variable, \\\n"
      + "     $bars using 1:($3 >= 0 ? $3 : NaN):(sprintf(\"%.\(logitDecimals)f\", $3)) with labels offset 0,0.8 font \",\(valueFont)\", \\\n"
      + "     $bars using 1:($3 < 0 ? $3 : NaN):(sprintf(\"%.\(logitDecimals)f\", $3)) with labels offset 0,-0.8 "
      + "font \",\(valueFont)\"",
  ])
  script.comment("right: softmax(z), the probabilities")
  script.commands([
    "set title \"softmax(z)\"",
    "set yrange [0:1.18]",
    argmaxLabel(at: p.scalars[best]),
    "plot $bars using 1:4:(bar_colour($5)):xtic(2) with boxes lc rgb variable, \\\n"
      + "     $bars using 1:4:(sprintf(\"%.3f\", $4)) with labels offset 0,0.8 font \",\(valueFont)\"",
    "unset multiplot",
  ])
  return script
}

/// The same figure from an array of logits.
/// Introduced in §4.4.
public func softmaxBarsFigure(
  logits: [Double], classNames: [String], title: String = "Logits and softmax probabilities",
  style: PlotStyle = .standard
) throws -> GnuplotScript {
  try softmaxBarsFigure(logits: Tensor(logits), classNames: classNames, title: title, style: style)
}
