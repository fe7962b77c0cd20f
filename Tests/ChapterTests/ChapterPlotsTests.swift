import Foundation
import MLPKit
import Testing

/// `chapterN --plots DIR`: every figure written and rendered by the real gnuplot,
/// standard output unchanged, the scripts the same on every run, a clear notice
/// without gnuplot and a clear error for a folder that cannot be written.
@Suite struct ChapterPlotsTests {
  typealias S = PlotsSupport

  static let chapters = ["chapter1", "chapter2", "chapter3", "chapter4", "chapter5"]

  @Test(arguments: chapters)
  func everyFigureIsRenderedAndStandardOutputIsUnchanged(_ chapter: String) throws {
    try S.requireGnuplot()
    let plain = try ChapterRunner.cachedRun(chapter)
    let plots = try S.plotsRun(chapter)
    let run = plots.run
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == plain.stdout, "stdout differs with --plots")

    let names = try #require(S.figures[chapter])
    // exactly the figures: no stray or temporary file
    #expect(plots.files == S.rendered(names))
    for file in S.rendered(names) {
      #expect((plots.sizes[file] ?? 0) > 0, "\(file) is empty")
    }
    // one notice per figure on stderr, nothing else
    #expect(
      S.lines(run.stderr)
        == names.map { "figure \($0): \($0).png, \($0).svg and \($0).gp" })
    // each script draws its own PNG, from its own folder, with no absolute path
    for name in names {
      let script = try #require(plots.scripts[name])
      #expect(script.contains("set output '\(name).png'"), "\(name).gp")
      #expect(script.contains("set terminal pngcairo size 1280,800"), "\(name).gp")
      #expect(!script.contains("/tmp/"), "\(name).gp names an absolute path")
      #expect(script.hasPrefix("# MLP Workbook figure: "), "\(name).gp")
      // the file as written, run by gnuplot alone: exit 0, nothing on stderr, a PNG
      let alone = try S.renderAlone(script, name: name)
      #expect(alone.stderr.isEmpty, "\(name).gp: \(alone.stderr)")
      #expect(alone.size > 0, "\(name).gp drew nothing")
    }
  }

  @Test(arguments: chapters)
  func theScriptsAreTheSameOnEveryRun(_ chapter: String) throws {
    let first = try S.plotsRun(chapter)
    // a second, quicker run (chapter 1's figures do not depend on --section), unrendered
    let folder = try S.scratch(chapter + "-again")
    let path = try S.emptyPath()
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: path)
    }
    let quick = S.quickArguments[chapter] ?? []
    let again = try ChapterRunner.run(
      chapter, quick + ["--plots", folder.path], environment: ["PATH": path.path], timeout: 300)
    #expect(again.status == 0, "\(again.stderr)")
    for name in try #require(S.figures[chapter]) {
      let a = try #require(first.scripts[name])
      let b = try S.text(folder.appendingPathComponent("\(name).gp"))
      #expect(a == b, "\(name).gp differs between two runs")
    }
  }

  @Test(arguments: chapters)
  func withoutGnuplotTheScriptsAreWrittenAndOneLineSaysHowToRenderThem(_ chapter: String)
    throws
  {
    let folder = try S.scratch(chapter + "-nognuplot")
    let path = try S.emptyPath()
    defer {
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.removeItem(at: path)
    }
    let quick = S.quickArguments[chapter] ?? []
    let run = try ChapterRunner.run(
      chapter, quick + ["--plots", folder.path], environment: ["PATH": path.path], timeout: 300)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == (try ChapterRunner.cachedRun(chapter, quick)).stdout)
    let names = try #require(S.figures[chapter])
    #expect(S.files(in: folder) == names.map { "\($0).gp" }.sorted())
    let lines = S.lines(run.stderr)
    #expect(lines.count == 1, "\(lines)")
    let notice = lines.first ?? ""
    #expect(notice.hasPrefix("gnuplot was not found on the PATH; wrote "))
    #expect(notice.contains("gnuplot " + names.map { "\($0).gp" }.joined(separator: " ")))
    #expect(notice.contains("sudo apt-get install gnuplot-nox"))
  }

  @Test(arguments: chapters)
  func aFolderThatCannotBeWrittenFailsBeforeAnyOutput(_ chapter: String) throws {
    let scratch = try S.scratch(chapter + "-unwritable")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let file = scratch.appendingPathComponent("notes.txt")
    try Data("a file, not a folder".utf8).write(to: file)
    // a folder inside a file cannot be created, even by root
    let inside = try ChapterRunner.run(chapter, ["--plots", file.path + "/figures"])
    #expect(inside.status == 1)
    #expect(inside.stdout.isEmpty)
    #expect(
      S.lines(inside.stderr)
        == [
          "error: cannot write figures to \(file.path)/figures: the directory cannot be "
            + "created (Not a directory)"
        ])
    // the file itself
    let onFile = try ChapterRunner.run(chapter, ["--plots", file.path])
    #expect(onFile.status == 1)
    #expect(onFile.stdout.isEmpty)
    #expect(
      S.lines(onFile.stderr)
        == ["error: cannot write figures to \(file.path): it is a file, not a directory"])
    #expect(S.files(in: scratch) == ["notes.txt"])
    #expect(try S.text(file) == "a file, not a folder")
  }

  @Test func aNewNestedFolderIsCreated() throws {
    try S.requireGnuplot()
    let scratch = try S.scratch("nested")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let folder = scratch.appendingPathComponent("book/figures")
    let run = try ChapterRunner.run(
      "chapter4", ["--plots", "book/figures"], currentDirectory: scratch)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(S.files(in: folder) == S.rendered(S.figures["chapter4"] ?? []))
    // a relative folder stays relative in the scripts and the notices
    #expect(!run.stderr.contains(scratch.path))
  }
}
