/// Geometry of the diagram (internal): which units are drawn, and where.
struct NetworkDiagramLayout {
  let layerSizes: [Int]
  /// Per layer, the 0-based units drawn (a `nil` slot is the "⋮" gap).
  let slots: [[Int?]]
  let weighted: Bool
  /// The number of each layer's first unit in the labels (1, or 0 to match code).
  var firstIndex = 1
  /// The layout the weight shapes above the columns are written in.
  var layout = GnuplotNetwork.WeightLayout.fanInByFanOut
  /// Horizontal distance between layers: at least 3 units, more when the canvas
  /// is wider than the diagram, so a deep or tall network still fills the slide.
  let columnGap: Double
  static let rowGap = 1.2
  /// Node radius: room for the widest label, h with both a superscript and a
  /// subscript, at `nodeFontSize`.
  static let radius = 0.48

  init(layerSizes: [Int], maxShown: Int, weighted: Bool, aspect: Double) {
    self.layerSizes = layerSizes
    self.weighted = weighted
    let slots = layerSizes.map { n -> [Int?] in
      n <= maxShown ? (0..<n).map { $0 } : (0..<(maxShown - 2)).map { $0 } + [nil, n - 1]
    }
    self.slots = slots
    let tallest = Double(slots.map(\.count).max() ?? 1)
    let height = (tallest - 1) * Self.rowGap + 3.6 + (weighted ? 1.1 : 0)
    let gaps = Double(max(layerSizes.count - 1, 1))
    // the plot area is about 0.9 of the canvas wide and 0.85 high
    columnGap = min(8, max(3, (0.9 / 0.85 * aspect * height - 3.2) / gaps))
  }

  /// Node labels shrink when the diagram is drawn small, so they stay inside the
  /// circles; at full size h₀⁽¹⁾ takes about two thirds of its circle's width.
  func nodeFontSize(style: PlotStyle) -> Double {
    let unitsWide = xMax - xMin
    let unitsHigh = yMax - yMin
    let pixelsPerUnit = min(
      0.9 * Double(style.width) / unitsWide, 0.85 * Double(style.height) / unitsHigh)
    return min(style.fontSize, max(8, style.fontSize * pixelsPerUnit / 66))
  }

  static func defaultNames(_ depth: Int) -> [String] {
    ["input"] + (1..<max(depth, 1)).map { "hidden \($0)" } + ["output"]
  }

  var tallest: Int { slots.map(\.count).max() ?? 1 }
  func x(_ layer: Int) -> Double { Double(layer) * columnGap }
  func y(_ layer: Int, _ slot: Int) -> Double {
    (Double(slots[layer].count - 1) / 2 - Double(slot)) * Self.rowGap
  }
  var top: Double { Double(tallest - 1) / 2 * Self.rowGap }
  var xMin: Double { -1.6 }
  var xMax: Double { x(layerSizes.count - 1) + 1.6 }
  var yMin: Double { -top - 2.3 }
  var yMax: Double { top + (weighted ? 2.4 : 1.3) }

  /// Weights as `[fanIn, fanOut]`, checked against the sizes.
  static func fanInByFanOut(
    _ weights: [Tensor], _ sizes: [Int], _ layout: GnuplotNetwork.WeightLayout
  ) throws -> [Tensor] {
    guard weights.count == sizes.count - 1 else {
      throw ShapeError(
        operation: "networkDiagramFigure", shapes: [[weights.count], [sizes.count - 1]],
        reason: "\(sizes.count - 1) weight matrices are needed for \(sizes.count) layers, "
          + "got \(weights.count)")
    }
    return try weights.enumerated().map { l, w in
      let expected = layout == .outByIn ? [sizes[l + 1], sizes[l]] : [sizes[l], sizes[l + 1]]
      guard w.shape == expected else {
        throw ShapeError(
          operation: "networkDiagramFigure layer \(l + 1)", shapes: [w.shape, expected],
          reason: "layer \(l + 1) maps \(sizes[l]) → \(sizes[l + 1]) units, so its weights "
            + (layout == .outByIn ? "[out, in]" : "[fanIn, fanOut]") + " must be \(expected)")
      }
      return layout == .outByIn ? w.transposed : w
    }
  }

  func nodeLabel(_ layer: Int, _ unit: Int) -> String {
    let k = unit + firstIndex
    if layer == 0 { return "x_{\(k)}" }
    if layer == layerSizes.count - 1 { return "z_{\(k)}" }
    return "h@^{(\(layer))}_{\(k)}"
  }

