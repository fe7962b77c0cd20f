import MLPKit
import Testing

/// The classifier finds its classes and binarises its targets through a table for
/// small integer labels and through hashing otherwise: both must give sklearn's
/// `classes_` and the same fit.
struct ClassLabelShortcutTests {
  static func data(seed: UInt32) throws -> Tensor {
    var rng = RandomState(seed: seed)
    return try Tensor(shape: [60, 3], scalars: rng.normal(count: 180))
  }

  @Test func classesAreTheSortedDistinctLabels() throws {
    let x = try Self.data(seed: 1)
    let labelSets: [[ClassLabel]] = [
      (0..<60).map { .int($0 % 3) },
      (0..<60).map { .int([7, -4, 7, 12][$0 % 4]) },
      (0..<60).map { .int($0 % 2 == 0 ? -70_000 : 70_000) },  // too wide for the table
      (0..<60).map { .int($0 % 5 == 0 ? Int.max : Int.min) },
      (0..<60).map { .string(["b", "a", "c"][$0 % 3]) },
    ]
    for y in labelSets {
      let model = MLPClassifier(hiddenLayerSizes: [4], maxIter: 1, randomState: 0)
      model.warningSink = { _ in }
      try model.fit(x, y)
      #expect(model.classes == (try ClassLabel.sortedClasses(y)))
    }
  }

  @Test func tableAndHashingGiveTheSameFit() throws {
    let x = try Self.data(seed: 2)
    // {0, 1} uses the table, {0, 90000} hashing; both binarise to the same targets
    let near: [ClassLabel] = (0..<60).map { .int($0 % 3 == 0 ? 1 : 0) }
    let far: [ClassLabel] = (0..<60).map { .int($0 % 3 == 0 ? 90_000 : 0) }
    var fits: [[Double]] = []
    for y in [near, far] {
      let model = MLPClassifier(hiddenLayerSizes: [5], maxIter: 3, randomState: 4)
      model.warningSink = { _ in }
      try model.fit(x, y)
      fits.append(model.lossCurve + model.coefs.flatMap(\.scalars))
    }
    #expect(fits[0].map(\.bitPattern) == fits[1].map(\.bitPattern))
    // three or more classes: one-hot targets in the order of the sorted classes
    let three: [ClassLabel] = (0..<60).map { .int([2, 0, 1][$0 % 3]) }
    let threeFar: [ClassLabel] = (0..<60).map { .int([200_000, 0, 1][$0 % 3]) }
    var multi: [[Double]] = []
    for y in [three, threeFar] {
      let model = MLPClassifier(hiddenLayerSizes: [5], maxIter: 3, randomState: 4)
      model.warningSink = { _ in }
      try model.fit(x, y)
      multi.append(model.lossCurve + model.coefs.flatMap(\.scalars))
    }
    #expect(multi[0].map(\.bitPattern) == multi[1].map(\.bitPattern))
  }
}
