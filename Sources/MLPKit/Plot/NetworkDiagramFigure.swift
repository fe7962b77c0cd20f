/// An MLP drawn as a diagram: layers as columns of nodes, every connection as an
/// edge coloured by the sign of its weight and drawn thicker the larger |w|.
///
/// `layerSizes` lists the units from input to output (`[2, 16, 16, 1]`);
/// `activations` names each non-input layer's activation (`["ReLU", "ReLU",
/// "logistic"]`); `weights`, when given, are the layer matrices as `[fanIn, fanOut]`
/// (sklearn's `coefs_`) or `[out, in]` (PyTorch's `weight`), as `layout` says.
/// Edge widths come in four bins of |w| / max|w| per layer (gnuplot 5.4 rejects
/// `lw variable` for vectors); without weights all edges are thin and grey. A layer
/// larger than `maxNodesShown` shows its first units, a "⋮" and its last unit, with
/// its size written under it. Nodes are labelled x_i, h^{(l)}_j and z_k, counting
/// from `firstIndex` (1, or 0 to match code and tables that count from 0); weight
/// matrices **W**^{(l)} with their shapes, written in `layout`, above the columns.
/// Equal axis units keep the nodes round.
/// - Throws: `ParameterError` for fewer than 2 layers, a size < 1, a wrong number
///   of activations or names, `maxNodesShown` outside 3...20 or `firstIndex` other
///   than 0 or 1; `ShapeError` naming the layer when a weight matrix does not match
///   the sizes.
/// Introduced in §1.1.
public func networkDiagramFigure(
  layerSizes: [Int],
  weights: [Tensor]? = nil,
  layout: GnuplotNetwork.WeightLayout = .fanInByFanOut,
  activations: [String],
  layerNames: [String]? = nil,
  maxNodesShown: Int = 8,
  firstIndex: Int = 1,
  title: String,
  style: PlotStyle = .standard
) throws -> GnuplotScript {
  let depth = layerSizes.count - 1
  guard depth >= 1, let smallest = layerSizes.min(), smallest >= 1 else {
    throw ParameterError(
      parameter: "layerSizes", expected: "at least 2 layers of at least 1 unit each",
      got: "\(layerSizes)")
  }
  guard activations.count == depth else {
    throw ParameterError(
      parameter: "activations", expected: "\(depth) names, one per layer after the input",
      got: "\(activations.count)")
  }
  let names = layerNames ?? NetworkDiagramLayout.defaultNames(depth)
  guard names.count == layerSizes.count else {
    throw ParameterError(
      parameter: "layerNames", expected: "\(layerSizes.count) names, one per layer",
      got: "\(names.count)")
  }
  guard (3...20).contains(maxNodesShown) else {
    throw ParameterError(parameter: "maxNodesShown", expected: "in 3...20", got: "\(maxNodesShown)")
  }
  let matrices = try weights.map { try NetworkDiagramLayout.fanInByFanOut($0, layerSizes, layout) }

  guard firstIndex == 0 || firstIndex == 1 else {
    throw ParameterError(parameter: "firstIndex", expected: "0 or 1", got: "\(firstIndex)")
  }
  var diagram = NetworkDiagramLayout(
    layerSizes: layerSizes, maxShown: maxNodesShown, weighted: weights != nil,
    aspect: Double(style.width) / Double(max(style.height, 1)))
  diagram.firstIndex = firstIndex
  diagram.layout = layout
  var script = style.script(summary: [
    "MLP Workbook figure: network diagram — \(title)",
    "$nodes: x y radius fill label; $edges: x y dx dy colour |w|-bin (1 thin … 4 thick) sign",
  ])
  try script.add(diagram.nodes(style: style))
  let edges = try diagram.edges(matrices, style: style)
  try script.add(edges.block)
  script.commands([
    style.titleCommand(title),
    "set size ratio -1",
    "unset border", "unset tics", "unset key", "unset grid",
    "set xrange [\(GnuplotText.number(diagram.xMin)):\(GnuplotText.number(diagram.xMax))]",
    "set yrange [\(GnuplotText.number(diagram.yMin)):\(GnuplotText.number(diagram.yMax))]",
    "array LW[4] = [0.5, 1.3, 2.3, 3.5]",
  ])
  script.commands(diagram.labels(names: names, activations: activations, style: style))
  if matrices != nil {
    // the sign legend has its own rows above the weight labels, at the right
    let x = GnuplotText.number(diagram.xMax - 0.2)
    script.commands([
      "set label \"w > 0: solid\" at \(x), \(GnuplotText.number(diagram.top + 2.05)) right "
        + "textcolor rgb \"\(style.positiveColor)\"",
      "set label \"w < 0: dotted\" at \(x), \(GnuplotText.number(diagram.top + 1.45)) right "
        + "textcolor rgb \"\(style.negativeColor)\"",
    ])
  }
  let labelFont = GnuplotText.number(diagram.nodeFontSize(style: style), decimals: 1)
  var plots = edges.kinds.map { kind in
    "$edges using ($6 == \(kind.bin) && $7 == \(kind.sign) ? $1 : NaN):2:3:4:5 with vectors "
      + "nohead lw LW[\(kind.bin)] dt \(kind.sign > 0 ? "1" : "(2,2)") lc rgb variable"
  }
  plots += [
    "$nodes using 1:2:3:4 with circles fc rgb variable fs solid 1.0 border lc rgb \"#333333\" lw 1.2",
    "$nodes using 1:2:5 with labels font \",\(labelFont)\"",
  ]
  script.command("plot " + plots.joined(separator: ", \\\n     "))
  return script
}
