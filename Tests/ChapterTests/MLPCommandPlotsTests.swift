import Foundation
import MLPKit
import Testing

/// `mlp train … --plots DIR`: the loss curve is sklearn's `loss_curve_` (with the
/// validation accuracy under early stopping), and for two features the decision map
/// is sklearn's `predict_proba` over the plane in the file's own units
/// (Tools/reference/chapter_plots.py).
@Suite struct MLPCommandPlotsTests {
  typealias S = PlotsSupport
  typealias Case = PlotsReference.MLPCase

  /// A scratch folder holding the case's CSV file.
  static func folder(for reference: Case) throws -> URL {
    let folder = try MLPCommandSupport.scratchFolder()
    if reference.csv == "petals.csv" {
      // the two petal columns of iris.csv, as the reference script reads them
      let iris = try MLPCommandSupport.read("iris.csv", in: MLPCommandSupport.fixtures)
      let rows = iris.split(separator: "\n").map { line -> String in
        line.split(separator: ",", omittingEmptySubsequences: false).suffix(3)
          .joined(separator: ",")
      }
      try MLPCommandSupport.write(rows.joined(separator: "\n") + "\n", "petals.csv", in: folder)
    } else {
      try MLPCommandSupport.copyFixtures([reference.csv], to: folder)
    }
    return folder
  }

  /// `moons` from `moons.csv`.
  static func stem(_ reference: Case) -> String { String(reference.csv.dropLast(4)) }

  @Test(arguments: PlotsReference.mlpCases)
  func theFiguresAreSklearnsRun(_ reference: Case) throws {
    try S.requireGnuplot()
    let folder = try Self.folder(for: reference)
    defer { try? FileManager.default.removeItem(at: folder) }
    let plain = try MLPCommandSupport.mlp(["train"] + reference.args, in: folder)
    let run = try MLPCommandSupport.mlp(
      ["train"] + reference.args + ["--plots", "figs"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == plain.stdout)
    let stem = Self.stem(reference)
    let map = reference.classes.count == 2 ? "\(stem)-boundary" : "\(stem)-regions"
    let figs = folder.appendingPathComponent("figs")
    #expect(S.files(in: figs) == S.rendered(["\(stem)-loss", map]))
    let notices = S.lines(run.stderr).filter { !$0.hasPrefix("warning: ") }
    #expect(
      notices == ["\(stem)-loss", map].map { "figure \($0): \($0).png, \($0).svg and \($0).gp" })

    // the loss curve, epoch by epoch, and the validation accuracy with its best epoch
    let lossText = try S.text(figs.appendingPathComponent("\(stem)-loss.gp"))
    let loss = S.datablock(lossText, "loss")
    try #require(loss.count == reference.loss_curve.count)
    for (e, row) in loss.enumerated() {
      #expect(abs(row[1] - reference.loss_curve[e]) <= 0.5e-4 + 1e-9, "epoch \(e + 1)")
    }
    if let scores = reference.validation_scores {
      #expect(zip(loss, scores).allSatisfy { abs($0[2] - $1) <= 0.5e-4 + 1e-9 })
      let best = try #require(scores.firstIndex(of: scores.max() ?? 0))
      let percent = String(format: "%.1f", 100 * scores[best])
      #expect(lossText.contains("title \"best epoch \(best + 1) (\(percent)%)\""))
    } else {
      #expect(!lossText.contains("axes x1y2"))
    }

    // the map: in the file's units, named by its columns, valued by the model
    let mapText = try S.text(figs.appendingPathComponent("\(map).gp"))
    #expect(mapText.contains("set xlabel \(GnuplotText.literal(reference.features[0]))"))
    #expect(mapText.contains("set ylabel \(GnuplotText.literal(reference.features[1]))"))
    #expect(S.datablock(mapText, "train").count == reference.train_rows)
    #expect(S.datablock(mapText, "test").count == reference.test_rows)
    let grid = S.datablock(mapText, "grid")
    try #require(grid.count > 10_000)
    let k = reference.classes.count
    // probabilities are written with 4 decimals (binary) or 3 (each class of a map)
    let tolerance = (k == 2 ? 0.5e-4 : 0.5e-3) + 1e-9
    var worst = 0.0
    for row in grid {
      let p = reference.probabilities([row[0], row[1]])
      let written = k == 2 ? [row[2]] : Array(row[2...])
      let expected = k == 2 ? [p[1]] : p
      try #require(written.count == expected.count)
      worst = max(worst, zip(written, expected).map { abs($0 - $1) }.max() ?? 0)
    }
    #expect(worst <= tolerance, "largest |grid p − sklearn p| = \(worst)")
    for name in reference.classes {
      #expect(
        mapText.contains("title \"\(name) (train)\"") || mapText.contains("title \"\(name)\""))
    }

