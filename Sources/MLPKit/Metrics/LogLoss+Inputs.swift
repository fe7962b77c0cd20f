/// The checks `logLoss` makes before computing, in sklearn's order and, where they
/// are clear, in sklearn's words.
enum LogLossInputs {
  /// `yProba` is `[samples]` or `[samples, classes]`, non-empty, finite, within
  /// `[0, 1]`, with one row per sample.
  static func checkProbabilities(_ yProba: Tensor, sampleCount: Int) throws {
    guard yProba.rank == 1 || yProba.rank == 2 else {
      throw ShapeError(
        operation: "logLoss", shapes: [yProba.shape],
        reason: "yProba must be [samples] or [samples, classes]")
    }
    guard yProba.shape[0] >= 1, yProba.count >= 1 else {
      throw ShapeError(
        operation: "logLoss", shapes: [yProba.shape],
        reason: "found an empty yProba while a minimum of 1 sample and 1 column is required")
    }
    let columns = yProba.columnCount
    func position(_ index: Int) -> String {
      yProba.rank == 1 ? "position \(index)" : "row \(index / columns), column \(index % columns)"
    }
    if let bad = yProba.scalars.firstIndex(where: { !$0.isFinite }) {
      throw DataError(
        "logLoss: yProba contains \(yProba.scalars[bad]) at \(position(bad)); "
          + "probabilities must be finite numbers in [0, 1]")
    }
    if let top = yProba.scalars.indices.max(by: { yProba.scalars[$0] < yProba.scalars[$1] }),
      yProba.scalars[top] > 1
    {
      throw ParameterError(
        parameter: "yProba", expected: "probabilities in [0, 1]",
        got: "values greater than 1: \(yProba.scalars[top]) at \(position(top))")
    }
    if let bottom = yProba.scalars.indices.min(by: { yProba.scalars[$0] < yProba.scalars[$1] }),
      yProba.scalars[bottom] < 0
    {
      throw ParameterError(
        parameter: "yProba", expected: "probabilities in [0, 1]",
        got: "values lower than 0: \(yProba.scalars[bottom]) at \(position(bottom))")
    }
    guard yProba.shape[0] == sampleCount else {
      throw ShapeError(
        operation: "logLoss", shapes: [[sampleCount], yProba.shape],
        reason: "yTrue has \(sampleCount) samples but yProba has \(yProba.shape[0]) rows")
    }
  }

  /// The classes the columns of `yProba` stand for: `labels` sorted, or the sorted
  /// labels of `yTrue`; at least two of them.
  static func classes(
    of yTrue: [ClassLabel], labels: [ClassLabel]?, warn: (String) -> Void
  ) throws -> [ClassLabel] {
    guard let labels else {
      let classes = try ClassLabel.sortedClasses(yTrue)
      guard classes.count >= 2 else {
        throw LabelError(
          "logLoss: y_true contains only one label (\(classes.first?.description ?? "")). "
            + "Please provide the list of all expected class labels explicitly through the "
            + "labels argument.")
      }
      return classes
    }
    let classes = try ClassLabel.sortedClasses(labels)
    if classes != labels {
      warn(
        "Labels passed were \(ClassLabel.listed(labels)). But this function assumes labels "
          + "are ordered lexicographically. Pass the ordered labels=\(ClassLabel.listed(classes)) "
          + "and ensure that the columns of y_prob correspond to this ordering.")
    }
    let known = Set(classes)
    let undeclared = ClassLabel.distinctInOrder(yTrue.filter { !known.contains($0) })
    guard undeclared.isEmpty else {
      throw LabelError(
        "logLoss: y_true contains values \(ClassLabel.listed(undeclared)) not belonging to "
          + "the passed labels \(ClassLabel.listed(labels)).")
    }
    guard classes.count >= 2 else {
      throw ParameterError(
        parameter: "labels", expected: "at least two labels", got: ClassLabel.listed(classes))
    }
    return classes
  }
}
