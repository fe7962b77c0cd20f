import Foundation
import MLPKit

// §1.4 and §1.5: softmax step by step, sigmoid against softmax, the tiny network's
// weights and its forward pass.

/// The logits, their exponentials, their normalised form and the library's softmax.
func softmaxSteps(z: Tensor, e: Tensor, p: Tensor, library: Tensor) -> String {
  """
  logits z          = \(z)
  exp(z)            = \(e)    Σ = \(e.sum().fixed(4))
  p = exp(z) / Σ    = \(p)    Σ = \(p.sum().fixed(4))
  z.softmax(dim: 0) = \(library)
  """
}

/// What a naive softmax gives for huge logits, and the shifted one.
func overflowLines(huge: Tensor, naive: Tensor, stable: Tensor) -> String {
  """
  logits z                    = \(huge)
  exp(z) / Σ exp(z)           = \(naive)    exp(1000) = \(exp(1000.0))
  (z − max z).softmax(dim: 0) = \(stable)
  """
}

/// σ(z) next to softmax of the two logits [0, z], one row per z.
func sigmoidTable(_ z: Tensor, _ sigma: Tensor, _ softmaxOfPairs: Tensor) throws -> Table {
  var table = try Table(columns: [
    Table.Column("z", decimals: 1), Table.Column("σ(z)"), Table.Column("1 − σ(z)"),
    Table.Column("softmax([0, z])"),
  ])
  for i in 0..<z.count {
    let pair = try softmaxOfPairs.row(i).scalars.map { $0.fixed(4) }.joined(separator: ", ")
    try table.addRow([
      .number(z.scalars[i]), .number(sigma.scalars[i]), .number(1 - sigma.scalars[i]),
      .text("[\(pair)]"),
    ])
  }
  return table
}

/// Which output layer each library uses, by the number of classes.
func outputTable() throws -> Table {
  try Table(
    columns: [
      Table.Column("classes"), Table.Column("sklearn's MLPClassifier"),
      Table.Column("PyTorch, the seed's loop"),
    ],
    rows: [
      ["2", "1 unit, logistic σ", "2 logits, softmax in the loss"],
      ["K ≥ 3", "K units, softmax", "K logits, softmax in the loss"],
    ])
}

extension Linear {
  /// `(W, b)`: the weight `[out, in]` and the bias `[out]` (zeros for a layer without one).
  var weightAndBias: (Tensor, Tensor) {
    (weight.value, bias?.value ?? Tensor([Double](repeating: 0, count: outFeatures)))
  }
}

/// A layer's weight matrix `W` next to its bias `b`, captioned with the layer's `name` and
/// the subscript `index` (`W₁ = hidden.weight`); rows are named after the layer's `neurons`
/// (`h0`, `h1`, …), columns after its `inputs` (`x0`, `x1`).
func weightsView(
  _ name: String, _ layer: Linear, _ index: String, neurons: String, inputs: String
) throws -> AnnotatedView {
  let (weight, bias) = layer.weightAndBias
  let neuronNames = (0..<layer.outFeatures).map { "\(neurons)\($0)" }
  let inputNames = (0..<layer.inFeatures).map { "\(inputs)\($0)" }
  return try AnnotatedView.sideBySide([
    try weight.annotated(
      "W\(index) = \(name).weight", rowLabel: { neuronNames[$0] }, columnLabels: inputNames),
    try bias.annotated("b\(index) = \(name).bias", columnLabels: neuronNames),
  ])
}

/// z₁ = x • W₁ᵀ + b₁ next to a₁ = relu(z₁), one row per sample.
func hiddenLayerView(_ z1: Tensor, _ a1: Tensor) throws -> AnnotatedView {
  let neurons = (0..<z1.columnCount).map { "h\($0)" }
  return try AnnotatedView.sideBySide([
    try z1.annotated("z₁ = x • W₁ᵀ + b₁", rowLabel: { "sample \($0 + 1)" }, columnLabels: neurons),
    try a1.annotated("a₁ = relu(z₁)", columnLabels: neurons),
  ])
}

/// The logits z₂ next to their softmax, each row marked with its predicted class.
func outputLayerView(_ z2: Tensor, _ p: Tensor, predicted: LabelTensor) throws -> AnnotatedView {
  let classes = (0..<z2.columnCount).map { "class \($0)" }
  return try AnnotatedView.sideBySide([
    try z2.annotated("z₂ = a₁ • W₂ᵀ + b₂", rowLabel: { "sample \($0 + 1)" }, columnLabels: classes),
    try p.annotated(
      "p = z₂.softmax(dim: 1)", columnLabels: classes,
      marker: { "→ class \(predicted.values[$0])" }),
  ])
}
