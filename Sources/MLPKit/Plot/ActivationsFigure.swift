/// The activation functions and their derivatives, side by side: f(x) on the left,
/// f′(x) on the right, one colour and dash pattern per function in both panels.
///
/// Both panels are sampled from the library's `Activation` (`callAsFunction` and
/// `derivative(at:)`), not re-typed as gnuplot formulas, so the figure shows exactly
/// what the networks compute — including ReLU's f′(0) = 0. The datablock `$act`
/// holds `x`, then `f` and `df` per activation (4 decimals). `samples` points over
/// `xRange` (801 by default) make ReLU's step at 0 look vertical. The left panel's
/// y range is clipped to [−1.5, 3] so unbounded functions do not squash the others.
/// The key sits below both panels. By default ReLU comes first (solid line) and
/// identity last (dotted), so where they coincide both stay visible.
/// - Throws: `ParameterError` for no activations, a repeated one, fewer than 11 or
///   more than 10001 samples, or an empty range.
/// Introduced in §1.3.
public func activationsFigure(
  activations: [Activation] = [.relu, .logistic, .tanh, .identity],
  xRange: ClosedRange<Double> = -4...4,
  samples: Int = 801,
  title: String = "Activation functions and their derivatives",
  style: PlotStyle = .standard
) throws -> GnuplotScript {
  guard !activations.isEmpty, Set(activations).count == activations.count else {
    throw ParameterError(
      parameter: "activations", expected: "at least one, each at most once",
      got: "[\(activations.map(\.rawValue).joined(separator: ", "))]")
  }
  guard (11...10_001).contains(samples) else {
    throw ParameterError(parameter: "samples", expected: "in 11...10001", got: "\(samples)")
  }
  _ = try DecisionGrid(xRange: xRange, yRange: 0...1, columns: 2, rows: 2)
  let xs = DecisionGrid.steps(xRange, samples)
  var columns: [GnuplotColumn] = [.numbers("x", xs, .fixed(4))]
  for activation in activations {
    columns.append(.numbers(activation.rawValue, xs.map { activation($0) }, .fixed(4)))
    columns.append(
      .numbers("d_" + activation.rawValue, xs.map { activation.derivative(at: $0) }, .fixed(4)))
  }
  let values = activations.flatMap { a in xs.map { a($0) } }
  let low = max(values.min() ?? -1, -1.5)
  let high = min(values.max() ?? 1, 3)
  let pad = 0.06 * (high - low)

  var script = style.script(summary: [
    "MLP Workbook figure: \(title)",
    "$act: x, then f(x) and f'(x) for each activation, sampled from MLPKit's Activation",
  ])
  try script.add(GnuplotDatablock(name: "act", columns: columns))
  script.commands(style.commonCommands)
  script.commands([
    "set xrange [\(GnuplotText.number(xRange.lowerBound)):\(GnuplotText.number(xRange.upperBound))]",
    "set xzeroaxis lt 1 lw 1 lc rgb \"#9a9a9a\"",
    "set yzeroaxis lt 1 lw 1 lc rgb \"#9a9a9a\"",
    "set xlabel \"x\"",
    "set multiplot layout 1,2 title \(GnuplotText.quoted(title)) font \",\(GnuplotText.number(style.fontSize + 1, decimals: 1))\" "
      + "margins 0.08,0.97,0.24,0.86 spacing 0.09,0",
  ])
  func panel(_ column: (Int) -> Int) -> String {
    "plot "
      + activations.indices.map { k in "$act using 1:\(column(k)) with lines ls \(k + 1)" }
      .joined(separator: ", \\\n     ")
  }
  script.comment("left: f(x)")
  script.commands([
    "unset key",
    "set title \"activation f(x)\"",
    "set yrange [\(GnuplotText.number(low - pad, decimals: 2)):\(GnuplotText.number(high + pad, decimals: 2))]",
    panel({ 2 + 2 * $0 }),
  ])
  script.comment("right: f'(x)")
  script.commands([
    "set title \"derivative f′(x)\"",
    "set yrange [-0.1:1.15]",
    panel({ 3 + 2 * $0 }),
  ])
  script.commands(
    style.keyPanel(
      activations.indices.map { k in
        "with lines ls \(k + 1) title \(GnuplotText.quoted(ActivationsFigure.keyTitle(activations[k])))"
      }))
  script.command("unset multiplot")
  return script
}

/// Key titles for the activations figure (enhanced text).
enum ActivationsFigure {
  static func keyTitle(_ activation: Activation) -> String {
    switch activation {
    case .identity: return "identity x"
    case .logistic: return "logistic σ(x)"
    case .tanh: return "tanh(x)"
    case .relu: return "ReLU max(0, x)"
    }
  }
}
