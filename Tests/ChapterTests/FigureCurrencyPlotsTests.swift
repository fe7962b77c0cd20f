import Foundation
import MLPKit
import Testing

/// The committed `figures/*.gp` are what `make plots` writes today: every command of
/// the Makefile's `plots:` target (each chapter with `--plots`, then `mlp train
/// $(MLP_EXAMPLE) --plots`) is run into a scratch folder, and every script must equal
/// its committed copy byte for byte, with none missing on either side. Only scripts
/// are compared: PNG and SVG bytes differ between gnuplot builds, and a script fixes
/// its picture. The runs have no gnuplot on their PATH, so they write scripts only.
@Suite struct FigureCurrencyPlotsTests {
  static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let figures = package.appendingPathComponent("figures")
  static let fix = "figures/ is out of date: run `make plots` and commit figures/"

  /// The chapters `make plots` runs and the arguments of its `mlp train`, read from
  /// the Makefile so this test follows any change there.
  static func makePlots() throws -> (chapters: [String], mlp: [String]) {
    let makefile = try String(
      contentsOf: package.appendingPathComponent("Makefile"), encoding: .utf8)
    // continuation lines joined, as make joins them
    let lines = makefile.replacingOccurrences(of: "\\\n", with: " ")
      .split(separator: "\n").map(String.init)
    let example = try #require(
      lines.first { $0.hasPrefix("MLP_EXAMPLE =") }, "the Makefile has no MLP_EXAMPLE")
    let mlp = example.dropFirst("MLP_EXAMPLE =".count).split(separator: " ").map(String.init)
    let target = try #require(
      lines.firstIndex { $0.hasPrefix("plots:") }, "the Makefile has no plots target")
    let plots = try #require(
      lines[target...].first { $0.contains("for chapter in ") },
      "the Makefile's plots target has no 'for chapter in' loop")
    let list = try #require(plots.range(of: "for chapter in ")).upperBound
    let chapters = plots[list...].prefix { $0 != ";" }.split(separator: " ").map(String.init)
    #expect(mlp.first == "Tests/Fixtures/mlp/moons.csv" && mlp.contains("--hidden"))
    #expect(chapters == ["chapter1", "chapter2", "chapter3", "chapter4", "chapter5"])
    return (chapters, mlp)
  }

  /// Runs everything `make plots` runs into a fresh folder and returns the scripts
  /// written, by file name.
  static func freshScripts() throws -> [String: Data] {
    let (chapters, mlp) = try makePlots()
    let folder = try PlotsSupport.scratch("currency")
    defer { try? FileManager.default.removeItem(at: folder) }
    // no gnuplot: the same scripts, written without spending a minute on rendering
    let path = try PlotsSupport.emptyPath()
    defer { try? FileManager.default.removeItem(at: path) }
    let commands =
      chapters.map { ($0, ["--plots", folder.path]) }
      + [("mlp", ["train"] + mlp + ["--plots", folder.path])]
    for (name, arguments) in commands {
      let run = try ChapterRunner.run(
        name, arguments, environment: ["PATH": path.path], currentDirectory: package,
        timeout: 600)
      try #require(
        run.status == 0, "\(name) \(arguments.joined(separator: " ")) failed: \(run.stderr)")
    }
    var scripts: [String: Data] = [:]
    for file in PlotsSupport.files(in: folder) where file.hasSuffix(".gp") {
      scripts[file] = try Data(contentsOf: folder.appendingPathComponent(file))
    }
    return scripts
  }

  @Test func everyCommittedScriptIsWhatMakePlotsWritesToday() throws {
    let fresh = try Self.freshScripts()
    let committed = PlotsSupport.files(in: Self.figures).filter { $0.hasSuffix(".gp") }
    #expect(!fresh.isEmpty)
    let missing = fresh.keys.sorted().filter { !committed.contains($0) }
    #expect(missing.isEmpty, "not in figures/: \(missing.joined(separator: ", ")); \(Self.fix)")
    let stale = committed.filter { fresh[$0] == nil }
    let extra = stale.joined(separator: ", ")
    #expect(
      stale.isEmpty, "figures/ has scripts make plots no longer writes: \(extra); \(Self.fix)")
    for name in fresh.keys.sorted() where committed.contains(name) {
      let old = try Data(contentsOf: Self.figures.appendingPathComponent(name))
      guard let new = fresh[name], old != new else { continue }
      let a = String(decoding: old, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
      let b = String(decoding: new, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
      let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
      let was = line < a.count ? String(a[line].prefix(100)) : "<end of file>"
      let now = line < b.count ? String(b[line].prefix(100)) : "<end of file>"
      Issue.record(
        "figures/\(name) differs at line \(line + 1): committed «\(was)», now «\(now)»; \(Self.fix)"
      )
    }
  }

  @Test func everyCommittedScriptHasItsPictures() {
    let files = PlotsSupport.files(in: Self.figures)
    let scripts = files.filter { $0.hasSuffix(".gp") }
    #expect(!scripts.isEmpty)
    for script in scripts {
      let name = script.dropLast(3)
      for picture in ["\(name).png", "\(name).svg"] {
        #expect(
          PlotsSupport.size(Self.figures.appendingPathComponent(picture)) > 0,
          "figures/\(picture) is missing or empty; \(Self.fix)")
      }
    }
    // nothing half-written from an interrupted run
    #expect(files.allSatisfy { !$0.hasPrefix(".") || $0 == ".gitkeep" }, "\(files)")
  }

  @Test func theBookAndTheReadmeShowEveryRenderedFigure() throws {
    let book = try String(
      contentsOf: Self.package.appendingPathComponent("book.md"), encoding: .utf8)
    let readme = try String(
      contentsOf: Self.package.appendingPathComponent("README.md"), encoding: .utf8)
    for script in PlotsSupport.files(in: Self.figures) where script.hasSuffix(".gp") {
      let png = "(figures/\(script.dropLast(3)).png)"
      #expect(
        book.contains(png) || readme.contains(png), "neither book.md nor README.md shows \(png)")
    }
  }
}
