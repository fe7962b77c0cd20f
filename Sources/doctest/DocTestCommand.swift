import ArgumentParser
import DocTestKit
import Foundation
import MLPKit

/// `swift run doctest [--bless] [--bin-path DIR] [book.md]`: checks book.md's
/// expected outputs, listings and prose numbers against the built chapters.
///
/// Exit status: 0 all pass (or bless fixed everything); 1 failures, or a command line
/// that names nothing to check (an unknown flag, a missing file, a folder, a file
/// without doc-test markers: one `error: …` line on stderr); 2 a book that cannot be
/// checked (bad syntax, a missing region or executable), its message located at
/// `book.md:LINE`. Introduced in §1.1.
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

  /// Parses the command line and checks the book; a command-line error is one line.
  ///
  /// ArgumentParser's own `main()` prints a usage block and exits 64 after a parse
  /// error; here it is `error: … (see 'doctest --help')` and exit 1, as in `mlp` and
  /// the chapters. `--help` still prints the help (exit 0).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let exit as ExitCode {
      Foundation.exit(exit.rawValue)
    } catch let usage as UsageError {
      Self.printError(usage.message)
      Foundation.exit(1)
    } catch {
      if exitCode(for: error) == .success { self.exit(withError: error) }
      let first = message(for: error).split(whereSeparator: \.isNewline).first.map(String.init)
      Self.printError((first ?? "\(error)") + " (see 'doctest --help')")
      Foundation.exit(1)
    }
  }

  /// A command line that names nothing doctest can check: exit 1, one `error:` line.
  struct UsageError: Error {
    let message: String
  }

  static func printError(_ message: String) {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
  }

  func run() throws {
    do {
      try check()
    } catch let exit as ExitCode {
      throw exit
    } catch let usage as UsageError {
      throw usage
    } catch let flag as ParameterError {
      throw UsageError(message: "\(flag) (see 'doctest --help')")
    } catch {
      // the message starts with book.md:LINE: so editors can jump to it
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      throw ExitCode(2)
    }
  }

  private func check() throws {
    let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let bookURL = URL(fileURLWithPath: book, relativeTo: current).standardizedFileURL
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: bookURL.path, isDirectory: &isFolder) else {
      throw UsageError(
        message: book == "book.md"
          ? "book.md: no such file in the current folder: run doctest from the package root, "
            + "or pass the book's path"
          : "\(book): no such file")
    }
    guard !isFolder.boolValue else {
      throw UsageError(message: "\(book) is a directory, not a Markdown file")
    }
    let folder = bookURL.deletingLastPathComponent()
    let bin = try binFolder(current: current)
    let runner = ProcessRunner(
      binPath: bin, workingDirectory: folder, binPathLabel: Self.relative(bin, to: current))
    let data: Data
    do {
      data = try Data(contentsOf: bookURL)
    } catch {
      throw UsageError(message: "\(book): cannot be read (check its permissions)")
    }
    let session = try DocTestSession(
      text: String(decoding: data, as: UTF8.self), name: book,
      readSource: DocTest.sourceReader(root: folder), runner: runner.run)
    let parsed = session.book
    guard !parsed.blocks.isEmpty || !parsed.listings.isEmpty || !parsed.values.isEmpty else {
      // a README or the wrong file would otherwise "pass" with nothing checked
      throw UsageError(
        message: "\(book) has no doc-test markers (see Sources/DocTestKit/SYNTAX.md for "
          + "<!-- doctest: … -->, <!-- listing: … --> and <!--value …-->)")
    }

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
