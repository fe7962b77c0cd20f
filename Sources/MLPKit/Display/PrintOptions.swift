/// How `Tensor.formatted(_:)` prints: PyTorch's `torch.set_printoptions`, as a value.
///
/// - `precision`: digits after the point (4).
/// - `threshold`: more elements than this and the middle is summarised as `...` (1000).
/// - `edgeitems`: how many leading and trailing items a summarised dimension keeps (3).
/// - `linewidth`: lines are wrapped to fit this many characters (80).
/// - `sciMode`: `true`/`false` force or forbid scientific notation; `nil` lets the
///   values decide (`max/min > 1000`, `max > 1e8` or `min < 1e-4` over the nonzero
///   finite magnitudes).
///
/// PyTorch keeps these in global mutable state; here they are an argument, so one
/// chapter's choice never leaks into another's output. Introduced in §3.3.
public struct PrintOptions: Equatable, Sendable {
  /// Digits after the point.
  public let precision: Int
  /// The element count above which the middle of each dimension is summarised.
  public let threshold: Int
  /// Items kept at each end of a summarised dimension.
  public let edgeitems: Int
  /// The line width that 1-D runs of elements wrap at.
  public let linewidth: Int
  /// `true`/`false` force or forbid scientific notation; `nil` decides from the values.
  public let sciMode: Bool?

  /// Options with PyTorch's defaults for anything not given.
  /// - Throws: `ParameterError` for a negative `precision`, `threshold` or
  ///   `edgeitems`, a `precision` or `edgeitems` above 2³¹ − 1, or a `linewidth` below 1.
  public init(
    precision: Int = 4, threshold: Int = 1000, edgeitems: Int = 3, linewidth: Int = 80,
    sciMode: Bool? = nil
  ) throws {
    for (name, value, minimum) in [
      ("precision", precision, 0), ("threshold", threshold, 0), ("edgeitems", edgeitems, 0),
      ("linewidth", linewidth, 1),
    ] where value < minimum {
      throw ParameterError(parameter: name, expected: "an integer >= \(minimum)", got: "\(value)")
    }
    // Python's format() refuses a precision above INT_MAX; so do the widths computed here
    for (name, value) in [("precision", precision), ("edgeitems", edgeitems)]
    where value > Int32.max {
      throw ParameterError(
        parameter: name, expected: "an integer in 0...\(Int32.max)",
        got: "\(value)")
    }
    self.init(
      unchecked: precision, threshold: threshold, edgeitems: edgeitems, linewidth: linewidth,
      sciMode: sciMode)
  }

  init(unchecked precision: Int, threshold: Int, edgeitems: Int, linewidth: Int, sciMode: Bool?) {
    self.precision = precision
    self.threshold = threshold
    self.edgeitems = edgeitems
    self.linewidth = linewidth
    self.sciMode = sciMode
  }

  /// PyTorch's defaults: precision 4, threshold 1000, edgeitems 3, linewidth 80, automatic
  /// scientific notation (`profile='default'`).
  public static let `default` = PrintOptions(
    unchecked: 4, threshold: 1000, edgeitems: 3, linewidth: 80, sciMode: nil)

  /// PyTorch's `profile='short'`: precision 2, edgeitems 2.
  public static let short = PrintOptions(
    unchecked: 2, threshold: 1000, edgeitems: 2, linewidth: 80, sciMode: nil)

  /// PyTorch's `profile='full'`: never summarise.
  public static let full = PrintOptions(
    unchecked: 4, threshold: .max, edgeitems: 3, linewidth: 80, sciMode: nil)
}
