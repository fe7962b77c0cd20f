import Foundation
import MLPKit
import Testing

/// `mlp train`, `predict` and `evaluate` against sklearn, case by case
/// (`Tools/reference/mlp_iris.py` → `Tests/Fixtures/mlp/reference.json`): the same
/// split, scaling and training, so the same epochs, losses, accuracies, reports and
/// predictions.
@Suite struct MLPCommandParityTests {
  typealias S = MLPCommandSupport

  @Test func referenceListsEveryCase() throws {
    #expect(try S.reference.get().cases.map(\.name) == S.caseNames)
  }

  @Test(arguments: MLPCommandSupport.caseNames)
  func trainMatchesSklearn(_ name: String) throws {
    let c = try S.referenceCase(name)
    let folder = try S.scratchFolder()
    let inputs = [c.csv] + (c.args.contains("--init-weights") ? ["iris_init_weights.json"] : [])
    try S.copyFixtures(inputs, to: folder)
    let out = try S.mlp(
      c.trainArguments + ["--model-out", "model.json", "--report", "report.json"], in: folder)
    #expect(out.status == 0, "\(out.stderr)")
    #expect(try S.files(in: folder) == (inputs + ["model.json", "report.json"]).sorted())

    // the report: sklearn's fitted attributes
    let r = try S.report("report.json", in: folder)
    #expect(r.format == "mlp-workbook-report")
    #expect(r.n_iter == c.n_iter)
    #expect(S.isClose(try #require(r.loss), c.loss), "loss \(r.loss ?? .nan) vs \(c.loss)")
    if let expected = c.loss_curve {
      let curve = try #require(r.loss_curve)
      #expect(curve.count == expected.count)
      #expect(zip(curve, expected).allSatisfy { S.isClose($0, $1) })
    } else {
      #expect(r.loss_curve == nil)
    }
    #expect(r.best_loss.map { S.isClose($0, c.best_loss ?? .nan) } ?? (c.best_loss == nil))
    #expect(r.validation_scores == c.validation_scores)
    #expect(r.best_validation_score == c.best_validation_score)
    #expect(r.n_train == c.n_train)
    #expect(r.n_test == c.n_test)
    #expect(r.train_accuracy == c.train_accuracy)
    #expect(r.test_accuracy == c.test_accuracy)
    #expect(r.converged == c.converged)
    #expect(r.warnings == c.warnings)
    // each warning is also one line on stderr
    #expect(out.stderr == c.warnings.map { "warning: \($0)\n" }.joined())

    // what is trained, then sklearn's verbose lines (with --verbose), then how it went
    #expect(out.stdout.hasPrefix("Data      \(c.csv): \(c.rows) rows, "))
    let lines = out.lines
    let network = try #require(lines.firstIndex { $0.hasPrefix("Network   ") })
    let after = Array(lines[(network + 1)...])
    #expect(Array(after.prefix(c.verbose.count)) == c.verbose)
    #expect(after.dropFirst(c.verbose.count).first?.hasPrefix("Training  ") == true)
    #expect(out.stdout.contains("Accuracy  train \(c.printed.train_accuracy) ("))
    if let test = c.printed.test_accuracy {
      #expect(out.stdout.contains("\n          test  \(test) ("))
    } else {
      #expect(!out.stdout.contains("test  "))
    }
    #expect(out.stdout.contains("\nLoss      \(c.printed.loss) (final)"))
    if let best = c.printed.best_loss {
      #expect(out.stdout.contains(", \(best) (best)"))
    }
    let matrix = try ConfusionMatrix(labels: c.confusion_labels.map(\.label), counts: c.confusion)
    #expect(out.stdout.contains("\n\(matrix.description)\n"))
    #expect(out.stdout.contains("\n" + c.report))
    #expect(out.stdout.hasSuffix("Model saved to model.json\nReport saved to report.json\n"))

    // predict: sklearn's labels and probabilities for every row of the file
    let predicted = try S.mlp(
      ["predict", "model.json", c.csv, "--proba", "--decimals", "17"], in: folder)
    #expect(predicted.status == 0, "\(predicted.stderr)")
    #expect(predicted.stderr.isEmpty)
    let rows = S.predictions(predicted.stdout)
    let classes = c.classes.map(\.label)
    #expect(rows.header == (["prediction"] + classes.map { "proba_\($0)" }).joined(separator: ","))
    #expect(rows.labels == c.full_predictions.map(\.label.description))
    let proba = rows.proba.flatMap { $0 }
    #expect(proba.count == c.full_proba.count)
    #expect(zip(proba, c.full_proba).allSatisfy { S.isClose($0, $1, rtol: 0, atol: 1e-12) })

    // evaluate: sklearn's metrics on the whole file
    let evaluated = try S.mlp(["evaluate", "model.json", c.csv], in: folder)
    #expect(evaluated.status == 0, "\(evaluated.stderr)")
    #expect(evaluated.stdout.contains("\nAccuracy  \(c.printed.full_accuracy) ("))
    #expect(evaluated.stdout.contains("\nLog loss  \(c.printed.full_log_loss)\n"))
    let full = try ConfusionMatrix(labels: classes, counts: c.full_confusion)
    #expect(evaluated.stdout.contains("\n\(full.description)\n"))
    #expect(evaluated.stdout.hasSuffix("\n" + c.full_report))
  }

  /// A model written by the README's `save_model` from sklearn predicts in `mlp`
  /// what sklearn predicted.
  @Test func sklearnsModelFilePredictsAsSklearn() throws {
    let c = try S.referenceCase("iris_adam")
    let folder = try S.scratchFolder()
    try S.copyFixtures(["iris.csv", "sklearn_model.json"], to: folder)
    let out = try S.mlp(
      ["predict", "sklearn_model.json", "iris.csv", "--proba", "--decimals", "17"], in: folder)
    #expect(out.status == 0, "\(out.stderr)")
    let rows = S.predictions(out.stdout)
    #expect(rows.labels == c.full_predictions.map(\.label.description))
    let proba = rows.proba.flatMap { $0 }
    #expect(proba.count == c.full_proba.count)
    #expect(zip(proba, c.full_proba).allSatisfy { S.isClose($0, $1, rtol: 0, atol: 1e-12) })
    let evaluated = try S.mlp(["evaluate", "sklearn_model.json", "iris.csv"], in: folder)
    #expect(evaluated.status == 0, "\(evaluated.stderr)")
    #expect(evaluated.stdout.contains("\nAccuracy  \(c.printed.full_accuracy) ("))
    #expect(evaluated.stdout.contains("\nLog loss  \(c.printed.full_log_loss)\n"))
  }

  /// The summary is the same text on every run (no timings, no paths but the user's).
  @Test func trainingOutputIsDeterministic() throws {
    let c = try S.referenceCase("wine_logistic")
    let folder = try S.scratchFolder()
    try S.copyFixtures([c.csv], to: folder)
    let first = try S.mlp(c.trainArguments, in: folder)
    let second = try S.mlp(c.trainArguments, in: folder)
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    #expect(!first.stdout.contains(folder.path))
    #expect(
      first.stdout.hasPrefix("Data      wine.csv: 178 rows, 13 features, target 'cultivar'\n"))
    #expect(first.stdout.contains("\nClasses   1 (59), 2 (71), 3 (48)\n"))
    #expect(first.stdout.contains("\nSplit     133 training rows, 45 test rows"))
    #expect(
      first.stdout.contains("\nNetwork   13 → 20 → 10 → 3 (logistic hidden, softmax output)\n"))
    #expect(first.stdout.contains("\nTraining  \(c.n_iter) epochs, converged"))
  }
}
