/// Class colours and markers for decision maps and scatter overlays.
/// Introduced in §2.5.
extension PlotStyle {
  /// The colour of class k's region: `classPalette[k]`, cycled.
  public func classColor(_ k: Int) -> String { Self.cycled(classPalette, k, fallback: "#000000") }

  /// Class k's points on top of a coloured map: the palette colour darkened, so a
  /// point stays visible on its own region and on the others.
  public func classMarkerColor(_ k: Int) -> String { Self.mix(color(k), "#000000", 0.45) }

  /// The map's three stops for P(class 1): class 0's dark blue at 0 (lightened a
  /// little so the dark markers stand out), near-white at 0.5, class 1's light
  /// orange at 1. The ends stay far apart in lightness, so a greyscale print still
  /// tells P ≈ 0 (dark) from P ≈ 1 (light).
  public var probabilityPalette: (low: String, middle: String, high: String) {
    (Self.mix(classColor(0), "#ffffff", 0.2), "#f7f7f7", classColor(1))
  }

  /// The decision boundary's line colour.
  public var boundaryColor: String { "#1a1a1a" }

  /// Plot clauses for a class's points with a white halo drawn first (so overlapping
  /// neighbours keep their outline): training points filled, test points hollow.
  func scatterClauses(
    block: String, classIndex k: Int, title: String, test: Bool
  ) -> [String] {
    let select = "($3 == \(k) ? $1 : NaN):2"
    let size = GnuplotText.number(pointSize)
    if test {
      return [
        "\(block) using \(select) with points pt \(pointType(k)) ps \(GnuplotText.number(pointSize + 0.6)) "
          + "lc rgb \"white\" notitle",
        "\(block) using \(select) with points pt \(openPointType(k)) ps \(GnuplotText.number(pointSize + 0.3)) lw 2 "
          + "lc rgb \"\(classMarkerColor(k))\" title \(title)",
      ]
    }
    return [
      "\(block) using \(select) with points pt \(pointType(k)) ps \(GnuplotText.number(pointSize + 0.5)) "
        + "lc rgb \"white\" notitle",
      "\(block) using \(select) with points pt \(pointType(k)) ps \(size) "
        + "lc rgb \"\(classMarkerColor(k))\" title \(title)",
    ]
  }
}
