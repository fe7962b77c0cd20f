import Foundation

/// Where a chapter's `--plots DIR` figures go: each figure becomes `DIR/name.gp`, a
/// self-contained gnuplot script anyone can edit and re-run, rendered to
/// `DIR/name.png` and `DIR/name.svg` when gnuplot is installed.
///
/// Without gnuplot the scripts are still written and `save` returns a notice saying
/// how to render them instead of failing, so `--plots` is useful on any machine. Any
/// other problem (an unwritable folder, a gnuplot error or warning) throws a
/// `PlotError`, and no half-written file is left behind. Introduced in §1.3.
public struct FigureWriter {
  /// The folder the figures go to (created when missing).
  public let directory: URL
  /// The rendered formats, in order; the `.gp` file names the first.
  public let formats: [GnuplotTerminal.Format]
  /// The gnuplot that renders.
  public let renderer: GnuplotRenderer

  public init(
    directory: String, formats: [GnuplotTerminal.Format] = [.png, .svg],
    renderer: GnuplotRenderer = GnuplotRenderer()
  ) {
    self.directory = URL(fileURLWithPath: directory, isDirectory: true)
    self.formats = formats
    self.renderer = renderer
  }

  /// What `save` did with one figure.
  public enum Outcome: Equatable, Sendable {
    /// The script and every format were written.
    case rendered(files: [String])
    /// gnuplot is missing: only the script was written; the text says how to render it.
    case scriptOnly(notice: String)
  }

  /// Writes `script` as `name.gp` and renders it to every format.
  /// - Throws: `PlotError` for an unwritable folder or a gnuplot failure or warning.
  @discardableResult
  public func save(_ script: GnuplotScript, as name: String) throws -> Outcome {
    let scriptFile = directory.appendingPathComponent("\(name).gp")
    let outputs = formats.map { directory.appendingPathComponent("\(name).\($0.rawValue)") }
    do {
      try renderer.write(script, scriptTo: scriptFile, renderTo: outputs)
    } catch let error as PlotError where error.kind == .gnuplotNotFound {
      return .scriptOnly(notice: error.message)
    }
    return .rendered(files: outputs.map(\.lastPathComponent))
  }

  /// Saves several figures and returns what to tell the user (meant for standard
  /// error, so a chapter's standard output stays the same with or without `--plots`):
  /// one line per rendered figure, or, without gnuplot, every script written and one
  /// line saying how to render them all.
  public func save(_ figures: [(name: String, script: GnuplotScript)]) throws -> [String] {
    guard renderer.isAvailable else {
      for (name, script) in figures {
        _ = try save(script, as: name)
      }
      return figures.isEmpty ? [] : [notice(scripts: figures.map { "\($0.name).gp" })]
    }
    var lines: [String] = []
    for (name, script) in figures {
      switch try save(script, as: name) {
      case .rendered(let files):
        lines.append("figure \(name): \(files.joined(separator: ", ")) and \(name).gp")
      case .scriptOnly(let notice):
        lines.append(notice)
      }
    }
    return lines
  }

  /// The one line for scripts written without gnuplot: where they are and the
  /// command that renders them.
  func notice(scripts: [String]) -> String {
    let folder = PlotFiles.display(directory)
    let shown = scripts.map { folder == "." ? $0 : folder + "/" + $0 }
    let command =
      (folder == "." ? "" : "cd \(folder) && ") + "gnuplot " + scripts.joined(separator: " ")
    let them = scripts.count == 1 ? "it" : "them"
    return "\(renderer.notFoundPhrase); wrote \(shown.joined(separator: ", ")): render \(them) "
      + "with '\(command)' after you \(PlotError.installHint)"
  }
}
