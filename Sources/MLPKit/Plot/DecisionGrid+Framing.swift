import Foundation

/// A grid framed for a figure: round steps and the shape of the plot area.
extension DecisionGrid {
  /// A grid around `sets` of points whose step is a round number (1, 2, 2.5, 4 or 5
  /// times a power of ten) and whose ends are multiples of it, widened on the
  /// shorter side to `aspect` (x span ÷ y span) so an equal-units map fills its plot
  /// area.
  ///
  /// The longer side gets at least `cells` steps (fewer than twice as many).
  /// Because every grid value is a whole number of round steps, it is written
  /// exactly with `decimals` decimals, so a reader of the `.gp` file can re-evaluate
  /// a model at the very points the figure was drawn from. Each side is first
  /// padded by `margin` times its span.
  /// - Throws: `ParameterError` when there are no points, `aspect` is not a positive
  ///   finite number, or `cells` is outside 10...400 (at most twice as many steps
  ///   are taken, and a grid holds at most 1000 values per side).
  /// Introduced in §3.7.
  public static func framing(
    _ sets: [LabelledPoints], margin: Double = 0.08, aspect: Double? = nil, cells: Int = 150
  ) throws -> DecisionGrid {
    if let aspect, !(aspect.isFinite && aspect > 0) {
      throw ParameterError(
        parameter: "aspect", expected: "a finite number > 0 (x span ÷ y span)", got: "\(aspect)")
    }
    guard (10...400).contains(cells) else {
      throw ParameterError(parameter: "cells", expected: "in 10...400", got: "\(cells)")
    }
    let box = try covering(sets, margin: margin, columns: 2, rows: 2)
    var (x0, x1) = (box.xRange.lowerBound, box.xRange.upperBound)
    var (y0, y1) = (box.yRange.lowerBound, box.yRange.upperBound)
    if let aspect {
      // widen the narrower side about its middle
      let (dx, dy) = (x1 - x0, y1 - y0)
      if dx / dy < aspect {
        let grow = (aspect * dy - dx) / 2
        (x0, x1) = (x0 - grow, x1 + grow)
      } else {
        let grow = (dx / aspect - dy) / 2
        (y0, y1) = (y0 - grow, y1 + grow)
      }
    }
    let step = roundStep(max(x1 - x0, y1 - y0) / Double(cells))
    // whole steps from a multiple of the step: the ends move outwards, never inwards
    let (i0, i1) = ((x0 / step).rounded(.down), (x1 / step).rounded(.up))
    let (j0, j1) = ((y0 / step).rounded(.down), (y1 / step).rounded(.up))
    return try DecisionGrid(
      xRange: (i0 * step)...(i1 * step), yRange: (j0 * step)...(j1 * step),
      columns: Int(i1 - i0) + 1, rows: Int(j1 - j0) + 1)
  }

  /// The largest of 1, 2, 2.5, 4, 5 × 10^k that is at most `size`.
  static func roundStep(_ size: Double) -> Double {
    let power = pow(10, (log10(size)).rounded(.down))
    let mantissa = [5, 4, 2.5, 2, 1].first { $0 * power <= size * (1 + 1e-12) } ?? 1
    return mantissa * power
  }

  /// Decimals that write every grid value exactly when the steps are round (at
  /// least 4, the figures' usual precision). Introduced in §3.7.
  public var decimals: Int {
    let xStep = (xRange.upperBound - xRange.lowerBound) / Double(max(columns - 1, 1))
    let yStep = (yRange.upperBound - yRange.lowerBound) / Double(max(rows - 1, 1))
    let smallest = min(xStep, yStep)
    guard smallest > 0 else { return 4 }
    // 2.5e-k needs one decimal more than 1e-k
    let digits = Int((-log10(smallest)).rounded(.up)) + 1
    return min(12, max(4, digits))
  }
}
