import Foundation

/// A live gnuplot: one process kept open, fed command by command, as
/// gnuplot-iostream does for C++ — without `-persist`, Boost or temporary files.
///
/// ```swift
/// let session = try GnuplotSession()
/// try session.send("set terminal dumb size 72,20")
/// for epoch in … {                                   // as training runs
///   try session.send(datablock: lossSoFar)           // $loss << EOD … EOD
///   let picture = try session.send("plot $loss using 1:2 with lines")
/// }
/// try session.writeTranscript(to: URL(fileURLWithPath: "live.gp"))
/// try session.close()
/// ```
/// Every `send` waits until gnuplot has read the command: the session follows it
/// with `print` and `printerr` of a marker line and reads stdout and stderr up to
/// the markers, so the call returns exactly what that command printed (a `dumb`
/// plot, a `print`; the session sets `print "-"` so prints come to stdout) and
/// throws if it wrote anything to stderr (an error or a warning), naming the
/// command. If gnuplot dies or stops answering, the call throws within `timeout`
/// seconds instead of hanging. `transcript` holds exactly what was sent (not the
/// markers), so a session can be saved and replayed as a `.gp` file. The session
/// ignores SIGPIPE process-wide, so writing to a dead gnuplot is an error, not a
/// crash. Introduced in §3.6.
public final class GnuplotSession: @unchecked Sendable {
  /// Seconds each command may take before the session gives up on gnuplot.
  public let timeout: Double
  /// Everything sent, in order, as script text.
  public var transcript: [String] { lock.withLock { sent } }

  private let process = Process()
  private let input = Pipe()
  private let stdout: GnuplotStreamReader
  private let stderr: GnuplotStreamReader
  private var sent: [String] = []
  private var markerCount = 0
  private var closed = false
  /// gnuplot exits with status 1 after any error; errors already thrown by `send`
  /// must not be reported again by `close`.
  private var reportedErrors = false
  private let lock = NSLock()

