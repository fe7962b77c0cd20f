import Foundation

/// Runs gnuplot on scripts and checks what it did.
///
/// A render fails with a `PlotError` when gnuplot exits non-zero, when its stderr
/// says `warning` in any case (gnuplot 5.4 exits 0 after "WARNING: Plotting with an
/// 'unknown' terminal", having drawn nothing), or when the output file is missing or
/// empty. Output is written atomically: gnuplot draws into a temporary name in the
/// output's folder, which is renamed only after every check passed, so a failure
/// leaves no half-written figure and never spoils an older good one.
///
/// The format follows the output's extension (`png`, `svg`, `pdf`, or `txt` for the
/// `dumb` terminal); the script's body is sent unchanged under that terminal's
/// header (`GnuplotScript.retargeted`). Scripts go to gnuplot on stdin, with `-d`
/// so no init file can change a figure. Introduced in §1.3.
public struct GnuplotRenderer: Sendable {
  /// `gnuplot` (looked up on `searchPath`) or a path to the executable.
  public var executable: String
  /// A `PATH`-style list of folders to search; the process's `PATH` when `nil`.
  public var searchPath: String?
  /// Seconds before a render is stopped (sampling a large network is slow).
  public var timeout: Double

  /// A renderer for `executable` (a name looked up on `searchPath`, or a path).
  public init(executable: String = "gnuplot", searchPath: String? = nil, timeout: Double = 600) {
    self.executable = executable
    self.searchPath = searchPath
    self.timeout = timeout
  }

  /// What gnuplot printed during a successful run.
  public struct Run: Sendable, Equatable {
    /// What gnuplot wrote on stdout (a `dumb` plot, `print` after `set print "-"`).
    public let stdout: String
    /// What gnuplot wrote on stderr (`print` by default); empty for a clean script.
    public let stderr: String
  }

  /// The gnuplot executable.
  /// - Throws: `PlotError.gnuplotNotFound` with the install hint.
  public func locate() throws -> URL {
    guard let url = GnuplotProcess.locate(executable, searchPath: searchPath) else {
      throw PlotError(.gnuplotNotFound, "\(notFoundPhrase); \(PlotError.installHint)")
    }
    return url
  }

  /// Whether gnuplot can be found.
  public var isAvailable: Bool { GnuplotProcess.locate(executable, searchPath: searchPath) != nil }

  var notFoundPhrase: String {
    executable.contains("/")
      ? "gnuplot was not found at \(executable)" : "gnuplot was not found on the PATH"
  }

  /// Runs script text as it is and returns what gnuplot printed (`print` writes to
  /// stderr unless the script says `set print "-"`).
  /// - Throws: `PlotError` on a non-zero exit or a warning.
  public func run(_ text: String) throws -> Run {
    let gnuplot = try locate()
    let result = try GnuplotProcess.run(
      executable: gnuplot, arguments: ["-d", "/dev/stdin"], input: Data(text.utf8),
      timeout: timeout)
    guard result.status == 0 else {
      throw PlotError(
        .gnuplotFailed,
        "gnuplot failed (exit \(result.status)): \(GnuplotProcess.oneLine(result.stderr))")
    }
    let warnings = GnuplotProcess.warnings(in: result.stderr)
    guard warnings.isEmpty else {
      throw PlotError(.gnuplotWarning, "gnuplot warned: \(warnings.joined(separator: " | "))")
    }
    return Run(stdout: String(decoding: result.stdout, as: UTF8.self), stderr: result.stderr)
  }

  /// Draws `script` into `output` (format from its extension), atomically.
  /// - Returns: what gnuplot wrote on stderr (empty for a clean script).
  /// - Throws: `ParameterError` for an unknown extension; `PlotError` for a folder
  ///   that cannot be written, a missing gnuplot, a failure, a warning or no output.
  @discardableResult
  public func render(_ script: GnuplotScript, to output: URL) throws -> Run {
    let drawn = try renderTemporary(script, for: output)
    try PlotFiles.moveIntoPlace(drawn.file, output)
    return drawn.run
  }

