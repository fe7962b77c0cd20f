/// A gnuplot script as a value: a target (terminal, output file) and a body of
/// comments, commands and inline datablocks.
///
/// `text` is a self-contained `.gp` file:
/// ```
/// # <summary lines>
/// set terminal pngcairo size 1280,800 enhanced font "DejaVu Sans,16" linewidth 1.5
/// set output 'loss.png'
/// set encoding utf8
/// <body: datablocks, settings, plot commands>
/// ```
/// The same inputs give byte-identical text. Re-targeting: the terminal and output
/// lines are the only lines that depend on the format, so `retargeted(to:output:)`
/// returns the same body under an SVG, PDF or `dumb` header. The renderer uses this
/// to draw PNG and SVG from one script (it sends the re-targeted text to gnuplot),
/// and the `.gp` file on disk names its own output, so `gnuplot loss.gp` run in
/// its folder redraws the figure by hand. Introduced in §1.3.
public struct GnuplotScript: Sendable, Equatable {
  /// One piece of the body, in order.
  public enum Item: Sendable, Equatable {
    case comment(String)
    case command(String)
    case datablock(GnuplotDatablock)
    case blankLine
  }

  /// The target: PNG, SVG, PDF or `dumb`, with its size.
  public var terminal: GnuplotTerminal
  /// The output file, relative to the folder gnuplot runs in; `nil` writes to
  /// stdout (what a `dumb` preview wants).
  public var output: String?
  /// The font family pinned in the terminal line.
  public var font: String
  /// The font size in points.
  public var fontSize: Double
  /// Comment lines at the very top, above the terminal line.
  public var summary: [String]
  /// The body, in order.
  public private(set) var items: [Item] = []

  /// An empty script for `terminal`, with the workbook's font unless told otherwise.
  public init(
    terminal: GnuplotTerminal = PlotStyle.standard.terminal, output: String? = nil,
    font: String = PlotStyle.standard.font, fontSize: Double = PlotStyle.standard.fontSize,
    summary: [String] = []
  ) {
    self.terminal = terminal
    self.output = output
    self.font = font
    self.fontSize = fontSize
    self.summary = summary
  }

  /// A `# …` comment (each line of `text` becomes one comment line).
  public mutating func comment(_ text: String) {
    items.append(.comment(text))
  }

  /// A raw gnuplot command (or several lines of them), written as given.
  public mutating func command(_ text: String) {
    items.append(.command(text))
  }

  /// Several commands, one per line.
  public mutating func commands(_ lines: [String]) {
    items.append(contentsOf: lines.map(Item.command))
  }

  /// An empty line, to separate the parts of a long script.
  public mutating func blankLine() {
    items.append(.blankLine)
  }

  /// An inline datablock, written where it is added.
  /// - Throws: `ParameterError` when the script already has a block of that name.
  public mutating func add(_ datablock: GnuplotDatablock) throws {
    if datablocks.contains(where: { $0.name == datablock.name }) {
      throw ParameterError(
        parameter: "datablock name", expected: "unique within the script",
        got: "'\(datablock.name)' twice")
    }
    items.append(.datablock(datablock))
  }

  /// The datablocks of the body, in order.
  public var datablocks: [GnuplotDatablock] {
    items.compactMap { item in
      if case .datablock(let block) = item { return block } else { return nil }
    }
  }

  /// The lines that choose the target: terminal, output, encoding.
  public var header: String {
    var lines = summary.flatMap(Self.commentLines)
    lines.append(terminal.command(font: font, fontSize: fontSize))
    if let output { lines.append("set output " + GnuplotText.fileName(output)) }
    lines.append("set encoding utf8")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Everything after the header.
  public var body: String {
    var text = ""
    for item in items {
      switch item {
      case .comment(let comment): text += Self.commentLines(comment).joined(separator: "\n") + "\n"
      case .command(let command): text += command + "\n"
      case .datablock(let block): text += block.text
      case .blankLine: text += "\n"
      }
    }
    return text
  }

  /// The whole `.gp` file.
  public var text: String { header + body }

  /// The same body drawn in another format; `output` replaces the output file.
  public func retargeted(to format: GnuplotTerminal.Format, output: String?) -> GnuplotScript {
    var copy = self
    copy.terminal = terminal.converted(to: format)
    copy.output = output
    return copy
  }

  static func commentLines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.isEmpty ? "#" : "# " + $0
    }
  }
}
