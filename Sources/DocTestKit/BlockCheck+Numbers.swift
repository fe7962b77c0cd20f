import Foundation

extension BlockCheck {
  /// One line about the numbers of `near` lines: how many are out, and the worst
  /// one (the most times its allowance away, so `rtol=` is judged fairly; the
  /// largest |Δ| in exact blocks) with its book.md line:column, its output line, and
  /// its distance against the allowance.
  static func numberSummary(_ steps: [AlignStep], block: OutputBlock, book: String) -> String? {
    var worst: (e: Int, a: Int, difference: NumberDifference)? = nil
    var count = 0
    func badness(_ d: NumberDifference) -> (Int, Decimal) {
      d.allowed.isZero ? (1, d.delta) : (0, d.delta / d.allowed)
    }
    for case .near(let e, let a, let differences) in steps {
      for difference in differences {
        count += 1
        if worst.map({ badness(difference) > badness($0.difference) }) ?? true {
          worst = (e, a, difference)
        }
      }
    }
    guard let worst else { return nil }
    let d = worst.difference
    let place =
      "\(book):\(block.fence.firstContentLine + worst.e):\(d.expected.column)"
      + " expected \(d.expected.text), got \(d.actual.text) (output line \(worst.a + 1))"
    let numbers = count == 1 ? "1 number" : "\(count) numbers"
    let tolerance = block.options.tolerance
    if tolerance.isDeclared {
      return "\(numbers) outside \(tolerance.written); worst: \(place):"
        + " |Δ| = \(d.delta) > allowed \(d.allowed)"
    }
    return
      "\(numbers) \(count == 1 ? "differs" : "differ") and the block declares no tol=; largest: \(place):"
      + " |Δ| = \(d.delta) (add tol= to the marker if last-digit moves are expected)"
  }
}
