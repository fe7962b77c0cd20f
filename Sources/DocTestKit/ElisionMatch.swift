/// The quick pass/fail test of a block: does the expected text, with each `...`
/// standing for zero or more lines, match the actual output?
///
/// The segments between elisions are fixed runs of lines, so the classic glob
/// argument applies: anchor the first segment at the start and the last at the end,
/// and place each middle segment at its earliest fit; if that fails, nothing fits.
/// Only failing blocks pay for `LineAlignment`'s full table.
enum ElisionMatch {
  static func matches(
    expected: [TokenisedLine], isElision: [Bool], actual: [TokenisedLine], tolerance: Tolerance
  ) -> Bool {
    var segments: [[TokenisedLine]] = [[]]
    for (line, elision) in zip(expected, isElision) {
      if elision { segments.append([]) } else { segments[segments.count - 1].append(line) }
    }
    func fits(_ segment: [TokenisedLine], at start: Int) -> Bool {
      guard start >= 0, start + segment.count <= actual.count else { return false }
      for (offset, line) in segment.enumerated() {
        guard case .equal = LineMatch.compare(line, actual[start + offset], tolerance) else {
          return false
        }
      }
      return true
    }
    guard let first = segments.first, let last = segments.last else { return actual.isEmpty }
    if segments.count == 1 { return first.count == actual.count && fits(first, at: 0) }
    let end = actual.count - last.count
    guard first.count <= end, fits(first, at: 0), fits(last, at: end) else { return false }
    var position = first.count
    for segment in segments.dropFirst().dropLast() {
      var start = position
      while start + segment.count <= end && !fits(segment, at: start) { start += 1 }
      if start + segment.count > end { return false }
      position = start + segment.count
    }
    return true
  }
}
