/// Class colours and markers for decision maps and scatter overlays.
/// Introduced in §2.5.
extension PlotStyle {
  /// The colour of class k's region or bar: its palette colour.
  public func classColor(_ k: Int) -> String { color(k) }

  /// Class k's points on top of a coloured map: the palette colour darkened, so a
  /// point stays visible on its own region and on the others.
  public func classMarkerColor(_ k: Int) -> String { Self.mix(color(k), "#000000", 0.45) }

  /// The map's three stops for P(class 1): class 0's colour at 0, near-white at 0.5,
  /// class 1's colour at 1 (softened a little so the dark markers stand out).
  public var probabilityPalette: (low: String, middle: String, high: String) {
    (Self.mix(color(0), "#ffffff", 0.2), "#f7f7f7", Self.mix(color(1), "#ffffff", 0.2))
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
