import ChapterSupport
import MLPKit

// §1.2 and §1.3: one neuron written out, the batch version, the activation tables.

/// `1.20`, or `(-0.20)` where a negative number sits inside a sum.
private func term(_ value: Double) -> String {
  value < 0 ? "(\(value.fixed(2)))" : value.fixed(2)
}

/// `[1.50, 0.50]`.
private func vectorText(_ t: Tensor) -> String {
  listText(t.scalars, decimals: 2)
}

/// z = w·x + b written out multiply by multiply, then a = relu(z).
func neuronByHand(x: Tensor, w: Tensor, b: Double, products: Tensor, z: Double, a: Double)
  -> String
{
  let multiplies = zip(w.scalars, x.scalars).map { "\(term($0)) × \(term($1))" }
  let lead = "  z = w·x + b = "
  let indent = String(repeating: " ", count: lead.count - 2) + "= "
  return """
    one sample x = \(vectorText(x)), weights w = \(vectorText(w)), bias b = \(b.fixed(2))
    \(lead)\((multiplies + [term(b)]).joined(separator: " + "))
    \(indent)\((products.scalars.map(term) + [term(b)]).joined(separator: " + "))
    \(indent)\(z.fixed(2))
      a = relu(z) = max(0, \(z.fixed(2))) = \(a.fixed(2))
      (with the logistic function instead: a = σ(\(z.fixed(2))) = \(Activation.logistic(z).fixed(4)))
    """
}

/// x • wᵀ, then z = x • wᵀ + b, then a = relu(z), side by side, one row per sample.
func batchView(_ xw: Tensor, _ z: Tensor, _ a: Tensor) throws -> AnnotatedView {
  let sample = { (i: Int) in "sample \(i + 1)" }
  return try AnnotatedView.sideBySide([
    try xw.annotated("x • wᵀ", rowLabel: sample),
    z.annotated("z = x • wᵀ + b"),
    a.annotated("a = relu(z)"),
  ])
}

/// A table of `value(f, z)` for the four activations (columns) at each `z` (rows).
func activationTable(
  _ title: String, at points: [Double], _ value: (Activation, Double) -> Double
) throws -> Table {
  let functions: [Activation] = [.identity, .logistic, .tanh, .relu]
  var table = try Table(
    title: title,
    columns: [Table.Column("z", decimals: 1)]
      + functions.map { Table.Column($0 == .relu ? "ReLU" : $0.rawValue) })
  for z in points {
    try table.addRow([.number(z)] + functions.map { .number(value($0, z)) })
  }
  return table
}
