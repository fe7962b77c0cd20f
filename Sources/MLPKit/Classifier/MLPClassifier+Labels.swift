extension MLPClassifier {
  /// sklearn's `classes_` for `y`: the sorted distinct labels, as
  /// `ClassLabel.sortedClasses`. Integer labels in a small range are found by marking
  /// them in a table instead of hashing each one (a fit of 800 samples hashed 800
  /// labels twice); anything else, errors included, goes through `sortedClasses`.
  /// Introduced in §2.2.
  static func sortedClasses(of y: [ClassLabel]) throws -> [ClassLabel] {
    guard let (low, seen) = smallIntegers(y) else { return try ClassLabel.sortedClasses(y) }
    return seen.indices.filter { seen[$0] }.map { .int(low + $0) }
  }

  /// Each label's position in `classes` (0 for a label not among them), for the
  /// binarised targets; a table lookup for small integer classes, a dictionary otherwise.
  static func positions(
    of y: [ClassLabel], in classes: [ClassLabel], index: [ClassLabel: Int]
  ) -> [Int] {
    if let (low, seen) = smallIntegers(classes) {
      var place = [Int](repeating: -1, count: seen.count)
      for (position, label) in classes.enumerated() {
        if case .int(let value) = label { place[value - low] = position }
      }
      var positions = [Int]()
      positions.reserveCapacity(y.count)
      for label in y {
        guard case .int(let value) = label, value >= low, value - low < place.count,
          place[value - low] >= 0
        else {
          positions.append(index[label] ?? 0)
          continue
        }
        positions.append(place[value - low])
      }
      return positions
    }
    return y.map { index[$0] ?? 0 }
  }

  /// For labels that are all integers within 65 536 of each other: the smallest, and
  /// which values from it occur; nil otherwise.
  static func smallIntegers(_ labels: [ClassLabel]) -> (Int, [Bool])? {
    var low = Int.max
    var high = Int.min
    for label in labels {
      guard case .int(let value) = label else { return nil }
      low = Swift.min(low, value)
      high = Swift.max(high, value)
    }
    guard !labels.isEmpty, high.subtractingReportingOverflow(low).partialValue < 1 << 16,
      !high.subtractingReportingOverflow(low).overflow
    else { return nil }
    var seen = [Bool](repeating: false, count: high - low + 1)
    for label in labels {
      if case .int(let value) = label { seen[value - low] = true }
    }
    return (low, seen)
  }
}
