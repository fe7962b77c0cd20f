import ChapterSupport
import Foundation
import MLPKit

// The blocks §2.1 and §2.2 print: the data, the scaler, the model's parameters.

/// The shapes of the data and of its split, and the rows per class.
func splitLines(_ moons: Dataset, _ data: ScaledMoons, seed: Int) -> String {
  func counts(_ labels: [ClassLabel]) -> String {
    let zeros = labels.count(where: { $0 == .int(0) })
    return "\(zeros) / \(labels.count - zeros)"
  }
  return """
    makeMoons(1000, noise: 0.2, randomState: \(seed))
      → x \(shapeText(moons.x.shape)), y [\(moons.y.count)]
    trainTestSplit(x, y, testSize: 0.2, randomState: \(seed))
      → xTrain \(shapeText(data.xTrain.shape)), xTest \(shapeText(data.xTest.shape))
    rows of class 0 / class 1: train \(counts(data.yTrain)), test \(counts(data.yTest))
    """
}

/// What `StandardScaler` learned from the training rows.
func scalerLines(_ scaler: StandardScaler) -> String {
  """
  scaler.fitTransform(xTrain) learned one mean and one scale per feature:
    scaler.mean  = \(listText(scaler.mean ?? [], decimals: 8))
    scaler.scale = \(listText(scaler.scale ?? [], decimals: 8))   (std, ddof 0)
  xTrain and xTest both become (x − mean) / scale, with these same numbers.
  """
}

/// The first training rows before and after scaling, with their labels.
func firstRowsTable(raw: Tensor, scaled: Tensor, labels: [ClassLabel], count: Int = 3)
  throws -> Table
{
  var table = try Table(
    title: "The first \(count) training rows:",
    columns: [
      Table.Column("row"), Table.Column("x0"), Table.Column("x1"),
      Table.Column("scaled x0"), Table.Column("scaled x1"), Table.Column("y"),
    ])
  for i in 0..<min(count, labels.count) {
    try table.addRow([
      .integer(i), .number(try raw.element(i, 0)), .number(try raw.element(i, 1)),
      .number(try scaled.element(i, 0)), .number(try scaled.element(i, 1)),
      .text(labels[i].description),
    ])
  }
  return table
}

/// The parameters that shape this model, with their values and what they do.
func parameterTable(_ model: MLPClassifier, trainingRows n: Int) throws -> Table {
  let batch = min(200, n)
  let rows: [[Table.Cell]] = [
    ["hiddenLayerSizes", .text("\(model.hiddenLayerSizes)"), "units per hidden layer"],
    ["activation", .text("." + model.activation.rawValue), "max(0, z) in the hidden layers"],
    ["solver", .text("." + model.solver.rawValue), "Adam, in sklearn's form (§2.6)"],
    ["learningRateInit", .text("\(model.learningRateInit)"), "Adam's step size"],
    [
      "batchSize", .text(model.batchSize == .auto ? ".auto" : "\(model.batchSize)"),
      .text("min(200, \(n)) = \(batch) rows per minibatch"),
    ],
    ["alpha", .text("\(model.alpha)"), "L2 penalty, 0.5·alpha·‖W‖² / batch size"],
    ["maxIter", .integer(model.maxIter), "epochs per fit call (default 200)"],
    ["warmStart", .text("\(model.warmStart)"), "a later fit continues from the weights"],
    [
      "randomState", .text(model.randomState.map(String.init) ?? "nil"),
      "weights and shuffles, re-seeded at every fit",
    ],
    ["shuffle", .text("\(model.shuffle)"), "a new row order every epoch"],
    [
      "tol", .text("\(model.tol)"),
      .text(
        "a fit stops early after \(model.nIterNoChange + 1) epochs in a row that improve "
          + "the loss by less than tol"),
    ],
  ]
  return try Table(
    columns: [
      Table.Column("Parameter"), Table.Column("Value", alignment: .left),
      Table.Column("What it does", maxWidth: 48),
    ], rows: rows)
}

/// The layer sizes, the parameter count and Glorot's range for each layer.
func glorotLines(units: [Int]) -> String {
  let layers = zip(units, units.dropFirst()).map { (fanIn: $0, fanOut: $1) }
  let counts = layers.map { $0.fanIn * $0.fanOut + $0.fanOut }
  let ranges = layers.map { layer in
    let bound = (6.0 / Double(layer.fanIn + layer.fanOut)).squareRoot()
    return "±\(bound.fixed(4)) (\(layer.fanIn) → \(layer.fanOut))"
  }
  let arrows = units.map(String.init).joined(separator: " → ")
  let sum = counts.map(String.init).joined(separator: " + ")
  return Narrative.wrap(
    """
    Layers \(arrows): \(sum) = \(counts.reduce(0, +)) weights and biases \
    (two classes need one output unit, §2.5). The first fit draws each layer's \
    weights and biases uniformly from Glorot's range ±√(6 / (fanIn + fanOut)): \
    \(ranges.joined(separator: ", ")).
    """)
}
