import Foundation
import MLPKit
import Testing

/// Shared helpers for the plot tests: the real gnuplot, scratch folders under the
/// system temporary directory, and golden `.gp` files in `Tests/Fixtures/plot/`.
enum PlotTestSupport {
  static let renderer = GnuplotRenderer()

  /// Fails the test (never skips it) when gnuplot is missing, with the install hint.
  static func requireGnuplot() throws {
    try #require(
      renderer.isAvailable,
      "gnuplot is needed for the rendering tests: \(PlotError.installHint), then run them again")
  }

  /// A fresh, empty folder `<tmp>/plot-tests-<pid>/<name>`: per process, because test
  /// runs of other checkouts on the same machine share the temporary directory.
  static func scratch(_ name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("plot-tests-\(ProcessInfo.processInfo.processIdentifier)")
      // a directory URL (trailing slash) whether or not it exists yet, so a URL made
      // relative to it resolves inside it
      .appendingPathComponent(name, isDirectory: true)
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  static let goldenFolder = Fixtures.folder.appendingPathComponent("plot")

  /// Compares `text` with `Tests/Fixtures/plot/<name>.gp` byte for byte. With
  /// `RECORD_GOLDEN=1` in the environment the file is rewritten instead (review the
  /// diff and render it before committing).
  static func expectGolden(
    _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let file = goldenFolder.appendingPathComponent(name + ".gp")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: file)
      return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      Issue.record(
        "missing golden file Tests/Fixtures/plot/\(name).gp; run the tests with RECORD_GOLDEN=1",
        sourceLocation: sourceLocation)
      return
    }
    if expected != text {
      let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let b = text.split(separator: "\n", omittingEmptySubsequences: false)
      let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
      let want = line < a.count ? String(a[line]) : "<end of file>"
      let got = line < b.count ? String(b[line]) : "<end of file>"
      Issue.record(
        "\(name).gp differs at line \(line + 1): expected «\(want)», got «\(got)»",
        sourceLocation: sourceLocation)
    }
  }

  /// Renders `script` into `folder/name.<ext>` for each format and checks gnuplot's
  /// exit, its silence on stderr, and a non-empty file.
  static func expectRenders(
    _ script: GnuplotScript, in folder: URL, name: String,
    formats: [GnuplotTerminal.Format] = [.png], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try requireGnuplot()
    for format in formats {
      let output = folder.appendingPathComponent(name + "." + format.fileExtension)
      let run = try renderer.render(script, to: output)
      #expect(
        run.stderr.isEmpty, "stderr for \(name).\(format): \(run.stderr)",
        sourceLocation: sourceLocation)
      let size = try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int ?? 0
      #expect(size > 0, "\(name).\(format.fileExtension) is empty", sourceLocation: sourceLocation)
    }
  }

  /// The numeric rows of datablock `$name` in a script's text.
  static func datablockRows(_ text: String, name: String) -> [[Double]] {
    guard let start = text.range(of: "$\(name) << EOD\n") else { return [] }
    let rest = text[start.upperBound...]
    let end = rest.range(of: "\nEOD\n")?.lowerBound ?? rest.endIndex
    return rest[..<end].split(separator: "\n")
      .filter { !$0.hasPrefix("#") }
      .map { $0.split(separator: " ").compactMap { Double($0) } }
  }
}

extension PlotTestSupport {
  /// Saves a script's text beside the renders, for looking at by hand.
  static func keep(_ script: GnuplotScript, in folder: URL, name: String) throws {
    try Data(script.text.utf8).write(to: folder.appendingPathComponent(name + ".gp"))
  }
}
