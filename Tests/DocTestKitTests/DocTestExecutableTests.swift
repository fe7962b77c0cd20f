import DocTestKit
import Foundation
import Testing

/// The real `doctest` executable on a temporary book whose "chapter" is a shell script.
@Suite struct DocTestExecutableTests {
  /// The products folder holding the built `doctest` (the test bundle lives there too).
  static func productsFolder() throws -> URL {
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // DocTestKitTests
      .deletingLastPathComponent()  // Tests
      .deletingLastPathComponent()
    let candidates = [
      Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent(),
      CommandLine.arguments.first.map {
        URL(fileURLWithPath: $0).resolvingSymlinksInPath().deletingLastPathComponent()
      },
      packageRoot.appendingPathComponent(".build/debug"),
    ]
    let found = candidates.compactMap { $0 }.first {
      FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("doctest").path)
    }
    return try #require(found, "build the doctest executable first (swift build --build-tests)")
  }

  /// A folder with `bin/chapter2` (prints `out.txt` of the book's folder, exit `status.txt`)
  /// and `src/main.swift`.
  static func project() throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("doctest-e2e-\(UUID().uuidString)")
    let files = [
      "bin/chapter2": "#!/bin/sh\ncat out.txt\nexit $(cat status.txt)\n",
      "out.txt": "Moons: 800 train, 200 test\nEpoch 1/2 loss 0.6931\nEpoch 2/2 loss 0.5120\n",
      "status.txt": "0\n",
      "src/main.swift": "// MARK: - 2.1 The data\nlet data = makeMoons()\n",
      "book.md": book,
    ]
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o755], ofItemAtPath: root.appendingPathComponent("bin/chapter2").path)
    return root
  }

  static let book = """
    # Chapter 2

    <!-- doctest: chapter2 --seed 3 | tol=1e-3 capture loss = /Epoch 2\\/2 loss (\\S+)/ -->
    ```text
    Moons: 800 train, 200 test
    ...
    Epoch 2/2 loss 0.5121
    ```

    The loss falls to <!--value loss-->0.51<!--/value-->.

    <!-- listing: src/main.swift#2.1 -->
    ```swift
    let data = makeMoons()
    ```

    """

  static func doctest(_ arguments: [String], in folder: URL) throws -> CommandOutput {
    let runner = ProcessRunner(binPath: try productsFolder(), workingDirectory: folder)
    return try runner.run(BookCommand(words: ["doctest"] + arguments, text: "doctest"))
  }

  static func write(_ text: String, _ path: String, in folder: URL) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(path))
  }

  static func read(_ path: String, in folder: URL) throws -> String {
    String(decoding: try Data(contentsOf: folder.appendingPathComponent(path)), as: UTF8.self)
  }

  @Test func checkFailBlessAndCheckAgainFromTheCommandLine() throws {
    let root = try Self.project()
    defer { try? FileManager.default.removeItem(at: root) }

    // from the book's folder, book.md is found without being named
    let pass = try Self.doctest(["--bin-path", "bin"], in: root)
    #expect(pass == CommandOutput(stdout: "1 block, 1 listing, 1 prose value: all pass\n"))

    // the output drifts beyond tol=1e-3 and the source changes
    try Self.write(
      "Moons: 800 train, 200 test\nEpoch 1/2 loss 0.6931\nEpoch 2/2 loss 0.4877\n", "out.txt",
      in: root)
    try Self.write(
      "// MARK: - 2.1 The data\nlet data = makeMoons(samples: 1000)\n", "src/main.swift", in: root)
    let fail = try Self.doctest(["--bin-path", "bin", "book.md"], in: root)
    #expect(fail.exitStatus == 1)
    #expect(fail.stdout.hasPrefix("book.md:3: chapter2 --seed 3\n--- book.md:5 (expected)\n"))
    #expect(fail.stdout.contains("-Epoch 2/2 loss 0.5121\n+Epoch 2/2 loss 0.4877\n"))
    #expect(fail.stdout.contains("book.md:10:36: prose value loss reads '0.51'"))
    #expect(fail.stdout.contains("book.md:12: listing src/main.swift#2.1 differs from the source"))
    #expect(
      fail.stdout.hasSuffix(
        "1 block, 1 listing, 1 prose value: 3 failed (book.md:3, book.md:10, book.md:12)\n"))

    let bless = try Self.doctest(["--bless", "--bin-path", "bin"], in: root)
    #expect(bless.exitStatus == 0)
    #expect(
      bless.stdout.hasSuffix(
        "1 block, 1 listing, 1 prose value: blessed 1 block, 1 listing, 1 prose value in book.md\n")
    )
    let blessed = Self.book
      .replacingOccurrences(of: "loss 0.5121", with: "loss 0.4877")
      .replacingOccurrences(of: "-->0.51<!--", with: "-->0.49<!--")
      .replacingOccurrences(
        of: "let data = makeMoons()", with: "let data = makeMoons(samples: 1000)")
    #expect(try Self.read("book.md", in: root) == blessed)

    #expect(try Self.doctest(["--bin-path", "bin"], in: root).exitStatus == 0)
    let again = try Self.doctest(["--bless", "--bin-path", "bin"], in: root)
    #expect(again.stdout == "1 block, 1 listing, 1 prose value: nothing to bless\n")
    #expect(try Self.read("book.md", in: root) == blessed)
  }

  @Test func anUnexpectedExitStatusFailsTheCheck() throws {
    let root = try Self.project()
    defer { try? FileManager.default.removeItem(at: root) }
    try Self.write("4\n", "status.txt", in: root)
    let result = try Self.doctest(["--bin-path", "bin"], in: root)
    #expect(result.exitStatus == 1)
    #expect(result.stdout.hasPrefix("book.md:3: chapter2 --seed 3\nexit status 4, expected 0\n"))
  }

  @Test func uncheckableBooksExitWithStatusTwoAndALocatedMessage() throws {
    let root = try Self.project()
    defer { try? FileManager.default.removeItem(at: root) }
    try Self.write(
      Self.book.replacingOccurrences(of: "tol=1e-3", with: "tol=1e-3 slow=yes"), "book.md",
      in: root)
    let malformed = try Self.doctest(["--bin-path", "bin"], in: root)
    #expect(malformed.exitStatus == 2)
    #expect(malformed.stdout == "")
    #expect(malformed.stderr.hasPrefix("book.md:3: unknown option 'slow='"))

    // without --bin-path doctest looks beside itself, where no chapter99 is built
    try Self.write("<!-- doctest: chapter99 -->\n```\n```\n", "other.md", in: root)
    let unknown = try Self.doctest(["other.md"], in: root)
    #expect(unknown.exitStatus == 2)
    #expect(unknown.stderr.hasPrefix("other.md:1: chapter99: unknown chapter 'chapter99': "))

  }

  /// A command line that names nothing to check is one `error:` line and exit 1: no
  /// raw Foundation error, no usage block, no "0 blocks: all pass".
  @Test func theWrongFileOrFlagIsOneErrorLine() throws {
    let root = try Self.project()
    defer { try? FileManager.default.removeItem(at: root) }
    let bin = ["--bin-path", "bin"]
    try Self.write(
      "# Read me\n\nNo markers here, `code` and <!-- a comment -->.\n", "README.md", in: root)
    let cases: [([String], String)] = [
      (bin + ["src"], "error: src is a directory, not a Markdown file\n"),
      (bin + ["nope.md"], "error: nope.md: no such file\n"),
      (
        bin + ["README.md"],
        "error: README.md has no doc-test markers (see Sources/DocTestKit/SYNTAX.md for "
          + "<!-- doctest: … -->, <!-- listing: … --> and <!--value …-->)\n"
      ),
      (bin + ["--frob"], "error: Unknown option '--frob' (see 'doctest --help')\n"),
      (["--bin-path"], "error: Missing value for '--bin-path <bin-path>' (see 'doctest --help')\n"),
      (bin + ["a.md", "b.md"], "error: Unexpected argument 'b.md' (see 'doctest --help')\n"),
      (
        ["--bin-path", "nowhere"],
        "error: --bin-path must be a folder holding the built executables; got 'nowhere' "
          + "(see 'doctest --help')\n"
      ),
    ]
    for (arguments, stderr) in cases {
      let out = try Self.doctest(arguments, in: root)
      #expect(out.exitStatus == 1, "\(arguments)")
      #expect(out.stdout == "", "\(arguments)")
      #expect(out.stderr == stderr, "\(arguments)")
    }

    let empty = root.appendingPathComponent("bin")
    let missing = try Self.doctest([], in: empty)
    #expect(missing.exitStatus == 1)
    #expect(
      missing.stderr
        == "error: book.md: no such file in the current folder: run doctest from the package "
        + "root, or pass the book's path\n")

    let help = try Self.doctest(["--help"], in: root)
    #expect(help.exitStatus == 0)
    #expect(help.stdout.contains("USAGE: doctest"))
  }

  /// A marker without its `-->` is reported at the marker's own line (exit 2, a book
  /// that cannot be checked), not as an unknown option on the next line.
  @Test func aMarkerMissingItsCloseIsReportedAtItsLine() throws {
    let root = try Self.project()
    defer { try? FileManager.default.removeItem(at: root) }
    try Self.write(
      Self.book.replacingOccurrences(of: "(\\S+)/ -->", with: "(\\S+)/"), "book.md", in: root)
    let out = try Self.doctest(["--bin-path", "bin"], in: root)
    #expect(out.exitStatus == 2)
    #expect(out.stdout == "")
    #expect(
      out.stderr
        == "book.md:3: the <!-- doctest: marker is missing its closing --> (line 4 starts a "
        + "fence before any -->)\n")
  }
}