    // each file as written, run by gnuplot alone: exit 0, nothing on stderr, a PNG
    for (name, text) in [("\(stem)-loss", lossText), (map, mapText)] {
      let alone = try S.renderAlone(text, name: name)
      #expect(alone.stderr.isEmpty, "\(name).gp: \(alone.stderr)")
      #expect(alone.size > 0, "\(name).gp drew nothing")
    }

    // the same scripts on every run
    let again = try MLPCommandSupport.mlp(
      ["train"] + reference.args + ["--plots", "figs2"], in: folder)
    #expect(again.status == 0)
    for name in ["\(stem)-loss", map] {
      let a = try S.text(figs.appendingPathComponent("\(name).gp"))
      let b = try S.text(folder.appendingPathComponent("figs2/\(name).gp"))
      #expect(a == b, "\(name).gp")
    }
  }

  @Test func fourFeaturesGiveOnlyTheLossCurveAndSaySo() throws {
    try S.requireGnuplot()
    let folder = try MLPCommandSupport.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try MLPCommandSupport.copyFixtures(["iris.csv"], to: folder)
    let run = try MLPCommandSupport.mlp(
      [
        "train", "iris.csv", "--target", "species", "--hidden", "5", "--max-iter", "40",
        "--plots", "figs",
      ], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(S.files(in: folder.appendingPathComponent("figs")) == S.rendered(["iris-loss"]))
    #expect(
      S.lines(run.stderr).contains(
        "no iris-boundary figure: a map needs exactly 2 features, this file has 4"))
  }

  @Test func lbfgsGivesOnlyTheMapAndSaysWhy() throws {
    try S.requireGnuplot()
    let folder = try MLPCommandSupport.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try MLPCommandSupport.copyFixtures(["moons.csv"], to: folder)
    let run = try MLPCommandSupport.mlp(
      [
        "train", "moons.csv", "--target", "label", "--solver", "lbfgs", "--hidden", "6",
        "--plots", "figs",
      ], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(S.files(in: folder.appendingPathComponent("figs")) == S.rendered(["moons-boundary"]))
    let notices = S.lines(run.stderr).filter { !$0.hasPrefix("warning: ") }
    #expect(notices.first == "no moons-loss figure: L-BFGS keeps no loss per epoch")
    #expect(notices.count == 2)
  }

  @Test func withoutGnuplotTheScriptsAreWrittenWithOneNotice() throws {
    let folder = try MLPCommandSupport.scratchFolder()
    let path = try S.emptyPath()
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: path)
    }
    try MLPCommandSupport.copyFixtures(["moons.csv"], to: folder)
    let run = try ChapterRunner.run(
      "mlp",
      ["train", "moons.csv", "--target", "label", "--max-iter", "30", "--plots", "figs"],
      environment: ["PATH": path.path], currentDirectory: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      S.files(in: folder.appendingPathComponent("figs")) == ["moons-boundary.gp", "moons-loss.gp"])
    let notices = S.lines(run.stderr).filter { !$0.hasPrefix("warning: ") }
    #expect(
      notices == [
        "gnuplot was not found on the PATH; wrote figs/moons-loss.gp, figs/moons-boundary.gp: "
          + "render them with 'cd figs && gnuplot moons-loss.gp moons-boundary.gp' after you "
          + PlotError.installHint
      ])
  }

  @Test func aFolderThatCannotBeWrittenFailsBeforeTrainingAndSavesNothing() throws {
    let folder = try MLPCommandSupport.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try MLPCommandSupport.copyFixtures(["moons.csv"], to: folder)
    let run = try MLPCommandSupport.mlp(
      [
        "train", "moons.csv", "--target", "label", "--model-out", "model.json",
        "--plots", "moons.csv/figs",
      ], in: folder)
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(
      S.lines(run.stderr)
        == [
          "error: cannot write figures to moons.csv/figs: the directory cannot be created "
            + "(Not a directory)"
        ])
    #expect(S.files(in: folder) == ["moons.csv"])
  }
}
