import Foundation

/// One number that differs between an expected and an actual line.
struct NumberDifference {
  var expected: NumberField
  var actual: NumberField
  /// `|actual − expected|`.
  var delta: Decimal
  /// What the tolerance allows around the expected number (0 when exact).
  var allowed: Decimal
}

/// How an actual output line compares with an expected one.
enum LineMatch {
  /// The same line (within the block's tolerance).
  case equal
  /// The same text around the numbers, but some numbers are off; the differences
  /// list only those outside the tolerance.
  case near([NumberDifference])
  /// Different text.
  case different

  /// Compares two tokenised lines (both already without trailing whitespace).
  ///
  /// Exact blocks compare the text, padding included; a line whose only changes are
  /// in number tokens is `near`. Blocks with a tolerance compare the text between
  /// numbers without the padding, and each number pair by value.
  static func compare(_ e: TokenisedLine, _ a: TokenisedLine, _ tolerance: Tolerance) -> LineMatch {
    guard let sameText = sameText(e, a, tolerance) else { return .different }
    if sameText { return .equal }
    var differences: [NumberDifference] = []
    for (x, y) in zip(e.numbers, a.numbers) where !within(x, y, tolerance) {
      differences.append(
        NumberDifference(
          expected: x, actual: y, delta: abs(y.value - x.value),
          allowed: tolerance.allowed(around: x.value)))
    }
    return differences.isEmpty ? .equal : .near(differences)
  }

  /// `true` for identical lines, `false` for the same text around the numbers (the
  /// numbers still to compare), `nil` for different text.
  private static func sameText(_ e: TokenisedLine, _ a: TokenisedLine, _ tolerance: Tolerance)
    -> Bool?
  {
    if e.raw == a.raw { return true }
    guard e.numbers.count == a.numbers.count, e.texts == a.texts else { return nil }
    if !tolerance.isDeclared {
      for (x, y) in zip(e.numbers, a.numbers) where x.padding != y.padding { return nil }
    }
    return false
  }

  /// True when two numbers match: the same text, or within a declared tolerance
  /// (decided in decimal; `PairGrader` screens the clear cases with doubles first).
  static func within(_ x: NumberField, _ y: NumberField, _ tolerance: Tolerance) -> Bool {
    if x.text == y.text { return true }
    return tolerance.isDeclared && tolerance.accepts(expected: x.value, actual: y.value)
  }

  /// The expected line with only its out-of-tolerance numbers (and their padding)
  /// taken from the actual line: what bless writes for a `near` line, so numbers
  /// that still match stay as the book wrote them.
  static func merge(_ e: TokenisedLine, _ a: TokenisedLine, _ tolerance: Tolerance) -> String {
    var line = ""
    for (index, (x, y)) in zip(e.numbers, a.numbers).enumerated() {
      line += e.texts[index]
      line += within(x, y, tolerance) ? x.padding + x.text : y.padding + y.text
    }
    line += e.texts.last ?? ""
    return line
  }
}
