import Foundation
import MLPKit

/// `mlp train --plots DIR`: the figures of one run, named after the data file.
///
/// `<name>-loss`: the training loss per epoch (sklearn's `loss_curve_`), with the
/// validation accuracy and its best epoch when early stopping held rows out. For two
/// features, `<name>-boundary` (two classes: P(second class) and its 0.5 contour) or
/// `<name>-regions` (three or more: the argmax regions), drawn in the file's own
/// units with its column names on the axes, over the training and test rows.
struct TrainingFigures {
  /// The figures to save.
  let figures: [(name: String, script: GnuplotScript)]
  /// Why a figure was left out (L-BFGS keeps no loss curve, too many features…),
  /// one line each for stderr.
  let notes: [String]

  init(run: TrainingRun, command: TrainCommand) throws {
    let clf = run.classifier
    let data = run.data
    let name = Self.baseName(command.data)
    let file = URL(fileURLWithPath: command.data).lastPathComponent
    let units = [data.featureCount] + clf.hiddenLayerSizes + [clf.nOutputs]
    let network = "MLP " + units.map(String.init).joined(separator: "-")
    var figures: [(name: String, script: GnuplotScript)] = []
    var notes: [String] = []

    if clf.lossCurve.isEmpty {
      notes.append("no \(name)-loss figure: L-BFGS keeps no loss per epoch")
    } else {
      let scores = clf.validationScores
      // sklearn keeps the first epoch with the best validation accuracy
      let best = scores.flatMap { s in
        s.indices.max { s[$0] < s[$1] || (s[$0] == s[$1] && $0 > $1) }
      }
      let loss = try lossCurveFigure(
        runs: [("training loss", clf.lossCurve)], validationAccuracy: scores,
        bestEpoch: best.map { $0 + 1 },
        title: GnuplotText.enhancedLiteral(
          "mlp train \(file) · \(network) (\(clf.activation.rawValue), \(clf.solver.rawValue)) "
            + "· \(clf.lossCurve.count) epochs"),
        yLabel: "training loss (log-loss)")
      figures.append(("\(name)-loss", loss))
    }

    let classes = clf.classes
    if data.featureCount != 2 {
      notes.append(
        "no \(name)-boundary figure: a map needs exactly 2 features, this file has "
          + "\(data.featureCount)")
    } else if classes.count < 2 {
      notes.append("no \(name)-boundary figure: the training rows hold a single class")
    } else {
      let index = { (label: ClassLabel) in classes.firstIndex(of: label) ?? -1 }
      let training = try LabelledPoints(x: run.rawTrain, labels: run.yTrain.map(index))
      // a test row whose class the training rows never saw has no colour: left out
      let known = run.yTest.indices.filter { classes.contains(run.yTest[$0]) }
      let test =
        known.isEmpty
        ? nil
        : try LabelledPoints(
          x: try run.rawTest.rows(known), labels: known.map { index(run.yTest[$0]) })
      let grid = try DecisionGrid.framing([training] + (test.map { [$0] } ?? []), aspect: 1.6)
      let scaling = run.scaling
      let probability = { (x: Tensor) in try clf.predictProba(try scaling?.transform(x) ?? x) }
      let accuracy =
        run.testAccuracy.map { "test accuracy \($0.fixed(4))" }
        ?? "train accuracy \(run.trainAccuracy.fixed(4))"
      let names = classes.map(\.description)
      let (x, y) = (
        GnuplotText.enhancedLiteral(data.featureNames[0]),
        GnuplotText.enhancedLiteral(data.featureNames[1])
      )
      if classes.count == 2 {
        let boundary = try decisionBoundaryFigure(
          probability: probability, grid: grid, training: training, test: test,
          classNames: names,
          title: GnuplotText.enhancedLiteral("mlp train \(file) · \(network) · \(accuracy)"),
          xLabel: x, yLabel: y)
        figures.append(("\(name)-boundary", boundary))
      } else {
        let regions = try decisionRegionsFigure(
          probabilities: probability, grid: grid, classNames: names, training: training,
          test: test,
          title: GnuplotText.enhancedLiteral("mlp train \(file) · \(network) · \(accuracy)"),
          xLabel: x, yLabel: y)
        figures.append(("\(name)-regions", regions))
      }
    }
    self.figures = figures
    self.notes = notes
  }

  /// `data/moons.csv` → `moons`; characters a file name should not carry become `-`.
  static func baseName(_ path: String) -> String {
    let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let safe = String(
      stem.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "-" })
    return safe.isEmpty || safe.hasPrefix(".") ? "data" + safe : safe
  }
}
