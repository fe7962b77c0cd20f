import Foundation
import Testing

/// What a chapter executable printed and how it ended.
struct ChapterRun: Sendable {
  /// Everything written to standard output, as UTF-8 text.
  let stdout: String
  /// Everything written to standard error.
  let stderr: String
  /// The exit status (0 for success).
  let status: Int32

  /// Standard output split into lines (no final empty line).
  var lines: [String] {
    var lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// A refused command line: exit 1, nothing on stdout, and one `error: …` line on
  /// stderr that contains every word of `mentions`.
  func expectRefused(
    mentioning mentions: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(status == 1, "exit status \(status)", sourceLocation: sourceLocation)
    #expect(stdout.isEmpty, "nothing is printed on stdout", sourceLocation: sourceLocation)
    let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines.count == 2 && lines[1].isEmpty, "exactly one line: \(stderr)",
      sourceLocation: sourceLocation)
    #expect(stderr.hasPrefix("error: "), sourceLocation: sourceLocation)
    for word in mentions {
      #expect(stderr.contains(word), "\(stderr)", sourceLocation: sourceLocation)
    }
  }
}

/// Why a chapter could not be run.
struct ChapterRunnerError: Error, CustomStringConvertible {
  let description: String
}

/// Runs a built chapter executable (`chapter1` … `chapter5`, `mlp`) the way a student does,
/// and returns what it printed.
///
/// The executables are built next to the test binary (`.build/debug/`): `swift build
/// --build-tests` or `swift test` builds them. `CHAPTER_BIN_PATH` overrides the folder.
/// Each run gets `NO_COLOR=1`, standard input from `/dev/null` (so nothing waits for a
/// key), and output captured in temporary files (so a long output cannot fill a pipe).
enum ChapterRunner {
  /// What a run printed (the name other tests use).
  typealias Output = ChapterRun

  /// The folders searched for the executables, nearest first.
  static var searchFolders: [URL] {
    var folders: [URL] = []
    if let override = ProcessInfo.processInfo.environment["CHAPTER_BIN_PATH"] {
      folders.append(URL(fileURLWithPath: override))
    }
    // the test binary itself: .build/<triple>/debug/<Package>PackageTests.xctest
    // (on macOS a bundle, so a few folders up)
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<4 {
      folders.append(folder)
      folder = folder.deletingLastPathComponent()
    }
    if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
      folders.append(bundle)
    }
    // the package's default build folder, found from this file's path
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    folders.append(package.appendingPathComponent(".build/debug"))
    return folders
  }

  /// The path of the executable `name`.
  /// - Throws: `ChapterRunnerError` naming the folders searched when it is not built.
  static func executable(_ name: String) throws -> URL {
    for folder in searchFolders {
      let candidate = folder.appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    throw ChapterRunnerError(
      description: "the executable '\(name)' was not found next to the test binary "
        + "(looked in \(searchFolders.map(\.path).joined(separator: ", "))); "
        + "build it with `swift build --build-tests` first")
  }

  /// As `run(_:_:timeout:)`, but a command already run by this test process is not run
  /// again: several tests may read the same output (a run is deterministic).
  static func cachedRun(_ name: String, _ arguments: [String] = []) throws -> ChapterRun {
    let key = ([name] + arguments).joined(separator: "\u{0}")
    if let run = cache.value(for: key) { return run }
    let run = try run(name, arguments)
    cache.store(run, for: key)
    return run
  }

  private static let cache = RunCache()

  /// Runs `name` with `arguments`, waits for it (at most `timeout` seconds) and
  /// returns its output and exit status.
  /// - Throws: `ChapterRunnerError` when it is missing, cannot start, or runs too long.
  static func run(
    _ name: String, _ arguments: [String] = [], environment extra: [String: String] = [:],
    currentDirectory: URL? = nil, timeout: Double = 120
  ) throws -> ChapterRun {
    let process = Process()
    process.executableURL = try executable(name)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    process.standardInput = FileHandle.nullDevice

    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("chapter-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
      FileManager.default.createFile(atPath: errURL.path, contents: nil)
    else {
      throw ChapterRunnerError(description: "could not create output files in \(folder.path)")
    }
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    defer {
      try? out.close()
      try? err.close()
    }
    process.standardOutput = out
    process.standardError = err

    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    do {
      try process.run()
    } catch {
      throw ChapterRunnerError(description: "could not start '\(name)': \(error)")
    }
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      throw ChapterRunnerError(
        description: "'\(name) \(arguments.joined(separator: " "))' ran longer than \(timeout) s")
    }
    return ChapterRun(
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
      status: process.terminationStatus)
  }
}

/// Finished runs by command line, shared by concurrently running tests.
private final class RunCache: @unchecked Sendable {
  private let lock = NSLock()
  private var runs: [String: ChapterRun] = [:]

  func value(for key: String) -> ChapterRun? {
    lock.lock()
    defer { lock.unlock() }
    return runs[key]
  }

  func store(_ run: ChapterRun, for key: String) {
    lock.lock()
    defer { lock.unlock() }
    runs[key] = run
  }
}
