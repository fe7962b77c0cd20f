import Foundation
import MLPKit

// §1.6: the seed's "Key characteristics" table and the raw-versus-scaled experiment.

/// The seed's table, with a third column saying where the workbook shows each claim.
func keyCharacteristicsTable() throws -> Table {
  try Table(
    title: "The seed's \"Key characteristics\", and where this workbook shows them:",
    columns: [
      Table.Column("Feature"), Table.Column("Description", maxWidth: 29),
      Table.Column("In this workbook", maxWidth: 32),
    ],
    rows: [
      ["Model type", "Feedforward neural network", "layers applied in order (§1.5)"],
      ["Learning type", "Supervised", "fit(x, y): every sample has a label"],
      ["Handles", "Nonlinear decision boundaries", "the hidden activations (§1.3)"],
      ["Requires", "Feature scaling (e.g., StandardScaler)", "StandardScaler: below"],
      [
        "Strengths", "Flexible, can approximate complex functions",
        "more hidden units, more capacity (§1.1)",
      ],
      [
        "Weaknesses", "Can overfit, slower to train than linear models",
        "hundreds of weights and epochs (§1.1, below)",
      ],
    ])
}

/// `x1 × 1000`: the name of the data whose feature x1 was multiplied by `factor`.
func unitsName(_ factor: Double) -> String { "x1 × \(factorText(factor))" }

/// `1000`, `2.5` or `1e-06`: the factor with at most 6 significant digits, as C's and
/// Python's `%g` write it.
func factorText(_ factor: Double) -> String {
  String(format: "%g", factor)
}

/// The scaler's statistics of each training column: what `transform` subtracts and
/// divides by.
func scalerTable(_ scaler: StandardScaler, factor: Double) throws -> Table {
  var table = try Table(
    title: "StandardScaler().fit(xTrain), on the 800 training rows:",
    columns: [
      Table.Column("column"), Table.Column("mean", alignment: .right),
      Table.Column("std (scale)", alignment: .right),
    ])
  let names = ["x0", unitsName(factor)]
  for (j, name) in names.enumerated() {
    try table.addRow([
      .text(name), .text(statisticText(scaler.mean?[j] ?? .nan)),
      .text(statisticText(scaler.scale?[j] ?? .nan)),
    ])
  }
  return table
}

/// `243.6029`, or `2.4360e-07` for a value too small to show with 4 decimals.
func statisticText(_ value: Double) -> String {
  value != 0 && abs(value) < 1e-3 ? value.scientific(4) : value.fixed(4)
}

/// The §1.6 experiment: one `MLPClassifier` setting, fitted on versions of the seed's
/// training data that differ only in units and scaling.
struct ScalingExperiment {
  let yTrain: [ClassLabel]
  let yTest: [ClassLabel]
  let hidden: [Int]
  let seed: Int

  /// One fit: on which data, and how it went.
  struct Row {
    let units: String
    let scaled: Bool
    let trainAccuracy: Double
    let testAccuracy: Double
    let epochs: Int
    let loss: Double
    /// Whether fit used every epoch (and sklearn's ConvergenceWarning fired).
    let hitMaxIter: Bool
  }

  /// The seed's sklearn model with `random_state`, as a description.
  var modelText: String {
    "MLPClassifier(hidden_layer_sizes=\(hiddenText(hidden)), max_iter=300, random_state=\(seed))"
  }

  /// Fits the model on `xTrain` (after `StandardScaler` when `scaled`) and scores it.
  func fit(_ units: String, _ xTrain: Tensor, _ xTest: Tensor, scaled: Bool) throws -> Row {
    var (train, test) = (xTrain, xTest)
    if scaled {
      var scaler = StandardScaler()
      train = try scaler.fitTransform(xTrain)  // [800, 2]
      test = try scaler.transform(xTest)  // [200, 2], with the training mean and std
    }
    let model = MLPClassifier(hiddenLayerSizes: hidden, maxIter: 300, randomState: seed)
    var warnings: [MLPClassifier.Warning] = []
    model.warningSink = { warnings.append($0) }  // counted, not printed
    try model.fit(train, yTrain)
    return Row(
      units: units, scaled: scaled, trainAccuracy: try model.score(train, yTrain),
      testAccuracy: try model.score(test, yTest), epochs: model.nIter,
      loss: model.loss ?? .nan,
      hitMaxIter: warnings.contains { $0.category == "ConvergenceWarning" })
  }

  /// The model, then the results side by side, one row per fit.
  func table(_ rows: [Row]) throws -> String {
    var table = try Table(
      columns: [
        Table.Column("units"), Table.Column("scaling"), Table.Column("train acc"),
        Table.Column("test acc"), Table.Column("epochs"), Table.Column("loss"),
        Table.Column("stopped"),
      ])
    for row in rows {
      try table.addRow([
        .text(row.units), .text(row.scaled ? "StandardScaler" : "none"),
        .number(row.trainAccuracy), .number(row.testAccuracy), .integer(row.epochs),
        .number(row.loss), .text(row.hitMaxIter ? "max_iter" : "tol"),
      ])
    }
    return Narrative.wrap(modelText) + "\n" + table.description
  }
}
