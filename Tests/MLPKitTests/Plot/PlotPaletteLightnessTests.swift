import Foundation
import MLPKit
import Testing

/// The class colours survive a greyscale print: their CIE L* (lightness, 0 black to
/// 100 white) differ clearly, in the palette, at the ends of the probability map,
/// and in the regions as the regions figure tints them.
@Suite struct PlotPaletteLightnessTests {
  /// CIE L* of `#rrggbb` (sRGB, D65), by hand from the standard: undo the sRGB
  /// gamma, take the luminance Y = 0.2126 R + 0.7152 G + 0.0722 B, then
  /// L* = 116 ∛Y − 16 (or 24389/27 · Y below the cube root's linear toe, Y ≤ 216/24389).
  static func lightness(_ hex: String) -> Double {
    let digits = Array(hex.dropFirst())
    let channels = stride(from: 0, to: 6, by: 2).map {
      Double(Int(String(digits[$0..<($0 + 2)]), radix: 16) ?? -1) / 255
    }
    return lightness(channels[0], channels[1], channels[2])
  }

  static func lightness(_ r: Double, _ g: Double, _ b: Double) -> Double {
    func linear(_ c: Double) -> Double {
      c <= 0.04045 ? c / 12.92 : Foundation.pow((c + 0.055) / 1.055, 2.4)
    }
    let y = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    return y > 216.0 / 24389 ? 116 * Foundation.cbrt(y) - 16 : 24389.0 / 27 * y
  }

  @Test func theLightnessFormulaGivesThePublishedValues() {
    // the published CIE L* of the sRGB primaries and of black, white and #777777
    #expect(isClose(Self.lightness("#000000"), 0, atol: 1e-9))
    #expect(isClose(Self.lightness("#ffffff"), 100, atol: 1e-9))
    #expect(isClose(Self.lightness("#777777"), 50.03, atol: 0.01))
    #expect(isClose(Self.lightness("#ff0000"), 53.23, atol: 0.01))
    #expect(isClose(Self.lightness("#00ff00"), 87.74, atol: 0.01))
    #expect(isClose(Self.lightness("#0000ff"), 32.30, atol: 0.01))
  }

  @Test func theFirstThreeClassColoursAreAtLeast25ApartInLightness() {
    let style = PlotStyle.standard
    let lightness = (0..<3).map { Self.lightness(style.classColor($0)) }
    for i in 0..<3 {
      for j in (i + 1)..<3 {
        let pair =
          "\(style.classColor(i)) L* \(lightness[i]), \(style.classColor(j)) L* \(lightness[j])"
        #expect(abs(lightness[i] - lightness[j]) >= 25, "classes \(i) and \(j): \(pair)")
      }
    }
    // dark, light, middle: class 0 darkest, class 1 lightest
    #expect(lightness[0] < lightness[2] && lightness[2] < lightness[1])
    // the palette cycles, and every entry is a readable colour
    #expect(style.classColor(style.classPalette.count) == style.classColor(0))
    #expect(style.classPalette.allSatisfy { $0.count == 7 && Self.lightness($0) >= 0 })
  }

  @Test func theProbabilityMapsEndsDifferInLightnessAndFromItsMiddle() {
    let map = PlotStyle.standard.probabilityPalette
    let (low, middle, high) = (
      Self.lightness(map.low), Self.lightness(map.middle), Self.lightness(map.high)
    )
    #expect(abs(high - low) >= 25, "P ≈ 0 at L* \(low), P ≈ 1 at L* \(high)")
    // the P = 0.5 band is lighter than both ends, so it shows between them in grey too
    #expect(middle - low >= 25 && middle - high >= 10, "\(low) \(middle) \(high)")
  }

  @Test func confidentRegionsAsTheRegionsFigureTintsThemStayApartInGrey() throws {
    // the script's own formula: shade(c, p) = 255 − tint(p)·(255 − c), with
    // tint(p) = 0.3 + 0.55·(p − 1/K)/(1 − 1/K), so 0.85 where p = 1
    let grid = try DecisionGrid(xRange: 0...1, yRange: 0...1, columns: 4, rows: 4)
    let script = try decisionRegionsFigure(
      probabilities: { x in
        try Tensor(
          rows: (0..<x.rowCount).map { i in [0, 1, 2].map { Double($0 == i % 3 ? 1 : 0) } })
      }, grid: grid, classNames: ["a", "b", "c"], title: "t")
    #expect(script.text.contains("tint(p) = 0.3 + 0.55 * (p - 1.0/K) / (1 - 1.0/K)"))
    #expect(script.text.contains("shade(c, p) = 255 - tint(p) * (255 - c)"))
    let style = PlotStyle.standard
    let red = (0..<3).map { Int(style.classColor($0).dropFirst().prefix(2), radix: 16) ?? -1 }
    #expect(script.text.contains("array CR[K] = [\(red.map(String.init).joined(separator: ", "))]"))
    let shades = (0..<3).map { k -> Double in
      let hex = Array(style.classColor(k).dropFirst())
      let channel = stride(from: 0, to: 6, by: 2).map {
        255 - 0.85 * (255 - Double(Int(String(hex[$0..<($0 + 2)]), radix: 16) ?? 0))
      }
      return Self.lightness(channel[0] / 255, channel[1] / 255, channel[2] / 255)
    }
    for i in 0..<3 {
      for j in (i + 1)..<3 {
        #expect(abs(shades[i] - shades[j]) >= 20, "regions \(i) and \(j): \(shades)")
      }
    }
  }

  @Test func theBoundaryMapUsesTheClassColoursAtItsEnds() throws {
    let grid = try DecisionGrid(xRange: 0...1, yRange: 0...1, columns: 4, rows: 4)
    let script = try decisionBoundaryFigure(
      probability: { x in
        let p: [[Double]] = (0..<x.rowCount).map { i in
          let q = 0.1 + 0.05 * Double(i)
          return [1 - q, q]
        }
        return try Tensor(rows: p)
      }, grid: grid, title: "t")
    let map = PlotStyle.standard.probabilityPalette
    #expect(map.high == PlotStyle.standard.classColor(1))
    #expect(
      script.text.contains(
        "set palette defined (0 \"\(map.low)\", 0.5 \"\(map.middle)\", 1 \"\(map.high)\")"))
  }
}
