import ChapterSupport
import MLPKit

// The blocks §2.3 to §2.5 print: the warnings, the seed's step table, the fitted state.

/// Each distinct warning once, with how many of the `calls` to `fit` raised it.
func warningSummary(_ log: WarningLog, calls: Int) -> String {
  let distinct = log.distinct
  guard !distinct.isEmpty else { return "No warning was raised." }
  return distinct.map { item in
    let times =
      switch item.count {
      case 1: "once"
      case calls: "\(item.count) times, once per fit"
      default: "\(item.count) times, in \(item.count) of the \(calls) fits"
      }
    return "sklearn prints this warning on stderr \(times):\n"
      + indentedParagraph(item.warning.description)
  }.joined(separator: "\n")
}

/// `text` wrapped at 80 columns, every line indented by two spaces.
func indentedParagraph(_ text: String) -> String {
  // two spaces always leave room on an 80-column line, so wrap cannot throw here
  (try? Narrative.wrap(text, width: Narrative.lineWidth, indent: "  ")) ?? "  " + text
}

/// The seed's "Step | Process | Done by" table, in this library's terms.
func stepTable() throws -> Table {
  try Table(
    columns: [
      Table.Column("Step", maxWidth: 20), Table.Column("Process", maxWidth: 32),
      Table.Column("Done by", maxWidth: 22),
    ],
    rows: [
      [
        "1. Initialise model", "store the hyperparameters; the first fit draws the weights",
        "MLPClassifier(...), then the first fit",
      ],
      [
        "2. Forward pass", "relu layers, then one sigmoid output p, for each minibatch",
        "fit: forward pass",
      ],
      ["3. Loss computation", "binary log-loss of the minibatch, plus the L2 term", "fit: loss"],
      [
        "4. Backward pass + weight update",
        "backpropagation gives every gradient, then one Adam step", "fit: training loop",
      ],
    ])
}

/// What the warm-start fits did, read from the fitted model.
func fitStateTable(_ model: MLPClassifier, rows n: Int, epochs: Int) throws -> Table {
  let adam = model.optimizerState
  let steps = adam?.t ?? 0
  let batch = min(200, n)
  let curve = model.lossCurve
  var rows: [[Table.Cell]] = [
    [
      "model.lossCurve.count", .integer(curve.count),
      "one training loss per epoch, kept by every fit",
    ],
    ["model.t", .integer(model.t), .text("samples seen: \(count(epochs, "epoch")) × \(n) rows")],
    ["model.nIter", .integer(model.nIter), "epochs run by the last fit only"],
    [
      "model.optimizerState.t", .integer(steps),
      .text("Adam's steps: \(n) / \(batch) = \(steps) minibatches; a new Adam every fit"),
    ],
    [
      "optimizerState.learningRate", .text((adam?.learningRate ?? 0).fixed(8)),
      .text("lr·√(1 − β₂ᵗ) / (1 − β₁ᵗ) at t = \(steps)"),
    ],
  ]
  if let first = curve.first {
    rows.append(["model.lossCurve[0]", .number(first), "training loss of the first epoch"])
  }
  if let last = curve.last, curve.count > 1 {
    rows.append([
      .text("model.lossCurve[\(curve.count - 1)]"), .number(last),
      "the mean over the last epoch's minibatches",
    ])
  }
  return try Table(
    title: "What the \(count(epochs, "fit")) did, read from the model:",
    columns: [
      Table.Column("Property"), Table.Column("Value", decimals: 4, alignment: .right),
      Table.Column("Why", maxWidth: 39),
    ], rows: rows)
}

/// The shape of every weight matrix and bias vector, layer by layer.
func shapesTable(_ model: MLPClassifier) throws -> Table {
  let names = ["input"] + model.hiddenLayerSizes.indices.map { "hidden \($0 + 1)" } + ["output"]
  var table = try Table(
    columns: [Table.Column("Layer"), Table.Column("coefs[i]"), Table.Column("intercepts[i]")])
  for (i, (w, b)) in zip(model.coefs, model.intercepts).enumerated() {
    try table.addRow([
      .text("\(i): \(names[i]) → \(names[i + 1])"), .text(shapeText(w.shape)),
      .text(shapeText(b.shape)),
    ])
  }
  return table
}

/// `predictProba` of some test rows beside the predicted and the true class.
func probabilityTable(
  _ proba: Tensor, predicted: [ClassLabel], truth: [ClassLabel], classes: [ClassLabel]
) throws -> Table {
  let columns =
    [Table.Column("test row")] + classes.map { Table.Column("P(y = \($0))") } + [
      Table.Column("predict", alignment: .right), Table.Column("yTest", alignment: .right),
    ]
  var table = try Table(columns: columns)
  for i in 0..<min(predicted.count, truth.count, proba.rowCount) {
    let p = try classes.indices.map { Table.Cell.number(try proba.element(i, $0)) }
    try table.addRow(
      [.integer(i)] + p + [.text(predicted[i].description), .text(truth[i].description)])
  }
  return table
}
