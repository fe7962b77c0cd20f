import ChapterSupport
import Foundation
import MLPKit

// The blocks Steps 0–2 print. Each is built from the run's real tensors, so the
// sections in main.swift stay as short as the seed's code.

/// The row label of sample `i` (0-based), as a student counts: `sample 1`.
func sampleLabel(_ i: Int) -> String { "sample \(i + 1)" }

/// The row label of hidden neuron `i` (0-based): `neuron 1`.
func neuronLabel(_ i: Int) -> String { "neuron \(i + 1)" }

/// `value` with `decimals` decimals and an explicit sign (a space for exactly 0), so
/// that columns of changes line up: `+0.0100`, `-0.0100`, ` 0.0000`.
func signed(_ value: Double, _ decimals: Int = 4) -> String {
  if value == 0 { return " " + 0.0.fixed(decimals) }
  return value < 0 ? value.fixed(decimals) : "+" + value.fixed(decimals)
}

/// `scaler: mean [0.4897, 0.2436], std [0.8937, 0.5314]`, what `fitTransform` learnt.
func scalerLine(_ scaler: StandardScaler) -> String {
  let mean = listText(scaler.mean ?? [], decimals: 4)
  let std = listText(scaler.scale ?? [], decimals: 4)
  return "scaler: mean \(mean), std \(std); x ← (x − mean) / std"
}

/// The first 5 scaled training rows with their labels.
func firstRowsView(_ x: Tensor, _ y: LabelTensor) throws -> AnnotatedView {
  try x.rows(0..<5).annotated(
    "xTrain[:5], scaled", rowLabel: sampleLabel, columnLabels: ["x₁", "x₂"],
    marker: { "label \(y.values[$0])" })
}

/// One row per parameter, as `for name, p in model.named_parameters()`, and the total.
func parameterTable(_ model: Sequential) throws -> Table {
  var table = try Table(columns: [
    Table.Column("parameter"), Table.Column("shape"), Table.Column("numbers"),
  ])
  for row in model.parameterSummary() {
    try table.addRow([
      .text(row.name), .text(shapeText(row.shapes.first ?? [])), .integer(row.count),
    ])
  }
  try table.addRow(["total", "", .integer(model.parameterCount)])
  return table
}

/// `Adam(lr: 0.01, betas: (0.9, 0.999), eps: 1e-08)`, the optimizer's settings.
func describe(_ optimizer: Adam) -> String {
  "Adam(lr: \(optimizer.lr), betas: (\(optimizer.betas.0), \(optimizer.betas.1)), "
    + "eps: \(optimizer.eps))"
}

/// hidden1's weight `[10, 2]`, one row per neuron, with each neuron's bias beside it.
func weightsView(_ layer: Linear) throws -> AnnotatedView {
  let bias = layer.bias?.value.scalars ?? []
  return try layer.weight.value.annotated(
    "hidden1.weight", rowLabel: neuronLabel, columnLabels: ["x₁", "x₂"],
    marker: { i in i < bias.count ? "bias \(signed(bias[i]))" : nil })
}

/// The logits of the first 5 training samples, with their true class.
func logitsView(_ logits: Tensor, _ y: LabelTensor) throws -> AnnotatedView {
  try logits.rows(0..<5).annotated(
    "logits[:5]", rowLabel: sampleLabel, columnLabels: ["class 0", "class 1"],
    marker: { "true class \(y.values[$0])" })
}

/// Their softmax probabilities, with each sample's loss `−log p(true class)`.
func probabilitiesView(_ p: Tensor, _ y: LabelTensor) throws -> AnnotatedView {
  let shown = try p.rows(0..<5)  // [5, 2]
  let trueP = try (0..<5).map { try shown.element($0, y.values[$0]) }
  return try shown.annotated(
    "logits.softmax(dim: 1)[:5]", rowLabel: sampleLabel,
    columnLabels: ["class 0", "class 1"],
    marker: { "−log \(trueP[$0].fixed(4)) = \((-log(trueP[$0])).fixed(4))" })
}

/// The cross-entropy by hand: `−(1/n) Σᵢ log p[i, yᵢ]` from the probabilities.
func meanNegativeLogLikelihood(_ p: Tensor, _ y: LabelTensor) throws -> Double {
  var total = 0.0
  for (i, label) in y.values.enumerated() { total -= log(try p.element(i, label)) }
  return total / Double(y.count)
}
