import Foundation

/// A regular grid over a rectangle of the input plane, where a classifier is
/// evaluated to draw its probabilities and decision boundary.
///
/// `columns` values of x₁ from `xRange.lowerBound` to `xRange.upperBound` (both
/// included) and `rows` values of x₂; `points` is `[rows·columns, 2]` with x₁
/// varying fastest, so row `r·columns + c` is `(xs[c], ys[r])`. Written out, each
/// grid row is followed by a blank line (gnuplot's grid format). Introduced in §2.5.
public struct DecisionGrid: Sendable, Equatable {
  /// The x₁ interval covered, ends included.
  public let xRange: ClosedRange<Double>
  /// The x₂ interval covered, ends included.
  public let yRange: ClosedRange<Double>
  /// The x₁ values, `columns` of them, evenly spaced.
  public let xs: [Double]
  /// The x₂ values, `rows` of them, evenly spaced.
  public let ys: [Double]

  /// - Throws: `ParameterError` for an empty or non-finite range, or fewer than 2
  ///   (more than 1000) values per axis.
  public init(
    xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, columns: Int = 150, rows: Int = 150
  ) throws {
    for (name, range) in [("xRange", xRange), ("yRange", yRange)] {
      guard range.lowerBound.isFinite, range.upperBound.isFinite,
        range.upperBound > range.lowerBound
      else {
        throw ParameterError(
          parameter: name, expected: "a finite range with lower < upper",
          got: "\(GnuplotText.number(range.lowerBound))...\(GnuplotText.number(range.upperBound))")
      }
    }
    for (name, count) in [("columns", columns), ("rows", rows)] where !(2...1000).contains(count) {
      throw ParameterError(parameter: "grid \(name)", expected: "in 2...1000", got: "\(count)")
    }
    self.xRange = xRange
    self.yRange = yRange
    xs = Self.steps(xRange, columns)
    ys = Self.steps(yRange, rows)
  }

  /// A grid around `sets` of points, each side padded by `margin` times its span.
  /// - Throws: `ParameterError` when there are no points.
  public static func covering(
    _ sets: [LabelledPoints], margin: Double = 0.1, columns: Int = 150, rows: Int = 150
  ) throws -> DecisionGrid {
    let all = sets.flatMap { set in
      (0..<set.count).map { (set.x[unchecked: $0, 0], set.x[unchecked: $0, 1]) }
    }
    guard let first = all.first else {
      throw ParameterError(
        parameter: "points", expected: "at least one point to cover", got: "none")
    }
    var (x0, x1, y0, y1) = (first.0, first.0, first.1, first.1)
    for (x, y) in all {
      (x0, x1, y0, y1) = (min(x0, x), max(x1, x), min(y0, y), max(y1, y))
    }
    // a single point or a line of points still needs an area
    let dx = max(x1 - x0, 1e-6)
    let dy = max(y1 - y0, 1e-6)
    return try DecisionGrid(
      xRange: (x0 - margin * dx)...(x1 + margin * dx),
      yRange: (y0 - margin * dy)...(y1 + margin * dy), columns: columns, rows: rows)
  }

  /// Values along x₁.
  public var columns: Int { xs.count }
  /// Values along x₂.
  public var rows: Int { ys.count }
  /// Grid points in all: `rows · columns`.
  public var count: Int { xs.count * ys.count }

  /// The grid points, `[rows·columns, 2]`, x₁ varying fastest.
  public var points: Tensor {
    var scalars = [Double]()
    scalars.reserveCapacity(2 * count)
    for y in ys {
      for x in xs { scalars += [x, y] }
    }
    // the count matches the shape by construction
    return (try? Tensor(shape: [count, 2], scalars: scalars)) ?? Tensor([])  // [rows·columns, 2]
  }

  /// P(class 1) at every grid point from a classifier's probability function.
  ///
  /// `probability` gets `points` (`[rows·columns, 2]`) and may return `[N]`, `[N, 1]`
  /// (P(class 1)) or `[N, 2]` (`predictProba`'s two columns; column 1 is used).
  /// - Throws: `ShapeError` for another shape, `ParameterError` naming the first
  ///   grid point whose value is not a probability in [0, 1].
  public func classOneProbabilities(_ probability: (Tensor) throws -> Tensor) throws -> [Double] {
    let out = try probability(points)  // [N], [N, 1] or [N, 2]
    let n = count
    let values: [Double]
    switch out.shape {
    case [n], [n, 1]: values = out.scalars
    case [n, 2]: values = (0..<n).map { out.scalars[2 * $0 + 1] }
    default:
      throw ShapeError(
        operation: "decision grid probability", shapes: [[n, 2], out.shape],
        reason: "expected [\(n)], [\(n), 1] or [\(n), 2] for \(n) grid points")
    }
    try checkProbabilities(values)
    return values
  }

  /// Every class probability at every grid point: `[rows·columns, K]` row-major.
  /// - Throws: `ShapeError` unless the output is `[N, classCount]`, `ParameterError`
  ///   naming the first value that is not a probability.
  func classProbabilities(_ probability: (Tensor) throws -> Tensor, classCount: Int) throws
    -> [Double]
  {
    let out = try probability(points)  // [N, K]
    guard out.shape == [count, classCount] else {
      throw ShapeError(
        operation: "decision grid probabilities", shapes: [[count, 2], out.shape],
        reason: "expected [\(count), \(classCount)]: one probability per class at each grid point")
    }
    try checkProbabilities(out.scalars, perPoint: classCount)
    return out.scalars
  }

  func checkProbabilities(_ values: [Double], perPoint: Int = 1) throws {
    if let i = values.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
      let point = i / perPoint
      let x = GnuplotText.number(xs[point % columns], decimals: 4)
      let y = GnuplotText.number(ys[point / columns], decimals: 4)
      throw ParameterError(
        parameter: "probability at grid point (\(x), \(y))", expected: "in [0, 1]",
        got: GnuplotText.number(values[i], decimals: 6))
    }
  }

  /// Evenly spaced values with both ends exact.
  static func steps(_ range: ClosedRange<Double>, _ count: Int) -> [Double] {
    let span = range.upperBound - range.lowerBound
    return (0..<count).map { i in
      i == count - 1 ? range.upperBound : range.lowerBound + span * Double(i) / Double(count - 1)
    }
  }
}