  /// Draws `script` for `output` into a fresh temporary file beside it and returns
  /// that file, checked (exit status, no warning, not empty); the caller renames it
  /// into place. On any failure no temporary file is left.
  func renderTemporary(_ script: GnuplotScript, for output: URL) throws -> (file: URL, run: Run) {
    let format = try Self.format(of: output)
    let folder = try PlotFiles.prepareDirectory(of: output)
    let gnuplot = try locate()
    let temporary = PlotFiles.temporary(beside: output)
    let target = script.retargeted(to: format, output: temporary.path)
    try target.terminal.validate()
    let result: GnuplotProcess.Result
    do {
      result = try GnuplotProcess.run(
        executable: gnuplot, arguments: ["-d", "/dev/stdin"], input: Data(target.text.utf8),
        timeout: timeout)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
    let shown = PlotFiles.display(output)
    func fail(_ kind: PlotError.Kind, _ message: String) -> PlotError {
      try? FileManager.default.removeItem(at: temporary)
      return PlotError(kind, message)
    }
    guard result.status == 0 else {
      throw fail(
        .gnuplotFailed,
        "gnuplot failed drawing \(shown) (exit \(result.status)): "
          + GnuplotProcess.oneLine(result.stderr))
    }
    let warnings = GnuplotProcess.warnings(in: result.stderr)
    guard warnings.isEmpty else {
      throw fail(
        .gnuplotWarning,
        "gnuplot warned while drawing \(shown): \(warnings.joined(separator: " | "))")
    }
    let size =
      (try? FileManager.default.attributesOfItem(atPath: temporary.path)[.size] as? Int) ?? 0
    guard size > 0 else {
      throw fail(
        .missingOutput,
        "gnuplot wrote nothing for \(shown) in \(PlotFiles.display(folder)) "
          + "(does the script end with a plot command?)")
    }
    let run = Run(stdout: String(decoding: result.stdout, as: UTF8.self), stderr: result.stderr)
    return (temporary, run)
  }

  /// Writes `script` as a `.gp` file and draws each of `outputs` from it (e.g.
  /// `loss.png` and `loss.svg`), all or nothing. The `.gp` names the first output, so
  /// running it by hand in its folder redraws that figure.
  ///
  /// Every file is first made under a temporary name beside its final one (the
  /// script, then each drawing); only when gnuplot succeeded for every output are
  /// they renamed into place, the `.gp` first. A failure removes the temporary files
  /// and leaves the previous `.gp`, `.png` and `.svg` exactly as they were, so a
  /// script never stands beside images it did not draw.
  ///
  /// Without gnuplot the script is still written, and the error is one line saying
  /// how to render it: `gnuplot was not found on the PATH; wrote figures/loss.gp:
  /// render it with 'cd figures && gnuplot loss.gp' after you install gnuplot (…)`.
  public func write(_ script: GnuplotScript, scriptTo scriptFile: URL, renderTo outputs: [URL])
    throws
  {
    var saved = script
    if let first = outputs.first {
      let format = try Self.format(of: first)
      let sameFolder =
        first.deletingLastPathComponent().standardizedFileURL.path
        == scriptFile.deletingLastPathComponent().standardizedFileURL.path
      saved = script.retargeted(
        to: format, output: sameFolder ? first.lastPathComponent : PlotFiles.display(first))
    }
    guard isAvailable else {
      try saved.writeScript(to: scriptFile)
      let folder = PlotFiles.display(scriptFile.deletingLastPathComponent())
      let command =
        folder == "." || folder.isEmpty
        ? "gnuplot \(scriptFile.lastPathComponent)"
        : "cd \(folder) && gnuplot \(scriptFile.lastPathComponent)"
      throw PlotError(
        .gnuplotNotFound,
        "\(notFoundPhrase); wrote \(PlotFiles.display(scriptFile)): render it with '\(command)' "
          + "after you \(PlotError.installHint)")
    }
    // the new files wait under temporary names until every one of them is good
    var pending: [(temporary: URL, file: URL)] = []
    do {
      pending.append((try saved.writeScriptTemporary(for: scriptFile), scriptFile))
      for output in outputs {
        pending.append((try renderTemporary(script, for: output).file, output))
      }
    } catch {
      for (temporary, _) in pending { try? FileManager.default.removeItem(at: temporary) }
      throw error
    }
    for (index, (temporary, file)) in pending.enumerated() {
      do {
        try PlotFiles.moveIntoPlace(temporary, file)
      } catch {
        // moveIntoPlace removed its own file; the later ones are still temporary
        for (later, _) in pending.dropFirst(index + 1) {
          try? FileManager.default.removeItem(at: later)
        }
        throw error
      }
    }
  }

  /// The figure drawn as text by the `dumb` terminal, ready to print: the leading
  /// form feed removed, trailing spaces stripped, one newline at the end.
  public func preview(_ script: GnuplotScript, columns: Int = 100, rows: Int = 30) throws -> String
  {
    var target = script.retargeted(to: .dumb, output: nil)
    target.terminal = .dumb(columns: columns, rows: rows)
    try target.terminal.validate()
    return Self.cleanDumb(try run(target.text).stdout)
  }

  /// `dumb` output as lines without the form feed and the right padding.
  public static func cleanDumb(_ text: String) -> String {
    let lines = text.replacingOccurrences(of: "\u{0C}", with: "")
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map { line -> Substring in
        var line = line
        while line.last == " " { line.removeLast() }
        return line
      }
    var trimmed = Array(lines)
    while trimmed.last?.isEmpty == true { trimmed.removeLast() }
    return trimmed.joined(separator: "\n") + "\n"
  }

  /// The format an output file's extension asks for.
  static func format(of output: URL) throws -> GnuplotTerminal.Format {
    guard let format = GnuplotTerminal.Format(fileExtension: output.pathExtension.lowercased())
    else {
      throw ParameterError(
        parameter: "extension of \(PlotFiles.display(output))",
        expected: "one of png, svg, pdf, txt", got: "'\(output.pathExtension)'")
    }
    return format
  }
}
