import Foundation

/// A block's numeric tolerance: `tol=` (absolute) and `rtol=` (relative).
///
/// An actual number `a` matches the expected `e` when `|a − e| ≤ tol + rtol·|e|`
/// (NumPy's `isclose` with the book's number as the reference). The arithmetic is
/// decimal, on the digits as printed, so `tol=1e-4` always accepts a last-digit move
/// of 1 in `0.6931` (binary doubles would sometimes make that `1.0000000000000009e-4`).
///
/// A block without `tol=` or `rtol=` is *exact*: numbers must be the same text.
/// Introduced in §1.1.
public struct Tolerance: Equatable, Sendable {
  /// `tol=`, the absolute part (0 when not declared).
  public var absolute: Decimal
  /// `rtol=`, the relative part (0 when not declared).
  public var relative: Decimal
  /// True when the block declared `tol=` or `rtol=`: numbers are then compared by
  /// value and the spaces before a number are its padding.
  public var isDeclared: Bool
  /// The options as the book wrote them, e.g. `tol=1e-4`, for messages.
  public var written: String

  /// The exact comparison of a block that declares no tolerance.
  public static let exact = Tolerance(absolute: 0, relative: 0, isDeclared: false, written: "")

  public init(absolute: Decimal, relative: Decimal, isDeclared: Bool = true, written: String = "") {
    self.absolute = absolute
    self.relative = relative
    self.isDeclared = isDeclared
    self.written = written
  }

  /// `absolute` as a double, for quick screening (the decimal decides near the bound).
  var absoluteDouble: Double { NSDecimalNumber(decimal: absolute).doubleValue }
  /// `relative` as a double.
  var relativeDouble: Double { NSDecimalNumber(decimal: relative).doubleValue }

  /// `tol + rtol·|expected|`.
  public func allowed(around expected: Decimal) -> Decimal {
    absolute + relative * abs(expected)
  }

  /// True when `actual` is within the tolerance of `expected`.
  public func accepts(expected: Decimal, actual: Decimal) -> Bool {
    abs(actual - expected) <= allowed(around: expected)
  }
}
