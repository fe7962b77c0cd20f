import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finding and running the gnuplot executable (internal plumbing for the renderer
/// and the session).
///
/// gnuplot always runs with `-d` (ignore `~/.gnuplot` and the system gnuplotrc), so
/// a user's init file cannot change a figure, and never with `-persist`.
enum GnuplotProcess {
  /// What one run of gnuplot produced.
  struct Result {
    var status: Int32
    var stdout: Data
    var stderr: String
  }

  /// Writing to a pipe whose reader has died raises SIGPIPE, which kills the whole
  /// program; ignored, the write fails with EPIPE instead and becomes an error.
  static let ignoreBrokenPipes: Void = {
    _ = signal(SIGPIPE, SIG_IGN)
  }()

  /// `executable` itself when it contains a `/`, otherwise the first match on
  /// `searchPath` (a `PATH`-style list; the process's `PATH` when `nil`).
  static func locate(_ executable: String, searchPath: String?) -> URL? {
    let manager = FileManager.default
    if executable.contains("/") {
      return manager.isExecutableFile(atPath: executable) ? URL(fileURLWithPath: executable) : nil
    }
    let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? ""
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(executable)
      var isDirectory: ObjCBool = false
      if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        !isDirectory.boolValue,
        manager.isExecutableFile(atPath: candidate.path)
      {
        return candidate
      }
    }
    return nil
  }

  /// Runs `executable arguments…` with `input` on stdin, collecting stdout and
  /// stderr concurrently (a full pipe must never block gnuplot), and stops it after
  /// `timeout` seconds.
  static func run(executable: URL, arguments: [String], input: Data, timeout: Double) throws
    -> Result
  {
    _ = ignoreBrokenPipes
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    do {
      try process.run()
    } catch {
      throw PlotError(
        .gnuplotFailed,
        "could not start \(executable.lastPathComponent): \(error.localizedDescription)")
    }
    let collected = Collected()
    let group = DispatchGroup()
    // own threads, not the global queue: three blocking tasks would starve a
    // 2-core dispatch pool, which adds threads only after a second or two
    func detach(_ work: @escaping @Sendable () -> Void) {
      group.enter()
      Thread.detachNewThread {
        work()
        group.leave()
      }
    }
    detach { collected.set(stdout: stdout.fileHandleForReading.readDataToEndOfFile()) }
    detach { collected.set(stderr: stderr.fileHandleForReading.readDataToEndOfFile()) }
    detach {
      // gnuplot may stop reading early (an error); the write then fails, harmlessly
      try? stdin.fileHandleForWriting.write(contentsOf: input)
      try? stdin.fileHandleForWriting.close()
    }
    if group.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      _ = group.wait(timeout: .now() + 5)
      process.waitUntilExit()
      throw PlotError(
        .gnuplotFailed,
        "gnuplot did not finish within \(GnuplotText.number(timeout)) s and was stopped")
    }
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: collected.stdout,
      stderr: String(decoding: collected.stderr, as: UTF8.self))
  }

  /// The lines of gnuplot's stderr that say `warning` (any case).
  static func warnings(in stderr: String) -> [String] {
    stderr.split(whereSeparator: \.isNewline).map(String.init)
      .filter { $0.lowercased().contains("warning") }
  }

  /// gnuplot's error text on one line, with the `"/dev/stdin"` file name it reports
  /// for piped scripts removed.
  static func oneLine(_ stderr: String) -> String {
    stderr.replacingOccurrences(of: "\"/dev/stdin\" ", with: "")
      .split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && $0 != "^" }
      .joined(separator: " | ")
  }
}

/// Bytes gathered by the reader threads, behind a lock.
private final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private var out = Data()
  private var err = Data()

  func set(stdout data: Data) { lock.withLock { out = data } }
  func set(stderr data: Data) { lock.withLock { err = data } }
  var stdout: Data { lock.withLock { out } }
  var stderr: Data { lock.withLock { err } }
}
