import ArgumentParser

/// The integer options every chapter shares (`--seed`, `--epochs`), checked in one
/// place, so that each flag's error message and `--help` text state the same range
/// in the same words: `--epochs must be an integer in 1...10000; got '2.5'`.
///
/// The chapters read their options as text, so that `--seed -3` or `--epochs 2.5` get
/// this message instead of ArgumentParser's generic "missing value" one.
/// Introduced in §2.1.
public enum OptionCheck {
  /// scikit-learn's `random_state` (NumPy's legacy seed): 0 to 2³² − 1.
  public static let randomStateRange: ClosedRange<UInt64> = 0...4_294_967_295

  /// `torch.manual_seed`: any unsigned 64-bit integer.
  public static let manualSeedRange: ClosedRange<UInt64> = 0...UInt64.max

  /// Epochs or fits a chapter runs: at least one, at most 10000 (a run stays short).
  public static let epochRange: ClosedRange<Int> = 1...10_000

  /// `an integer in 1...10000`: how help texts and messages write a range.
  public static func rangeText<T: FixedWidthInteger>(_ range: ClosedRange<T>) -> String {
    "an integer in \(range.lowerBound)...\(range.upperBound)"
  }

  /// The value of `text` when it is an integer in `range`.
  ///
  /// - Parameters:
  ///   - flag: the option as typed, e.g. `--seed`.
  ///   - meaning: what the value is, for the message, e.g. `torch.manual_seed`.
  /// - Throws: `ValidationError` reading
  ///   `--seed must be an integer in 0...4294967295 (sklearn's random_state); got '-3'`.
  public static func integer<T: FixedWidthInteger>(
    _ text: String, flag: String, in range: ClosedRange<T>, meaning: String? = nil
  ) throws -> T {
    guard let value = T(text), range.contains(value) else {
      let why = meaning.map { " (\($0))" } ?? ""
      throw ValidationError("\(flag) must be \(rangeText(range))\(why); got '\(text)'")
    }
    return value
  }
}
