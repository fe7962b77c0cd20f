import ArgumentParser
import DocTestKit
import Foundation
import MLPKit

/// `swift run doctest [--bless] [--bin-path DIR] [book.md]`: checks book.md's
/// expected outputs, listings and prose numbers against the built chapters.
///
/// Exit status: 0 all pass (or bless fixed everything), 1 failures, 2 a book that
/// cannot be checked (bad syntax, missing file, region or executable).
/// Introduced in §1.1.
@main
struct DocTestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctest",
    abstract: "Check book.md's expected outputs, listings and prose numbers.",
    discussion: """
      Run from the package root after `swift build`: the book defaults to ./book.md and \
      the executables to the folder this doctest binary was built into. Syntax: \
      Sources/DocTestKit/SYNTAX.md.
      """)

  @Flag(help: "Rewrite what fails from the real output, keeping markers, elisions and tolerances.")
  var bless = false

  @Option(help: "Folder holding the built chapter executables (default: doctest's own folder).")
  var binPath: String?

  @Argument(help: "The book to check.")
  var book = "book.md"

  func run() throws {
    do {
      try check()
    } catch let exit as ExitCode {
      throw exit
    } catch {
      // the message starts with book.md:LINE: so editors can jump to it
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      throw ExitCode(2)
    }
  }

  private func check() throws {
    let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let bookURL = URL(fileURLWithPath: book, relativeTo: current).standardizedFileURL
    guard FileManager.default.fileExists(atPath: bookURL.path) else {
      throw DataError(
        file: book,
        book == "book.md"
          ? "no book.md in the current folder: run doctest from the package root, or pass the book's path"
          : "no such file")
    }
    let folder = bookURL.deletingLastPathComponent()
    let bin = try binFolder(current: current)
    let runner = ProcessRunner(
      binPath: bin, workingDirectory: folder, binPathLabel: Self.relative(bin, to: current))
    let text = String(decoding: try Data(contentsOf: bookURL), as: UTF8.self)
    let session = try DocTestSession(
      text: text, name: book, readSource: DocTest.sourceReader(root: folder), runner: runner.run)

    if bless {
      let report = try session.bless()
      if report.changed {
        try AtomicFile.save(report.text, to: book)
      }
      print(report.report)
      if !report.unblessed.isEmpty { throw ExitCode(1) }
    } else {
      let report = try session.check()
      print(report.text)
      if !report.passed { throw ExitCode(1) }
    }
  }

  /// `--bin-path`, else the folder this executable lives in: `swift build` puts the
  /// chapters and doctest side by side, so no second `swift build` call is needed.
  private func binFolder(current: URL) throws -> URL {
    if let binPath {
      let url = URL(fileURLWithPath: binPath, relativeTo: current).standardizedFileURL
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
        isFolder.boolValue
      else {
        throw ParameterError(
          parameter: "--bin-path", expected: "a folder holding the built executables",
          got: "'\(binPath)'")
      }
      return url
    }
    let me =
      Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "doctest")
    return me.resolvingSymlinksInPath().deletingLastPathComponent()
  }

  /// `url` relative to `base` when inside it (messages show no absolute paths).
  static func relative(_ url: URL, to base: URL) -> String {
    let path = url.standardizedFileURL.path
    let root = base.standardizedFileURL.path
    if path.hasPrefix(root + "/") { return String(path.dropFirst(root.count + 1)) }
    return path
  }
}