  /// Starts gnuplot (`-d`, no init files) found by `renderer`.
  /// - Throws: `PlotError.gnuplotNotFound` with the install hint, or
  ///   `PlotError.sessionFailed` when gnuplot does not start or answer.
  public init(renderer: GnuplotRenderer = GnuplotRenderer(), timeout: Double = 30) throws {
    _ = GnuplotProcess.ignoreBrokenPipes
    self.timeout = timeout
    let output = Pipe()
    let errors = Pipe()
    process.executableURL = try renderer.locate()
    process.arguments = ["-d"]
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw PlotError(.sessionFailed, "could not start gnuplot: \(error.localizedDescription)")
    }
    stdout = GnuplotStreamReader(output.fileHandleForReading)
    stderr = GnuplotStreamReader(errors.fileHandleForReading)
    _ = try exchange("set print \"-\"", record: false)
  }

  /// The gnuplot process's id (to watch or stop it from outside).
  public var processIdentifier: Int32 { process.processIdentifier }

  /// Whether gnuplot is still running.
  public var isRunning: Bool { process.isRunning }

  deinit {
    if process.isRunning { process.terminate() }
  }

  /// Sends one command (or several lines) and returns what gnuplot printed on stdout.
  /// - Throws: `PlotError.sessionFailed` when gnuplot reports an error or warning
  ///   (the message names the command), has exited, or does not answer in time.
  @discardableResult
  public func send(_ command: String) throws -> String {
    try exchange(command, record: true)
  }

  /// Sends a datablock (`$name << EOD … EOD`); sending the same name again replaces it.
  public func send(datablock: GnuplotDatablock) throws {
    var text = datablock.text
    text.removeLast()  // the block ends with a newline; `exchange` adds one
    _ = try exchange(text, record: true)
  }

  /// Sends a whole script (header and body) and returns what gnuplot printed.
  @discardableResult
  public func send(_ script: GnuplotScript) throws -> String {
    var text = script.text
    if text.hasSuffix("\n") { text.removeLast() }
    return try exchange(text, record: true)
  }

  /// Draws a figure as text in this session and returns it (`dumb` terminal,
  /// cleaned as `GnuplotRenderer.cleanDumb`): call it after each epoch to watch a
  /// loss curve grow in the terminal.
  public func preview(_ script: GnuplotScript, columns: Int = 100, rows: Int = 30) throws -> String
  {
    var target = script.retargeted(to: .dumb, output: nil)
    target.terminal = .dumb(columns: columns, rows: rows)
    try target.terminal.validate()
    return GnuplotRenderer.cleanDumb(try send(target))
  }

  /// The transcript as one script, one entry per line.
  public var transcriptText: String {
    lock.withLock { sent.map { $0 + "\n" }.joined() }
  }

  /// Writes the transcript as a `.gp` file (atomically).
  public func writeTranscript(to file: URL) throws {
    try PlotFiles.writeAtomically(Data(transcriptText.utf8), to: file)
  }

  /// Ends the session: `quit`, then waits for gnuplot to exit (stopping it after
  /// `timeout`). Calling it again does nothing.
  /// - Throws: `PlotError.sessionFailed` when gnuplot had written errors on stderr
  ///   or exited with a failure status.
  public func close() throws {
    let alreadyClosed = lock.withLock {
      defer { closed = true }
      return closed
    }
    guard !alreadyClosed else { return }
    try? input.fileHandleForWriting.write(contentsOf: Data("quit\n".utf8))
    try? input.fileHandleForWriting.close()
    let deadline = Date(timeIntervalSinceNow: timeout)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      throw PlotError(
        .sessionFailed,
        "gnuplot did not quit within \(GnuplotText.number(timeout)) s and was stopped")
    }
    let leftover = String(decoding: stderr.drain(deadline: deadline), as: UTF8.self)
    if !leftover.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw PlotError(
        .sessionFailed, "gnuplot reported on closing: \(GnuplotProcess.oneLine(leftover))")
    }
    if process.terminationStatus != 0, !lock.withLock({ reportedErrors }) {
      throw PlotError(.sessionFailed, "gnuplot exited with status \(process.terminationStatus)")
    }
  }

  /// Writes `text`, then the markers, and reads both streams up to them.
  private func exchange(_ text: String, record: Bool) throws -> String {
    try lock.withLock {
      guard !closed else {
        throw PlotError(.sessionFailed, "the gnuplot session is closed; start a new one")
      }
      markerCount += 1
      let marker = "@@mlpkit-session-\(markerCount)@@"
      let framed = text + "\nprint \"\(marker)\"\nprinterr \"\(marker)\"\n"
      let shown = Self.summary(of: text)
      do {
        try input.fileHandleForWriting.write(contentsOf: Data(framed.utf8))
      } catch {
        throw died(while: shown)
      }
      if record { sent.append(text) }
      let deadline = Date(timeIntervalSinceNow: timeout)
      let printed: Data
      switch stdout.take(upTo: marker, deadline: deadline) {
      case .found(let data): printed = data
      case .ended: throw died(while: shown)
      case .timedOut:
        process.terminate()
        closed = true
        throw PlotError(
          .sessionFailed,
          "gnuplot did not answer within \(GnuplotText.number(timeout)) s after '\(shown)'; "
            + "the session was stopped")
      }
      let complaints: String
      switch stderr.take(upTo: marker, deadline: deadline) {
      case .found(let data): complaints = String(decoding: data, as: UTF8.self)
      case .ended, .timedOut: throw died(while: shown)
      }
      if !complaints.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        reportedErrors = true
        throw PlotError(
          .sessionFailed,
          "gnuplot reported after '\(shown)': \(GnuplotProcess.oneLine(complaints))")
      }
      return String(decoding: printed, as: UTF8.self)
    }
  }

  /// The error for a gnuplot that went away, with whatever it said last.
  private func died(while command: String) -> PlotError {
    closed = true
    let said = GnuplotProcess.oneLine(
      String(decoding: stderr.drain(deadline: Date(timeIntervalSinceNow: 1)), as: UTF8.self))
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    return PlotError(
      .sessionFailed,
      "gnuplot exited (status \(process.terminationStatus)) while running '\(command)'"
        + (said.isEmpty ? "" : ": \(said)"))
  }

  /// The first line of a command, shortened, for messages.
  static func summary(of text: String) -> String {
    let first = text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
    let line = first.count > 60 ? first.prefix(57) + "…" : first
    return text.contains("\n") ? line + " …" : String(line)
  }
}
