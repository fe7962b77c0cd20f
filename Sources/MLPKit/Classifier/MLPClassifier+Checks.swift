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

  /// The sizes a first pass will allocate, checked before anything is allocated: the
  /// weights of `units` and the `[samples, outputs]` targets, each at most
  /// `Tensor.maxElementCount` values, so a mistyped hidden size or a label column of
  /// unique values fails with a message instead of exhausting memory.
  func checkSizes(units: [Int], samples n: Int, classCount: Int, operation: String) throws {
    var weights = 0
    var overflow = false
    for i in 0..<(units.count - 1) where !overflow {
      // [fanIn, fanOut] weights and fanOut intercepts
      let (w, o1) = units[i].addingReportingOverflow(1)
      let (layer, o2) = w.multipliedReportingOverflow(by: units[i + 1])
      let (sum, o3) = weights.addingReportingOverflow(layer)
      (weights, overflow) = (sum, o1 || o2 || o3)
    }
    guard !overflow, weights <= Tensor.maxElementCount else {
      throw ParameterError(
        parameter: "hiddenLayerSizes",
        expected: "small enough for a network of at most \(Tensor.maxElementCount) weights",
        got: "\(hiddenLayerSizes), which with \(units[0]) features and \(units[units.count - 1]) "
          + "output\(units[units.count - 1] == 1 ? "" : "s") needs "
          + (overflow ? "more than \(Int.max)" : "\(weights)"))
    }
    let outputs = units[units.count - 1]
    let (targets, tooMany) = n.multipliedReportingOverflow(by: outputs)
    guard !tooMany, targets <= Tensor.maxElementCount else {
      throw LabelError(
        "\(operation): y holds \(classCount) distinct labels for \(n) samples, so the one-hot "
          + "targets [\(n), \(outputs)] would hold more than \(Tensor.maxElementCount) values; "
          + "is y really a column of class labels?")
    }
  }

  /// The early-stopping split's conditions, checked before the first pass changes the
  /// model, in `validationFraction`'s terms (the split itself runs in `fitStochastic`
  /// with sklearn's draws): a non-empty training part, at least 2 validation samples,
  /// and, when stratified (one output), at least 2 samples of every class and one of
  /// each class on both sides.
  func checkValidationSplit(_ y: [ClassLabel], classes: [ClassLabel], outputs: Int) throws {
    let n = y.count
    let f = validationFraction
    let held = Int((f * Double(n)).rounded(.up))
    let got = "\(f), which holds out \(held) of \(n) samples"
    guard n - held >= 1 else {
      throw ParameterError(
        parameter: "validationFraction",
        expected: "small enough to leave at least 1 training sample (earlyStopping)", got: got)
    }
    if outputs == 1 && classes.count == 2 {
      let counts = classes.map { c in y.count(where: { $0 == c }) }
      if let fewest = counts.min(), fewest < 2, let c = counts.firstIndex(of: fewest) {
        throw LabelError(
          "fit with earlyStopping: the validation split is stratified (sklearn's "
            + "train_test_split(stratify=y)) and needs at least 2 samples of every class; "
            + "class \(classes[c]) has only \(fewest)")
      }
      guard held >= 2 else {
        throw ParameterError(
          parameter: "validationFraction",
          expected:
            "large enough to hold out at least the number of classes = 2 samples "
            + "(earlyStopping's validation split is stratified)",
          got: got)
      }
      guard n - held >= 2 else {
        throw ParameterError(
          parameter: "validationFraction",
          expected:
            "small enough to leave at least the number of classes = 2 samples for training "
            + "(earlyStopping's validation split is stratified)",
          got: got)
      }
    }
    guard held >= 2 else {
      throw ParameterError(
        parameter: "validationFraction",
        expected:
          "large enough for a validation set of at least 2 samples (increase it or the data)",
        got: got)
    }
  }

  /// `[a, b, c]` for messages.
  static func list(_ labels: [ClassLabel]) -> String {
    "[" + labels.map(\.description).joined(separator: ", ") + "]"
  }
}
