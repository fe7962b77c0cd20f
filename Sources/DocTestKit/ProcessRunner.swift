import Foundation
import MLPKit

/// Runs book commands as the built executables in a SwiftPM products folder
/// (`.build/debug/chapter3`), the only effectful part of the doc-test.
///
/// The command's first word must name a file in `binPath`; nothing else on the
/// machine is reachable, so a book cannot run arbitrary programs. Commands run in
/// `workingDirectory` (the book's folder) with `NO_COLOR=1`; stdout and stderr go
/// to temporary files rather than pipes, so a chatty command cannot fill a pipe and
/// stall. Introduced in §1.1.
public struct ProcessRunner {
  public var binPath: URL
  public var workingDirectory: URL
  /// How `binPath` appears in messages (as the user gave it, not absolute).
  public var binPathLabel: String

  public init(binPath: URL, workingDirectory: URL, binPathLabel: String? = nil) {
    self.binPath = binPath
    self.workingDirectory = workingDirectory
    self.binPathLabel = binPathLabel ?? binPath.path
  }

  /// Runs `command`; throws a `DataError` when its executable is not in `binPath`.
  public func run(_ command: BookCommand) throws -> CommandOutput {
    let executable = binPath.appendingPathComponent(command.name)
    guard !command.name.contains("/"),
      FileManager.default.isExecutableFile(atPath: executable.path)
    else { throw DataError(missingExecutableMessage(command.name)) }

    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("doctest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)

    let process = Process()
    process.executableURL = executable
    process.arguments = Array(command.words.dropFirst())
    process.currentDirectoryURL = workingDirectory
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()

    let status =
      process.terminationReason == .uncaughtSignal
      ? 128 + process.terminationStatus : process.terminationStatus
    return CommandOutput(
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
      exitStatus: status)
  }

  /// "unknown chapter 'chapter9' (…/debug has chapter1, chapter3)" or, for other
  /// names, which executable is missing and how to build it.
  func missingExecutableMessage(_ name: String) -> String {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: binPath.path)) ?? []
    let chapters = files.filter { file in
      file.hasPrefix("chapter") && file.dropFirst(7).allSatisfy(\.isASCIIDigit)
        && !file.dropFirst(7).isEmpty
        && FileManager.default.isExecutableFile(
          atPath: binPath.appendingPathComponent(file).path)
    }
    .sorted { $0.count == $1.count ? $0 < $1 : $0.count < $1.count }
    let isChapter = name.hasPrefix("chapter") && name.dropFirst(7).allSatisfy(\.isASCIIDigit)
    if isChapter {
      let known = chapters.isEmpty ? "no chapters" : chapters.joined(separator: ", ")
      return "unknown chapter '\(name)': \(binPathLabel) has \(known)"
        + " (is it built? run swift build)"
    }
    return
      "no executable '\(name)' in \(binPathLabel) (build it with swift build --product \(name))"
  }
}
