import ChapterSupport
import Foundation
import MLPKit

// §1.1's tables: the layers of the seed's two models, with their shapes and sizes.

/// One row of a layer table: a layer's size, activation, parameter shapes and count.
private struct LayerRow {
  let name: String
  let units: Int
  let activation: String
  let shapes: [[Int]]

  var parameters: Int { shapes.reduce(0) { $0 + $1.reduce(1, *) } }

  /// `2·100 + 100`: the sizes that multiply to each parameter count, summed.
  var formula: [String] { shapes.map { $0.map(String.init).joined(separator: "·") } }
}

/// The table of `rows` under `title`, with an `input` row first, a `total` row last and
/// the parameter count written out: `parameters = 2·100 + 100 + 100·1 + 1 = 401`.
private func layerTable(
  _ title: String, inputs: Int, weight: String, bias: String, _ rows: [LayerRow]
) throws -> String {
  var table = try Table(columns: [
    Table.Column("layer"), Table.Column("units"), Table.Column("activation"),
    Table.Column(weight), Table.Column(bias), Table.Column("parameters"),
  ])
  try table.addRow(["input", .integer(inputs), .empty, .empty, .empty, .empty])
  for row in rows {
    let shapes = row.shapes.map { Table.Cell.text(shapeText($0)) }
    try table.addRow(
      [.text(row.name), .integer(row.units), .text(row.activation)] + shapes
        + [.integer(row.parameters)])
  }
  let total = rows.reduce(0) { $0 + $1.parameters }
  try table.addRow(["total", .empty, .empty, .empty, .empty, .integer(total)])
  let formula = rows.flatMap(\.formula).joined(separator: " + ")
  return Narrative.wrap(title) + "\n" + table.description + "\n"
    + Narrative.wrap("parameters = \(formula) = \(total)")
}

/// `(100,)` or `(10, 10)`, as Python writes sklearn's `hidden_layer_sizes`.
func hiddenText(_ sizes: [Int]) -> String {
  sizes.count == 1 ? "(\(sizes[0]),)" : "(" + sizes.map(String.init).joined(separator: ", ") + ")"
}

/// A fitted `MLPClassifier`'s layers: `coefs[i]` is `[in, out]`, `intercepts[i]` is `[out]`.
func sklearnLayerTable(_ model: MLPClassifier) throws -> String {
  let coefs = model.coefs
  let rows = coefs.indices.map { i in
    let isOutput = i == coefs.count - 1
    return LayerRow(
      name: isOutput ? "output" : "hidden \(i + 1)", units: coefs[i].shape[1],
      activation: isOutput ? (model.outActivation?.rawValue ?? "") : model.activation.rawValue,
      shapes: [coefs[i].shape, model.intercepts[i].shape])
  }
  return try layerTable(
    "sklearn: MLPClassifier(hidden_layer_sizes=\(hiddenText(model.hiddenLayerSizes))), "
      + "fitted on two classes",
    inputs: coefs.first?.shape[0] ?? 0, weight: "coefs[i]", bias: "intercepts[i]", rows)
}

/// A PyTorch-style model's `Linear` layers: `weight` is `[out, in]`, `bias` is `[out]`.
/// A layer's activation is the activation layer right after it, if any.
func torchLayerTable(_ model: Sequential) throws -> String {
  let children = model.children
  let rows = children.indices.compactMap { i -> LayerRow? in
    guard let linear = children[i].layer as? Linear else { return nil }
    let next = i + 1 < children.count ? children[i + 1].layer as? ActivationLayer : nil
    return LayerRow(
      name: children[i].name, units: linear.outFeatures,
      activation: next.map { String(describing: $0).replacingOccurrences(of: "()", with: "") }
        ?? "none (logits)",
      shapes: linear.parameters.map(\.shape))
  }
  let inputs = (children.first?.layer as? Linear)?.inFeatures ?? 0
  let sizes = ([inputs] + rows.map(\.units)).map(String.init).joined(separator: " → ")
  return try layerTable(
    "PyTorch: the seed's \(sizes) model, nn.Linear layers",
    inputs: inputs, weight: "weight", bias: "bias", rows)
}
