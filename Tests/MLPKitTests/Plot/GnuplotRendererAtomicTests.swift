import Foundation
import MLPKit
import Testing

/// `GnuplotRenderer.write` is all or nothing: with fake gnuplots that draw a file and
/// then fail, warn, or fail only for SVG, the previous `.gp`, `.png` and `.svg` stay
/// byte for byte, and no temporary file is left.
@Suite struct GnuplotRendererAtomicTests {
  /// A folder holding a previous good figure: `fig.gp`, `fig.png`, `fig.svg`.
  static func previousFigure(_ name: String) throws -> (folder: URL, files: [String: Data]) {
    let folder = try PlotTestSupport.scratch("atomic-" + name)
    var files: [String: Data] = [:]
    for file in ["fig.gp", "fig.png", "fig.svg"] {
      let data = Data("previous \(file) \(UUID().uuidString)\n".utf8)
      try data.write(to: folder.appendingPathComponent(file))
      files[file] = data
    }
    return (folder, files)
  }

  /// A fake gnuplot: a shell script that reads the script on stdin, draws something
  /// into its `set output` file as gnuplot would, and then does `then`.
  static func fakeGnuplot(in folder: URL, named name: String, then: String) throws -> URL {
    let file = folder.appendingPathComponent(name)
    let text = """
      #!/bin/sh
      script=$(cat)
      out=$(printf '%s\\n' "$script" | sed -n "s/^set output '\\(.*\\)'$/\\1/p" | tail -n 1)
      [ -n "$out" ] && printf 'a new drawing\\n' > "$out"
      \(then)

      """
    try Data(text.utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
    return file
  }

  static func write(with gnuplot: URL, into folder: URL) throws {
    try GnuplotRenderer(executable: gnuplot.path).write(
      GnuplotRendererTests.sineScript(), scriptTo: folder.appendingPathComponent("fig.gp"),
      renderTo: [
        folder.appendingPathComponent("fig.png"), folder.appendingPathComponent("fig.svg"),
      ])
  }

  /// The folder's files other than the fake gnuplots, by name.
  static func contents(of folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where !name.hasPrefix("fake-") {
      files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
  }

  @Test(arguments: [
    ("exits-1", "echo 'line 1: something broke' >&2; exit 1", PlotError.Kind.gnuplotFailed),
    ("warns", "echo 'WARNING: Plotting with an unknown terminal' >&2; exit 0", .gnuplotWarning),
    // the PNG succeeds, the SVG fails: the good PNG must not be moved in alone
    (
      "svg-fails", "case \"$script\" in *'set terminal svg'*) echo 'svg: no' >&2; exit 1;; esac",
      .gnuplotFailed
    ),
    ("draws-nothing", "rm -f \"$out\"", .missingOutput),
  ])
  func aFailedRenderLeavesThePreviousFilesByteForByte(
    name: String, then: String, kind: PlotError.Kind
  ) throws {
    let (folder, before) = try Self.previousFigure(name)
    let gnuplot = try Self.fakeGnuplot(in: folder, named: "fake-gnuplot", then: then)
    let error = #expect(throws: PlotError.self) { try Self.write(with: gnuplot, into: folder) }
    #expect(error?.kind == kind, "\(String(describing: error))")
    #expect(error?.description.contains("fig.") == true, "\(String(describing: error))")
    // the same three files with the same bytes, and nothing else (no temporary file)
    #expect(try Self.contents(of: folder) == before)
  }

  @Test func aSuccessfulRenderReplacesAllThreeFilesAndLeavesNoTemporaryFile() throws {
    let (folder, before) = try Self.previousFigure("succeeds")
    let gnuplot = try Self.fakeGnuplot(in: folder, named: "fake-gnuplot", then: "exit 0")
    try Self.write(with: gnuplot, into: folder)
    let after = try Self.contents(of: folder)
    #expect(after.keys.sorted() == ["fig.gp", "fig.png", "fig.svg"])
    #expect(after["fig.png"] == Data("a new drawing\n".utf8))
    #expect(after["fig.svg"] == Data("a new drawing\n".utf8))
    let script = String(decoding: after["fig.gp"] ?? Data(), as: UTF8.self)
    #expect(script.contains("set output 'fig.png'\n"))
    #expect(after["fig.gp"] != before["fig.gp"])
  }

  @Test func theRealGnuplotFailingOnTheSecondFormatChangesNothing() throws {
    try PlotTestSupport.requireGnuplot()
    let (folder, before) = try Self.previousFigure("real")
    var broken = GnuplotRendererTests.sineScript()
    // fine for the PNG, an error for the SVG, which is drawn second
    broken.command("if (GPVAL_TERM eq \"svg\") plot no_such_variable")
    let error = #expect(throws: PlotError.self) {
      try PlotTestSupport.renderer.write(
        broken, scriptTo: folder.appendingPathComponent("fig.gp"),
        renderTo: [
          folder.appendingPathComponent("fig.png"), folder.appendingPathComponent("fig.svg"),
        ])
    }
    #expect(error?.kind == .gnuplotFailed)
    #expect(error?.description.contains("gnuplot failed drawing") == true)
    #expect(error?.description.contains("fig.svg") == true)
    #expect(try Self.contents(of: folder) == before)
  }
}
