/// The one look every figure shares: pinned font and size, the Okabe–Ito palette,
/// dash and point types that still tell series apart in greyscale, a light grid.
///
/// Okabe & Ito (2008) chose eight colours that stay distinct for the common
/// colour-vision deficiencies; series use them in the order blue, vermillion,
/// green, purple, orange, sky blue, black (yellow is last: it vanishes on white).
/// Series `k` also gets dash type `k` and point type `k`, so a greyscale print
/// keeps every curve apart. Figures read all of this from a `PlotStyle`, so a
/// slide deck can change the font size in one place. Introduced in §1.3.
public struct PlotStyle: Sendable, Equatable {
  /// The font family, pinned so every machine draws the same text.
  public var font = "DejaVu Sans"
  /// The body text size in points (titles are one point larger).
  public var fontSize = 16.0
  /// The PNG size in pixels; readable on a 1280×800 slide.
  public var width = 1280
  public var height = 800
  /// Series colours (Okabe–Ito), cycled.
  public var palette = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
  ]
  /// Class colours of decision maps and their points: dark blue, light orange,
  /// bluish green, then more Okabe–Ito hues, cycled. Colour-blind safe (blue against
  /// orange is the pair every common deficiency keeps apart) and safe in greyscale:
  /// the first three are at least 25 apart in CIE L* (about 27, 84 and 58), so
  /// printed they are dark, light and middle grey.
  public var classPalette = [
    "#12407A", "#FFC870", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
  ]
  /// Dash patterns matching `palette`: solid, dashed, dash-dot, dotted, ….
  public var dashTypes = [
    "1", "(10,6)", "(14,6,3,6)", "(3,5)", "(20,6,3,6,3,6)", "(6,3)", "(24,10)", "(2,3,8,3)",
  ]
  /// Filled point types matching `palette`: ● ▲ ■ ◆ ▼ ⬟.
  public var pointTypes = [7, 9, 5, 13, 11, 15]
  /// Open versions of `pointTypes` (○ △ □ ◇ ▽ ⬠), for test points.
  public var openPointTypes = [6, 8, 4, 12, 10, 14]
  /// Line width of data curves.
  public var lineWidth = 2.5
  /// Point size of markers.
  public var pointSize = 1.3
  /// The light grid behind the data.
  public var gridColor = "#e6e6e6"
  /// Borders, ticks and tick labels.
  public var axisColor = "#404040"
  /// Secondary text (annotations, marker labels).
  public var noteColor = "#555555"
  /// Positive and negative weights in the network diagram.
  public var positiveColor = "#D55E00"
  public var negativeColor = "#0072B2"

  public init() {}

  /// The workbook's default look.
  public static let standard = PlotStyle()

  /// The default target of a figure: a PNG of `width × height` pixels.
  public var terminal: GnuplotTerminal { .png(width: width, height: height) }

  /// Colour of series `k` (cycled).
  public func color(_ k: Int) -> String { Self.cycled(palette, k, fallback: "#000000") }
  /// Dash type of series `k` (cycled).
  public func dashType(_ k: Int) -> String { Self.cycled(dashTypes, k, fallback: "1") }
  /// Filled point type of series `k` (cycled).
  public func pointType(_ k: Int) -> Int { Self.cycled(pointTypes, k, fallback: 7) }
  /// Open point type of series `k` (cycled).
  public func openPointType(_ k: Int) -> Int { Self.cycled(openPointTypes, k, fallback: 6) }

  /// An empty script with this style's terminal and font.
  public func script(summary: [String]) -> GnuplotScript {
    GnuplotScript(terminal: terminal, font: font, fontSize: fontSize, summary: summary)
  }

  /// `set style line k …` for every palette entry, then the shared axes: left and
  /// bottom border, outward ticks, a light grid behind the data (`lt 1`: without
  /// it the grid borrows the dotted axis line type).
  public var commonCommands: [String] {
    var lines = (0..<Swift.max(palette.count, 1)).map { k in
      "set style line \(k + 1) lt \(k + 1) lc rgb \"\(color(k))\" lw \(GnuplotText.number(lineWidth)) "
        + "dt \(dashType(k)) pt \(pointType(k)) ps \(GnuplotText.number(pointSize))"
    }
    lines += [
      "set border 3 back lw 1 lc rgb \"\(axisColor)\"",
      "set tics nomirror out scale 0.6 textcolor rgb \"\(axisColor)\"",
      "set grid back lt 1 lw 1 lc rgb \"\(gridColor)\"",
      "if (GPVAL_TERM eq \"dumb\") unset grid  # no room for a grid in a text preview",
    ]
    return lines
  }

  /// The title line, a little larger than the body text.
  public func titleCommand(_ title: String) -> String {
    "set title \(GnuplotText.quoted(title)) font \",\(GnuplotText.number(fontSize + 1, decimals: 1))\""
  }

  /// A key across the whole width below a multiplot: a last, borderless panel in
  /// the bottom `height` of the canvas that draws nothing but its key. (A key inside
  /// one panel is laid out within that panel's width, and gnuplot 5.4 fails an
  /// assertion on a plot of `keyentry` alone, so each entry plots the constant 2
  /// outside the panel's [0:1] range.) `entries` are plot styles with titles, e.g.
  /// `with lines ls 1 title "ReLU"`.
  public func keyPanel(_ entries: [String], height: Double = 0.12) -> [String] {
    [
      "# the shared key: an empty panel across the bottom",
      "set origin 0,0",
      "set size 1,\(GnuplotText.number(height))",
      "set margins 0,0,0,0",
      "unset border", "unset tics", "unset grid", "unset title", "unset xlabel", "unset ylabel",
      "unset xzeroaxis", "unset yzeroaxis",
      "set xrange [0:1]", "set yrange [0:1]",
      "set key center center horizontal maxrows 1 samplen 2.5 width 2",
      "plot " + entries.map { "2 " + $0 }.joined(separator: ", \\\n     "),
    ]
  }

  /// `#rrggbb` mixed with `other`: `t = 0` gives `color`, `t = 1` gives `other`.
  /// Used for light tints (mix with white) and dark shades (mix with black).
  public static func mix(_ color: String, _ other: String, _ t: Double) -> String {
    let a = rgb(color)
    let b = rgb(other)
    let mixed = zip(a, b).map { x, y in Int((Double(x) * (1 - t) + Double(y) * t).rounded()) }
    return "#" + mixed.map { hex2($0) }.joined()
  }

  /// The red, green and blue bytes of `#rrggbb` (0 for anything unreadable).
  static func rgb(_ color: String) -> [Int] {
    let digits = Array(color.dropFirst(color.hasPrefix("#") ? 1 : 0))
    guard digits.count == 6 else { return [0, 0, 0] }
    return stride(from: 0, to: 6, by: 2).map { Int(String(digits[$0..<($0 + 2)]), radix: 16) ?? 0 }
  }

  static func hex2(_ value: Int) -> String {
    let clamped = Swift.max(0, Swift.min(255, value))
    let digits = Array("0123456789abcdef")
    return String([digits[clamped / 16], digits[clamped % 16]])
  }

  /// Element `k` of `list`, cycling; `fallback` when the list is empty.
  static func cycled<T>(_ list: [T], _ k: Int, fallback: T) -> T {
    guard !list.isEmpty else { return fallback }
    return list[((k % list.count) + list.count) % list.count]
  }
}
