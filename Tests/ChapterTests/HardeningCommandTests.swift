import Foundation
import Testing

/// What a new user does wrong at the command line, beyond `MLPCommandErrorTests` and
/// the chapters' own flag tests: sizes that used to trap, deeply nested JSON that
/// overflowed the stack, early-stopping splits that blamed the wrong flag, label
/// columns that are not labels — each ends with one line on stderr and a non-zero
/// status, never a crash. And files survive a disk that fills up mid-way.
@Suite struct HardeningCommandTests {
  struct Bad: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    /// The `error: …` line must contain each of these.
    let says: [String]
    var testDescription: String { arguments.joined(separator: " ") }
  }

  /// A scratch folder with `data.csv` (20 rows, features `a`, `b`, label `y`) and the
  /// awkward files the cases below read.
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("hardening-command-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var data = "a,b,y\n"
    for i in 0..<20 { data += "\(Double(i) / 4),\(i % 5 - 2),\(i % 2)\n" }
    var small = "a,b,y\n"
    for i in 0..<10 { small += "\(i),\(i % 3),\(i % 2)\n" }
    var ids = "x,id\n"
    for i in 0..<70_000 { ids += "\(i % 97),\(i)\n" }
    let files = [
      "data.csv": data, "small.csv": small, "ids.csv": ids,
      "continuous.csv": "a,y\n1,0.25\n2,1.5\n3,0.75\n4,2.25\n",
      "holes.csv": "a,y\n1,0\n2,1\n3,NA\n4,1\n",
      "quote.csv": "a,b,y\n1,\"2,0\n" + String(repeating: "3,4,1\n", count: 30_000),
      "deep.json": String(repeating: "[", count: 50_000),
      "deep-weights.json": "{\"coefs\": " + String(repeating: "[", count: 50_000),
    ]
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  static let cases: [Bad] = [
    Bad(
      arguments: ["train", "data.csv", "--target", "y", "--hidden", "99999999999"],
      says: [
        "--hidden must be small enough for a network of at most 2147483647 weights",
        "[99999999999], which with 2 features and 1 output needs 399999999997",
      ]),
    Bad(
      arguments: ["train", "data.csv", "--target", "y", "--hidden", "10,9223372036854775807"],
      says: ["--hidden must be small enough", "needs more than 9223372036854775807"]),
    Bad(
      arguments: ["train", "small.csv", "--target", "y", "--early-stopping"],
      says: [
        "--validation-fraction must be large enough to hold out at least the number of classes = 2 samples",
        "got 0.1, which holds out 1 of 8 samples",
      ]),
    Bad(
      arguments: [
        "train", "data.csv", "--target", "y", "--early-stopping", "--validation-fraction", "0.99",
      ],
      says: [
        "--validation-fraction must be small enough to leave at least 1 training sample",
        "got 0.99, which holds out 16 of 16 samples",
      ]),
    Bad(
      arguments: ["predict", "deep.json", "data.csv"],
      says: [
        "deep.json:1:65: not a model file: malformed JSON: lists and objects are nested more than 64 levels deep"
      ]),
    Bad(
      arguments: ["train", "data.csv", "--target", "y", "--init-weights", "deep-weights.json"],
      says: [
        "deep-weights.json:1:74: malformed JSON: lists and objects are nested more than 64 levels deep"
      ]),
    Bad(
      arguments: ["train", "continuous.csv", "--target", "y"],
      says: [
        "continuous.csv:2:3: label '0.25' in column 'y' (field 2) is not a whole number",
        "Unknown label type: continuous",
      ]),
    Bad(
      arguments: ["train", "holes.csv", "--target", "y"],
      says: ["holes.csv:4:3: label 'NA' in column 'y' (field 2) marks a missing value"]),
    Bad(
      arguments: ["train", "quote.csv", "--target", "y"],
      says: [
        "quote.csv:2:3: a quoted field in column 'b' (field 2) opens here and does not close within 131072 bytes"
      ]),
    Bad(arguments: ["train", "", "--target", "y"], says: ["the CSV file name is empty"]),
    Bad(
      arguments: ["train", "ids.csv", "--target", "id", "--test-size", "0"],
      says: [
        "y holds 70000 distinct labels for 70000 samples", "is y really a column of class labels?",
      ]),
  ]

  @Test(.timeLimit(.minutes(3)), arguments: cases) func badInputEndsInOneLine(_ bad: Bad) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    let out = try ChapterRunner.run("mlp", bad.arguments, currentDirectory: folder)
    #expect(out.status == 1, "status \(out.status): \(out.stderr)")
    #expect(out.stdout.isEmpty)
    let lines = out.stderr.split(separator: "\n").filter { !$0.hasPrefix("warning: ") }
    #expect(lines.count == 1, "\(out.stderr)")
    let line = String(lines.first ?? "")
    #expect(line.hasPrefix("error: "))
    for fragment in bad.says { #expect(line.contains(fragment), "\(line)") }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
  }

  /// Runs `name arguments` under a file-size limit (`ulimit -f`, SIGXFSZ ignored, so a
  /// write past it fails with EFBIG instead of killing the process): a disk that fills up.
  static func runFull(_ name: String, _ arguments: [String], in folder: URL) throws -> ChapterRun {
    let executable = try ChapterRunner.executable(name).path
    let script = "trap '' XFSZ; ulimit -f 128; exec \"$0\" \"$@\""
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script, executable] + arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let (out, err) = (Pipe(), Pipe())
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ChapterRun(
      stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self), status: process.terminationStatus)
  }

  static func contents(of folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      var isFolder: ObjCBool = false
      let path = folder.appendingPathComponent(name).path
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
        !isFolder.boolValue
      else { continue }
      files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
    }
    return files
  }

  /// `mlp train` writes the model and the report as one step: when the disk fills up
  /// while writing a larger model, both previous files stay as they were.
  @Test(.timeLimit(.minutes(3))) func aModelAndReportSurviveAFullDisk() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let train = ["train", "data.csv", "--target", "y", "--max-iter", "2"]
    let outputs = ["--model-out", "m.json", "--report", "r.json"]
    let first = try ChapterRunner.run(
      "mlp", train + ["--hidden", "3"] + outputs, currentDirectory: folder)
    #expect(first.status == 0, "\(first.stderr)")
    let before = try Self.contents(of: folder)
    // 3000 hidden units: some 250 KB of weights, past the 64 or 128 KB limit
    let full = try Self.runFull("mlp", train + ["--hidden", "3000"] + outputs, in: folder)
    #expect(full.status == 1, "\(full.stderr)")
    #expect(
      full.stderr.contains("error: m.json: cannot be written: File too large"), "\(full.stderr)")
    #expect(full.stdout.isEmpty)
    #expect(try Self.contents(of: folder) == before)
  }

  /// `doctest --bless` rewrites the book in one step too: a book that cannot be written
  /// in full is left as it was, with one line naming the book and the reason.
  @Test(.timeLimit(.minutes(3))) func aBlessedBookSurvivesAFullDisk() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bin = folder.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let script = bin.appendingPathComponent("chapter2")
    try Data("#!/bin/sh\necho 2\n".utf8).write(to: script)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
    // 150 KB of prose, then a block whose expected output is out of date
    let prose = String(repeating: String(repeating: "Some prose. ", count: 10) + "\n", count: 1200)
    let book = "# Book\n\n" + prose + "\n<!-- doctest: chapter2 -->\n```text\n1\n```\n"
    try Data(book.utf8).write(to: folder.appendingPathComponent("book.md"))
    let before = try Self.contents(of: folder)
    let run = try Self.runFull(
      "doctest", ["--bless", "--bin-path", bin.path, "book.md"], in: folder)
    #expect(run.status != 0)
    #expect(try Self.contents(of: folder) == before)
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 1, "\(run.stderr)")
    #expect(lines.first?.hasPrefix("book.md") == true, "\(run.stderr)")
    #expect(!run.stderr.contains("NSCocoaErrorDomain"), "\(run.stderr)")
  }
}
