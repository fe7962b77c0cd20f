/// One step of an alignment between expected lines `e` and actual lines `a`
/// (indices into the two arrays).
enum AlignStep {
  case equal(e: Int, a: Int)
  case near(e: Int, a: Int, [NumberDifference])
  case changed(e: Int, a: Int)
  case removed(e: Int)
  case added(a: Int)
  /// An elision line `e` standing for the actual lines `a` (possibly none).
  case elided(e: Int, a: Range<Int>)

  var isChange: Bool {
    switch self {
    case .equal, .elided: return false
    case .near, .changed, .removed, .added: return true
    }
  }
}

/// The cheapest alignment of expected lines (with `...` elisions) to actual lines.
///
/// An edit-distance table. Costs: a matching line 0; an added output line 4; a
/// line whose decimals drifted out of tolerance (near) 6; a line changed only in
/// whitespace 10; any other change 12 (including a differing integer: `row 9` and
/// `row 8` are different rows, not drift); a removed book line 13. An elision may
/// stand for any number of output lines for free. The numbers satisfy:
/// - near + added < changed, so a drifted line stays paired with its book line even
///   when a new line appears beside a `...` (else the elision would swallow the
///   drifted line and bless would drop it from the book);
/// - changed < removed, so a changed line next to a `...` shows, and is blessed, as
///   changed instead of being swallowed;
/// - removed + added < near + changed, so an unchanged line between a removal and an
///   addition stays matched (and bless keeps it as the book wrote it);
/// - changed < removed + added, so one replaced line reads as `-old` `+new`.
/// Among equal costs the alignment whose elisions cover the fewest lines wins. The
/// result drives both the failure diff and bless (which rewrites each segment from
/// the lines it aligns to).
enum LineAlignment {
  private enum Back: UInt8 { case start, diagonal, removed, added, skipElision, eat }

  static func align(
    expected: [TokenisedLine], isElision: [Bool], actual: [TokenisedLine], tolerance: Tolerance
  ) -> [AlignStep] {
    let n = expected.count
    let m = actual.count
    let width = m + 1
    // cost = edits·(m + 1) + lines under elisions: edits first, then fewest elided
    let unit = m + 1
    var cost = [Int](repeating: Int.max, count: (n + 1) * width)
    var back = [Back](repeating: .start, count: (n + 1) * width)
    var kind = [UInt8](repeating: 0, count: (n + 1) * width)  // 0 equal, 1 near, 2 changed
    cost[0] = 0
    let grader = PairGrader(expected: expected, actual: actual, tolerance: tolerance)
    for i in 0...n {
      for j in 0...m where i > 0 || j > 0 {
        let cell = i * width + j
        var best = Int.max
        var from = Back.start
        func consider(_ value: Int, _ step: Back) {
          if value < best {
            best = value
            from = step
          }
        }
        if i > 0 && isElision[i - 1] {
          consider(cost[(i - 1) * width + j], .skipElision)
          if j > 0 { consider(cost[i * width + j - 1] + 1, .eat) }
        } else {
          if i > 0 && j > 0 {
            let edits: Int
            switch grader.grade(i - 1, j - 1) {
            case 0: (kind[cell], edits) = (0, 0)
            case 1: (kind[cell], edits) = (1, 6)
            case 2: (kind[cell], edits) = (1, 12)
            case 3: (kind[cell], edits) = (2, 10)
            default: (kind[cell], edits) = (2, 12)
            }
            consider(cost[(i - 1) * width + j - 1] + edits * unit, .diagonal)
          }
          if i > 0 { consider(cost[(i - 1) * width + j] + 13 * unit, .removed) }
          if j > 0 { consider(cost[i * width + j - 1] + 4 * unit, .added) }
        }
        cost[cell] = best
        back[cell] = from
      }
    }
    return traceBack(back: back, kind: kind, width: width, n: n, m: m) { i, j in
      if case .near(let differences) = LineMatch.compare(expected[i], actual[j], tolerance) {
        return differences
      }
      return []
    }
  }

  private static func traceBack(
    back: [Back], kind: [UInt8], width: Int, n: Int, m: Int,
    differences: (Int, Int) -> [NumberDifference]
  ) -> [AlignStep] {
    var steps: [AlignStep] = []
    var i = n
    var j = m
    var eatenEnd: Int? = nil  // the actual line after the last one the open elision ate
    while i > 0 || j > 0 {
      let cell = i * width + j
      switch back[cell] {
      case .start:
        return steps.reversed()
      case .eat:
        if eatenEnd == nil { eatenEnd = j }
        j -= 1
      case .skipElision:
        steps.append(.elided(e: i - 1, a: j..<(eatenEnd ?? j)))
        eatenEnd = nil
        i -= 1
      case .diagonal:
        switch kind[cell] {
        case 0: steps.append(.equal(e: i - 1, a: j - 1))
        case 1: steps.append(.near(e: i - 1, a: j - 1, differences(i - 1, j - 1)))
        default: steps.append(.changed(e: i - 1, a: j - 1))
        }
        i -= 1
        j -= 1
      case .removed:
        steps.append(.removed(e: i - 1))
        i -= 1
      case .added:
        steps.append(.added(a: j - 1))
        j -= 1
      }
    }
    return steps.reversed()
  }
}
