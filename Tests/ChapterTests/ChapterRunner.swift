import Foundation

/// Runs the package's executables (`chapter1` … `chapter5`, `mlp`) the way a student
/// does, and captures what they print. `swift build` puts them beside this test bundle.
enum ChapterRunner {
  /// What one run printed, and how it ended.
  struct Output {
    let stdout: String
    let stderr: String
    let status: Int32
  }

  /// The build products folder (`.build/debug` or `.build/release`).
  static let productsFolder: URL = {
    let arguments = CommandLine.arguments
    // swift-testing and XCTest both run from a binary inside the products folder
    var url = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent()
    while !url.path.isEmpty, url.path != "/" {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("doctest").path)
        || url.lastPathComponent == "debug" || url.lastPathComponent == "release"
      {
        return url
      }
      url.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: arguments[0]).deletingLastPathComponent()
  }()

  struct MissingExecutable: Error, CustomStringConvertible {
    let path: String
    var description: String { "\(path) is missing: run `swift build` before `swift test`" }
  }

  /// Runs `executable` with `arguments`, `NO_COLOR=1`, stdin from /dev/null.
  static func run(
    _ executable: String, _ arguments: [String] = [], environment: [String: String] = [:],
    currentDirectory: URL? = nil
  ) throws -> Output {
    let url = productsFolder.appendingPathComponent(executable)
    guard FileManager.default.isExecutableFile(atPath: url.path) else {
      throw MissingExecutable(path: url.path)
    }
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // read both pipes while the process runs, so a full pipe cannot block it
    let stderrData = Collected()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      stderrData.data = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Output(
      stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData.data, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// Bytes read on another thread; the DispatchGroup orders the write before the read.
  private final class Collected: @unchecked Sendable {
    var data = Data()
  }
}
