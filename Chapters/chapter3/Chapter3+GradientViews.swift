import ChapterSupport
import MLPKit

// The blocks Steps 3 and 4 print: gradients after backward(), weights after step().

/// `hidden1.weight.gradient is nil` before a backward pass, else its shape.
func gradientState(_ layer: Linear) -> String {
  let state = layer.weight.gradient.map { "a tensor \(shapeText($0.shape))" } ?? "nil"
  return "hidden1.weight.gradient is \(state)"
}

/// Every parameter's gradient after `backward()`: its shape, largest size and zeros.
func gradientTable(_ model: Sequential) throws -> Table {
  var table = try Table(columns: [
    Table.Column("parameter"), Table.Column("gradient shape"),
    Table.Column("largest |g|", decimals: 4), Table.Column("zeros"),
  ])
  for p in model.parameters {
    let g = p.gradient?.scalars ?? []
    try table.addRow([
      .text(p.name), .text(p.gradient == nil ? "nil" : shapeText(p.shape)),
      .number(g.map(abs).max() ?? 0), .integer(g.filter { $0 == 0 }.count),
    ])
  }
  return table
}

/// The neurons of `layer` whose pre-activation is ≤ 0 for every row of `x`, each with
/// its largest pre-activation: ReLU passes nothing through them, so no gradient
/// reaches their weights.
func deadNeurons(_ layer: Linear, _ x: Tensor) throws -> [Int: Double] {
  // a copy of the layer, so the real one keeps the values its backward pass needs
  let copy = try Linear(weight: layer.weight.value, bias: layer.bias?.value)
  let z = try copy(x)  // [800, 10]
  let (rows, columns) = (z.rowCount, z.columnCount)
  var dead: [Int: Double] = [:]
  for j in 0..<columns {
    let largest = (0..<rows).map { z.scalars[$0 * columns + j] }.max() ?? 0
    if largest <= 0 { dead[j] = largest }
  }
  return dead
}

/// One sentence per dead neuron, in neuron order: how far below 0 its weighted sum stays.
func deadNeuronNote(_ dead: [Int: Double], samples: Int) -> String? {
  guard !dead.isEmpty else { return nil }
  return dead.keys.sorted().map { j in
    "Neuron \(j + 1)'s weighted sum is at most \(dead[j, default: 0].fixed(4)) over all "
      + "\(samples) samples, so its ReLU passes nothing back."
  }.joined(separator: " ")
}

/// hidden1's weight gradient `[10, 2]`, with the bias gradient beside each neuron.
func gradientView(_ layer: Linear, dead: [Int: Double]) throws -> AnnotatedView {
  let weightGradient = try layer.weight.gradient ?? Tensor.zeros(layer.weight.shape)
  let biasGradient = layer.bias?.gradient?.scalars ?? []
  return try weightGradient.annotated(
    "hidden1.weight.gradient", rowLabel: neuronLabel, columnLabels: ["x₁", "x₂"],
    marker: { i in
      let bias = i < biasGradient.count ? "bias \(signed(biasGradient[i]))" : ""
      return dead[i] != nil ? bias + "  ← ReLU is 0 for every sample" : bias
    })
}

/// hidden1's weight before and after `step()`, with the change Δ of each number.
func updateTable(before: Tensor, after: Tensor) throws -> Table {
  var table = try Table(
    title: "hidden1.weight before and after the step",
    columns: [
      Table.Column("neuron"), Table.Column("x₁ before"), Table.Column("x₁ after"),
      Table.Column("Δx₁", alignment: .right), Table.Column("x₂ before"),
      Table.Column("x₂ after"), Table.Column("Δx₂", alignment: .right),
    ])
  for i in 0..<before.rowCount {
    var cells: [Table.Cell] = [.text(neuronLabel(i))]
    for j in 0..<before.columnCount {
      let (old, new) = (try before.element(i, j), try after.element(i, j))
      cells += [.number(old), .number(new), .text(signed(new - old))]
    }
    try table.addRow(cells)
  }
  return table
}

/// How far Adam's first step moved each number: at `t = 1`, `m̂ = g` and `v̂ = g²`, so
/// `Δ = −lr·g / (|g| + ε)`: `−lr·sign(g)` unless `|g|` is within a few hundred ε.
func firstStepSummary(
  _ before: [Tensor], _ gradients: [Tensor?], _ parameters: [Parameter], lr: Double
) -> String {
  var (byLr, unmoved, less, total) = (0, 0, 0, 0)
  var smallest: (g: Double, delta: Double, name: String)? = nil
  for (k, p) in parameters.enumerated() where k < before.count && k < gradients.count {
    let g = gradients[k]?.scalars ?? [Double](repeating: 0, count: p.count)
    for i in 0..<Swift.min(p.count, g.count, before[k].count) {
      let delta = p.value.scalars[i] - before[k].scalars[i]
      total += 1
      if g[i] == 0 && delta == 0 {
        unmoved += 1
      } else if abs(abs(delta) - lr) <= 0.01 * lr && (delta < 0) == (g[i] > 0) {
        byLr += 1
      } else {
        less += 1
      }
      if g[i] != 0, abs(g[i]) < abs(smallest?.g ?? .infinity) {
        smallest = (g[i], delta, p.name + flatIndex(i, in: p.shape))
      }
    }
  }
  let width = String(total).count
  let count = { (n: Int) in String(repeating: " ", count: width - String(n).count) + "\(n)" }
  var lines = [
    "Adam's first step: m̂ = g and v̂ = g², so Δ = −lr·g/(|g| + ε) ≈ −lr·sign(g).",
    "  \(count(byLr)) of \(total) numbers moved by lr = \(lr) (within 1%), against the gradient",
  ]
  if unmoved > 0 {
    lines.append("  \(count(unmoved)) of \(total) had a gradient of exactly 0 and stayed put")
  }
  if less > 0 {
    lines.append("  \(count(less)) of \(total) moved less: |g| so small that ε = 1e-8 counts")
  }
  if let smallest {
    lines.append(
      "  smallest nonzero |g|: \(abs(smallest.g).scientific(2)) at \(smallest.name), "
        + "Δ = \(signed(smallest.delta, 8))")
  }
  return lines.joined(separator: "\n")
}

/// `[9, 1]` for flat index `i` of a `[10, 2]` tensor, `[3]` for a 1-D one.
func flatIndex(_ i: Int, in shape: [Int]) -> String {
  shape.count == 2 && shape[1] > 0 ? "[\(i / shape[1]), \(i % shape[1])]" : "[\(i)]"
}