  func nodes(style: PlotStyle) throws -> GnuplotDatablock {
    var xs: [Double] = [], ys: [Double] = [], fills: [Double] = [], labels: [String] = []
    let colors = ["#e8e8e8", "#fff2cc", "#dceefb"].map { hex in
      Double(PlotStyle.rgb(hex).reduce(0) { $0 * 256 + $1 })
    }
    for (l, layer) in slots.enumerated() {
      for (s, unit) in layer.enumerated() {
        guard let unit else { continue }
        xs.append(x(l))
        ys.append(y(l, s))
        fills.append(l == 0 ? colors[0] : l == slots.count - 1 ? colors[2] : colors[1])
        labels.append(nodeLabel(l, unit))
      }
    }
    return try GnuplotDatablock(
      name: "nodes",
      columns: [
        .numbers("x", xs, .fixed(2)), .numbers("y", ys, .fixed(2)),
        .numbers("radius", xs.map { _ in Self.radius }, .fixed(2)),
        .numbers("fill", fills, .integer), .text("label", labels),
      ])
  }

  /// The edges between drawn units (start, extent, colour, width bin, sign) and the
  /// (bin, sign) pairs that occur.
  func edges(_ weights: [Tensor]?, style: PlotStyle) throws -> (
    block: GnuplotDatablock, kinds: [(bin: Int, sign: Int)]
  ) {
    var rows: [[Double]] = []
    let positive = Double(PlotStyle.rgb(style.positiveColor).reduce(0) { $0 * 256 + $1 })
    let negative = Double(PlotStyle.rgb(style.negativeColor).reduce(0) { $0 * 256 + $1 })
    let grey = Double(PlotStyle.rgb("#9a9a9a").reduce(0) { $0 * 256 + $1 })
    for l in 1..<layerSizes.count {
      let w = weights?[l - 1]
      let largest = w.map { $0.scalars.map(abs).max() ?? 0 } ?? 0
      for (si, i) in slots[l - 1].enumerated() {
        guard let i else { continue }
        for (sj, j) in slots[l].enumerated() {
          guard let j else { continue }
          // the edge runs between the circles' rims, not their centres
          let (x0, y0, x1, y1) = (x(l - 1), y(l - 1, si), x(l), y(l, sj))
          let length = max(((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0)).squareRoot(), 1e-9)
          let (ux, uy) = ((x1 - x0) / length, (y1 - y0) / length)
          let start = (x0 + ux * Self.radius, y0 + uy * Self.radius)
          let span = (x1 - x0 - 2 * ux * Self.radius, y1 - y0 - 2 * uy * Self.radius)
          var color = grey
          var bin = 1.0
          var sign = 1.0
          if let w {
            let value = w[unchecked: i, j]
            color = value >= 0 ? positive : negative
            // the sign is drawn twice, as colour and as a dotted line for w < 0, so that
            // it survives greyscale print
            sign = value >= 0 ? 1 : -1
            let share = largest > 0 ? abs(value) / largest : 0
            bin = Double(min(4, max(1, Int((share * 4).rounded(.up)))))
          }
          rows.append([start.0, start.1, span.0, span.1, color, bin, sign])
        }
      }
    }
    let block = try GnuplotDatablock(
      name: "edges", header: ["x", "y", "dx", "dy", "colour", "bin", "sign"], rows: rows,
      formats: [.fixed(3), .fixed(3), .fixed(3), .fixed(3), .integer, .integer, .integer])
    // the (width bin, sign) pairs that occur, each one plot element
    let kinds = (1...4).flatMap { b in [1, -1].map { (bin: b, sign: $0) } }.filter { kind in
      rows.contains { $0[5] == Double(kind.bin) && $0[6] == Double(kind.sign) }
    }
    return (block, kinds)
  }

  /// Layer names and sizes below the columns, weight shapes above the gaps, "⋮" in
  /// summarised layers.
  func labels(names: [String], activations: [String], style: PlotStyle) -> [String] {
    var lines: [String] = []
    let bottom = GnuplotText.number(-top - 1.35, decimals: 2)
    for l in layerSizes.indices {
      let n = layerSizes[l]
      let detail: String
      if l == 0 {
        detail = "\(n) feature\(n == 1 ? "" : "s")"
      } else {
        detail = "\(n) × " + GnuplotText.enhancedLiteral(activations[l - 1])
      }
      let text = GnuplotText.enhancedLiteral(names[l]) + "\n" + detail
      lines.append(
        "set label \(GnuplotText.quoted(text)) at \(GnuplotText.number(x(l))), \(bottom) center")
      if let gap = slots[l].firstIndex(where: { $0 == nil }) {
        lines.append(
          "set label \"⋮\" at \(GnuplotText.number(x(l))), \(GnuplotText.number(y(l, gap), decimals: 2)) "
            + "center font \",24\" front")
      }
      if l > 0 {
        let middle = GnuplotText.number((x(l - 1) + x(l)) / 2)
        // the shape as the caller's matrices have it: [fanIn, fanOut] or [out, in]
        let (rows, columns) = layout == .outByIn ? (n, layerSizes[l - 1]) : (layerSizes[l - 1], n)
        let shape = "{/:Bold W}^{(\(l))} \(rows)×\(columns)"
        lines.append(
          "set label \(GnuplotText.quoted(shape)) at \(middle), \(GnuplotText.number(top + 0.75, decimals: 2)) "
            + "center textcolor rgb \"\(style.noteColor)\"")
      }
    }
    return lines
  }
}
