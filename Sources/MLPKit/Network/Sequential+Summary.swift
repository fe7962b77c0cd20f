/// One row of a model summary: a parameter (`hidden1.weight [10, 2] 20`) or a child
/// layer (`hidden1 Linear [[10, 2], [10]] 30`). Introduced in §3.2.
public struct SummaryRow: Equatable, Sendable {
  /// `hidden1.weight` for a parameter row, `hidden1` for a layer row.
  public let name: String
  /// The layer's kind (`Linear`, `ReLU`, …), or `Parameter` for a parameter row.
  public let kind: String
  /// The shape of each parameter in the row (one shape for a parameter row).
  public let shapes: [[Int]]
  /// The number of trainable numbers in the row.
  public let count: Int
}

/// Tables a chapter can print under `print(model)`: what each layer holds and how many
/// numbers training will change (2-10-10-2 has 30 + 110 + 22 = 162). Introduced in §3.2.
extension Sequential {
  /// One row per child, in order: its name, kind, parameter shapes and count.
  public func layerSummary() -> [SummaryRow] {
    children.map { child in
      let kind = String(describing: child.layer).prefix { $0 != "(" }
      return SummaryRow(
        name: child.name, kind: String(kind), shapes: child.layer.parameters.map(\.shape),
        count: child.layer.parameterCount)
    }
  }

  /// One row per parameter, as `for name, p in model.named_parameters()`.
  public func parameterSummary() -> [SummaryRow] {
    parameters.map {
      SummaryRow(name: $0.name, kind: "Parameter", shapes: [$0.shape], count: $0.count)
    }
  }
}
