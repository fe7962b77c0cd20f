/// Where a script draws: a PNG or SVG image, a PDF page, or text (`dumb`).
///
/// Sizes are in pixels of the PNG, so one figure keeps its look across presets:
/// the SVG uses the same pixel size and the PDF page is `pixels / 144` inches (the
/// scale at which `pdfcairo` places text and ticks exactly where `pngcairo` does).
/// `dumb` is measured in characters and is meant for terminal previews.
/// Introduced in §1.3.
public enum GnuplotTerminal: Sendable, Equatable {
  /// `pngcairo` (not libgd's `png`, which ignores dash types).
  case png(width: Int, height: Int)
  /// `svg` with a white background; the viewer's fonts decide the final metrics.
  case svg(width: Int, height: Int)
  /// `pdfcairo`, `width / 144` by `height / 144` inches.
  case pdf(width: Int, height: Int)
  /// `dumb`: ASCII art, `columns` by `rows` characters, no colour.
  case dumb(columns: Int, rows: Int)

  /// The four kinds of output, for re-targeting one script.
  public enum Format: String, Sendable, CaseIterable {
    case png, svg, pdf, dumb

    /// The file extension the renderer writes (`txt` for `dumb`).
    public var fileExtension: String { self == .dumb ? "txt" : rawValue }

    /// The format that writes files ending in `fileExtension` (`png`, `svg`, `pdf`, `txt`).
    public init?(fileExtension: String) {
      guard let format = Format.allCases.first(where: { $0.fileExtension == fileExtension })
      else { return nil }
      self = format
    }
  }

  /// Which of the four formats this terminal writes.
  public var format: Format {
    switch self {
    case .png: return .png
    case .svg: return .svg
    case .pdf: return .pdf
    case .dumb: return .dumb
    }
  }

  /// The same figure in another format: pixel sizes carry over, `dumb` becomes
  /// 100 columns with rows in the figure's proportion (a character is about twice
  /// as tall as wide), and back again at 1280 pixels wide.
  public func converted(to format: Format) -> GnuplotTerminal {
    let (width, height): (Int, Int)
    switch self {
    case .png(let w, let h), .svg(let w, let h), .pdf(let w, let h): (width, height) = (w, h)
    case .dumb(let columns, let rows):
      (width, height) = (1280, 1280 * 2 * rows / Swift.max(columns, 1))
    }
    switch format {
    case .png: return .png(width: width, height: height)
    case .svg: return .svg(width: width, height: height)
    case .pdf: return .pdf(width: width, height: height)
    case .dumb:
      if case .dumb = self { return self }
      return .dumb(columns: 100, rows: Swift.max(12, 100 * height / Swift.max(width, 1) / 2))
    }
  }

  /// The `set terminal …` line, with the font pinned so output is the same on
  /// every machine (fontconfig silently substitutes a missing font).
  public func command(font: String, fontSize: Double) -> String {
    let fontSpec = GnuplotText.quoted("\(font),\(GnuplotText.number(fontSize, decimals: 1))")
    switch self {
    case .png(let w, let h):
      return "set terminal pngcairo size \(w),\(h) enhanced font \(fontSpec) linewidth 1.5"
    case .svg(let w, let h):
      return "set terminal svg size \(w),\(h) enhanced font \(fontSpec) linewidth 1.5 "
        + "background rgb \"white\""
    case .pdf(let w, let h):
      let inches = { (pixels: Int) in GnuplotText.number(Double(pixels) / 144, decimals: 2) + "in" }
      // pdfcairo draws lines 1.5 times as wide as pngcairo at this scale
      return "set terminal pdfcairo size \(inches(w)),\(inches(h)) enhanced font \(fontSpec) "
        + "linewidth 1"
    case .dumb(let columns, let rows):
      return "set terminal dumb size \(columns),\(rows) nofeed mono"
    }
  }

  /// Throws when a size cannot be drawn.
  func validate() throws {
    switch self {
    case .png(let w, let h), .svg(let w, let h), .pdf(let w, let h):
      guard (16...10_000).contains(w), (16...10_000).contains(h) else {
        throw ParameterError(
          parameter: "terminal size", expected: "16...10000 pixels each way", got: "\(w)×\(h)")
      }
    case .dumb(let columns, let rows):
      guard (20...1000).contains(columns), (8...1000).contains(rows) else {
        throw ParameterError(
          parameter: "dumb terminal size", expected: "20...1000 columns and 8...1000 rows",
          got: "\(columns)×\(rows)")
      }
    }
  }
}
