extension MLPClassifier {
  /// sklearn's `_validate_input` label rules: a cold `fit` takes the classes of `y`;
  /// otherwise `y` must fit the known (or declared) classes.
  func resolveClasses(_ y: [ClassLabel], incremental: Bool, declared: [ClassLabel]?) throws
    -> [ClassLabel]
  {
    let found = try MLPClassifier.sortedClasses(of: y)
    if !incremental && (classes.isEmpty || !warmStart) { return found }
    let known = declared ?? classes
    if warmStart {
      guard Set(found) == Set(known) else {
        throw LabelError(
          "warmStart can only be used where y has the same classes as in the previous call to fit: "
            + "previously \(MLPClassifier.list(known)), y has \(MLPClassifier.list(found))")
      }
    } else {
      let unseen = found.filter { !known.contains($0) }
      if let first = unseen.first, let position = y.firstIndex(of: first) {
        throw LabelError(
          "y has classes not in classes: \(MLPClassifier.list(unseen)) (first at position \(position)); "
            + "classes are \(MLPClassifier.list(known))")
      }
    }
    return known
  }

  /// `x` as `(rows, columns)` after checking it is a finite, non-empty 2-D tensor.
  func checkInput(_ x: Tensor, operation: String) throws -> (Int, Int) {
    guard x.rank == 2 else {
      throw ShapeError(
        operation: operation, shapes: [x.shape],
        reason: "x must be 2-D [samples, features]; write one sample as [1, features]")
    }
    let (rows, columns) = (x.shape[0], x.shape[1])
    guard rows >= 1, columns >= 1 else {
      throw ShapeError(
        operation: operation, shapes: [x.shape],
        reason: "at least 1 sample and 1 feature are required")
    }
    if let bad = x.scalars.firstIndex(where: { !$0.isFinite }) {
      let kind = x.scalars[bad].isNaN ? "NaN" : "infinity"
      throw DataError(
        "\(operation): x contains \(kind) at row \(bad / columns), column \(bad % columns); "
          + "remove or impute it first")
    }
    return (rows, columns)
  }

  /// sklearn's feature-count check against the fitted model.
  func checkFeatures(_ features: Int, operation: String) throws {
    guard let expected = nFeaturesIn, features != expected else { return }
    throw ShapeError(
      operation: operation, shapes: [[features], [expected]],
      reason:
        "x has \(features) features, but MLPClassifier is expecting \(expected) features as input")
  }

  /// `[a, b, c]` for messages.
  static func list(_ labels: [ClassLabel]) -> String {
    "[" + labels.map(\.description).joined(separator: ", ") + "]"
  }
}
