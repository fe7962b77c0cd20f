import DocTestKit
import Foundation
import MLPKit
import Testing

/// Running commands: once each, exit statuses, streams, and missing executables.
@Suite struct CommandRunTests {
  @Test func eachDistinctCommandRunsOnce() throws {
    let text = """
      <!-- doctest: chapter3 --seed 1 -->
      ```
      a
      ...
      ```
      <!-- doctest: chapter3  --seed   1 -->
      ```
      ...
      c
      ```
      <!-- doctest: chapter3 --seed 2 -->
      ```
      z
      ```
      """
    let commands = FakeCommands(stdout: [
      "chapter3 --seed 1": "a\nb\nc\n", "chapter3 --seed 2": "z\n",
    ])
    // the second marker spaces its words differently: same command, same run
    commands.outputs["chapter3  --seed   1"] = commands.outputs["chapter3 --seed 1"]
    let report = try FakeBook.session(text, commands).check()
    #expect(report.passed, "\(report.text)")
    #expect(commands.runs == ["chapter3 --seed 1", "chapter3 --seed 2"])
  }

  static let errorBlock = """
    Chapter 5 refuses a label it has not seen:

    <!-- doctest: chapter5 --labels 0,1,7 | exit=1 stream=stderr -->
    ```text
    error: label 7 is out of range 0…2
    ```
    """

  static let refusal = CommandOutput(
    stdout: "reading labels\n", stderr: "error: label 7 is out of range 0…2\n", exitStatus: 1)

  @Test func aBlockDeclaringItsExitStatusShowsStderr() throws {
    let commands = FakeCommands(["chapter5 --labels 0,1,7": Self.refusal])
    #expect(try FakeBook.session(Self.errorBlock, commands).check().passed)
    // status 0 where 1 was declared is a failure too
    commands.outputs["chapter5 --labels 0,1,7"]?.exitStatus = 0
    let report = try FakeBook.session(Self.errorBlock, commands).check()
    #expect(
      report.failures.first?.message
        == "book.md:3: chapter5 --labels 0,1,7\nexit status 0, expected 1 (declared with exit=)")
  }

  @Test func anUndeclaredNonZeroExitFailsAndShowsTheStderrTail() throws {
    let text = Self.errorBlock.replacingOccurrences(
      of: " | exit=1 stream=stderr", with: ""
    )
    .replacingOccurrences(of: "error: label 7 is out of range 0…2", with: "reading labels")
    let commands = FakeCommands(["chapter5 --labels 0,1,7": Self.refusal])
    let report = try FakeBook.session(text, commands).check()
    // stdout matched; the status alone fails the block
    #expect(
      report.failures.first?.message == """
        book.md:3: chapter5 --labels 0,1,7
        exit status 1, expected 0
        stderr:
          error: label 7 is out of range 0…2
        """)
  }

  @Test func bothStreamsAreStdoutThenStderr() throws {
    let text = """
      <!-- doctest: mlp fit bad.csv | exit=2 stream=both -->
      ```
      reading bad.csv
      bad.csv:3:7: 'abc' is not a number
      ```
      """
    let output = CommandOutput(
      stdout: "reading bad.csv", stderr: "bad.csv:3:7: 'abc' is not a number\n", exitStatus: 2)
    let commands = FakeCommands(["mlp fit bad.csv": output])
    #expect(try FakeBook.session(text, commands).check().passed)
  }

  @Test func aCommandThatCannotStartIsAnErrorAtItsBlock() {
    let text = "Intro\n\n<!-- doctest: chapter9 --seed 1 -->\n```\nx\n```\n"
    #expect(
      FakeBook.error(text, stdout: [:])
        == "book.md:3: chapter9 --seed 1: no executable 'chapter9' in fake-bin")
  }

  /// A products folder with two shell-script "chapters".
  static func binFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("doctest-bin-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let scripts = [
      "chapter1":
        "#!/bin/sh\necho \"args: $*\"\necho \"in: $(basename \"$(pwd -P)\")\"\n"
        + "echo \"NO_COLOR=${NO_COLOR:-unset}\"\n",
      "chapter10": "#!/bin/sh\necho 'warning' >&2\nexit 3\n",
      "notes.txt": "not executable",
    ]
    for (name, body) in scripts {
      let url = folder.appendingPathComponent(name)
      try Data(body.utf8).write(to: url)
      if name != "notes.txt" {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
      }
    }
    return folder
  }

  @Test func theProcessRunnerRunsBuiltExecutablesInTheBookFolder() throws {
    let bin = try Self.binFolder()
    defer { try? FileManager.default.removeItem(at: bin) }
    let runner = ProcessRunner(binPath: bin, workingDirectory: bin, binPathLabel: "bin")
    let one = try runner.run(BookCommand(words: ["chapter1", "--seed", "two words"], text: ""))
    #expect(
      one
        == CommandOutput(
          stdout: "args: --seed two words\nin: \(bin.lastPathComponent)\nNO_COLOR=1\n"))
    let ten = try runner.run(BookCommand(words: ["chapter10"], text: "chapter10"))
    #expect(ten == CommandOutput(stdout: "", stderr: "warning\n", exitStatus: 3))
  }

  @Test func unknownChaptersAndMissingExecutablesAreNamed() throws {
    let bin = try Self.binFolder()
    defer { try? FileManager.default.removeItem(at: bin) }
    let runner = ProcessRunner(binPath: bin, workingDirectory: bin, binPathLabel: ".build/debug")
    let text = "<!-- doctest: chapter9 -->\n```\n```\n"
    let session = try DocTestSession(
      text: text, name: "book.md", readSource: { _ in nil }, runner: runner.run)
    let chapter = #expect(throws: DataError.self) { try session.check() }
    #expect(
      chapter?.description
        == "book.md:1: chapter9: unknown chapter 'chapter9': .build/debug has chapter1, chapter10"
        + " (is it built? run swift build)")
    let mlp = #expect(throws: DataError.self) {
      try runner.run(BookCommand(words: ["mlp", "fit"], text: "mlp fit"))
    }
    #expect(
      mlp?.description
        == "no executable 'mlp' in .build/debug (build it with swift build --product mlp)")
    // a path is not a name: only the products folder is reachable
    #expect(throws: DataError.self) {
      try runner.run(BookCommand(words: ["/bin/echo", "hi"], text: "/bin/echo hi"))
    }
    #expect(throws: DataError.self) {
      try runner.run(BookCommand(words: ["notes.txt"], text: "notes.txt"))
    }
  }
}
