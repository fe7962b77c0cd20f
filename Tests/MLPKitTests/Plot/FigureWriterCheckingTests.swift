import Foundation
import MLPKit
import Testing

/// `FigureWriter(checking:)` and saving several figures: what a chapter's `--plots`
/// does before and after its run.
@Suite struct FigureWriterCheckingTests {
  static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("figure-writer-checking-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func figure(_ title: String) throws -> GnuplotScript {
    try lossCurveFigure(runs: [("train", [0.7, 0.5, 0.4])], title: title)
  }

  @Test func aMissingFolderIsCreatedAndLeftEmpty() throws {
    let scratch = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let folder = scratch.appendingPathComponent("a/b")
    _ = try FigureWriter(checking: folder.path)
    var isDirectory: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory))
    #expect(isDirectory.boolValue)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func aFileOrAFolderInsideAFileIsAClearError() throws {
    let scratch = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let file = scratch.appendingPathComponent("notes.txt")
    try Data("x".utf8).write(to: file)
    let onFile = #expect(throws: PlotError.self) { try FigureWriter(checking: file.path) }
    #expect(onFile?.kind == .unwritableDirectory)
    #expect(
      onFile?.description == "cannot write figures to \(file.path): it is a file, not a directory")
    let inside = #expect(throws: PlotError.self) {
      try FigureWriter(checking: file.path + "/figures")
    }
    #expect(
      inside?.description
        == "cannot write figures to \(file.path)/figures: the directory cannot be created "
        + "(Not a directory)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["notes.txt"])
  }

  @Test func withoutGnuplotEveryScriptIsWrittenAndOneLineSaysHowToRenderThemAll() throws {
    let scratch = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let writer = try FigureWriter(
      checking: scratch.path, renderer: GnuplotRenderer(searchPath: "/nonexistent-bin"))
    let lines = try writer.save([("one", try Self.figure("1")), ("two", try Self.figure("2"))])
    #expect(
      lines == [
        "gnuplot was not found on the PATH; wrote \(scratch.path)/one.gp, \(scratch.path)/two.gp: "
          + "render them with 'cd \(scratch.path) && gnuplot one.gp two.gp' after you "
          + PlotError.installHint
      ])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == [
        "one.gp", "two.gp",
      ])
    #expect(try writer.save([]) == [])
  }

  @Test func withGnuplotEachFigureGetsItsLine() throws {
    try PlotTestSupport.requireGnuplot()
    let scratch = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let writer = try FigureWriter(checking: scratch.path)
    let lines = try writer.save([("one", try Self.figure("1")), ("two", try Self.figure("2"))])
    #expect(
      lines == [
        "figure one: one.png, one.svg and one.gp", "figure two: two.png, two.svg and two.gp",
      ])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
        == ["one.gp", "one.png", "one.svg", "two.gp", "two.png", "two.svg"])
  }
}

/// A `--plots` folder the system refuses gets the system's own reason, in one line.
@Suite struct FigureWriterSystemReasonTests {
  @Test func aFolderUnderSysNamesThePathAndTheSystemsReason() throws {
    // sysfs refuses new files and folders even to root; Foundation's own text for
    // this was "You don't have permission."
    try #require(FileManager.default.fileExists(atPath: "/sys/kernel"), "needs Linux's /sys")
    let existing = #expect(throws: PlotError.self) { try FigureWriter(checking: "/sys/kernel") }
    #expect(existing?.kind == .unwritableDirectory)
    #expect(
      existing?.description
        == "cannot write figures to /sys/kernel: the directory is not writable (Permission denied)")
    let missing = #expect(throws: PlotError.self) {
      try FigureWriter(checking: "/sys/mlp-workbook-figures")
    }
    // mkdir(2) in sysfs: EPERM for root, EACCES for other users
    let reasons = ["(Operation not permitted)", "(Permission denied)"].map {
      "cannot write figures to /sys/mlp-workbook-figures: the directory cannot be created " + $0
    }
    #expect(reasons.contains(missing?.description ?? ""), "\(String(describing: missing))")
    for error in [existing, missing] {
      #expect(error?.description.contains("\n") == false)
      #expect(error?.description.contains("You don't have permission") == false)
    }
  }
}
