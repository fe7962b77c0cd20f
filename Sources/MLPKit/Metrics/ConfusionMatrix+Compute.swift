/// Counts true against predicted labels, as sklearn's `confusion_matrix`.
///
/// The rows and columns follow `labels` when given (samples whose true or
/// predicted label is not among them are left out), otherwise the sorted union of
/// the labels in `yTrue` and `yPred`. `[samples]` labels → `[classes, classes]` counts.
/// A 1×1 result warns, as sklearn does, that the other classes are missing.
/// Introduced in §2.7.
/// - Throws: `ShapeError` when the lengths differ or are 0; `ParameterError` for an
///   empty or repeating `labels`; `LabelError` for mixed label kinds or when no
///   label of `labels` occurs in `yTrue`.
public func confusionMatrix(
  _ yTrue: [ClassLabel], _ yPred: [ClassLabel], labels: [ClassLabel]? = nil,
  warn: (String) -> Void = printWarningOnStandardError
) throws -> ConfusionMatrix {
  let present = try MetricInputs.check(yTrue, yPred, operation: "confusionMatrix")
  let order = labels ?? present
  if let labels {
    try MetricInputs.check(labels: labels, present: present, operation: "confusionMatrix")
    guard yTrue.contains(where: labels.contains) else {
      throw LabelError(
        "confusionMatrix: at least one label specified must be in y_true; labels "
          + "\(ClassLabel.listed(labels)) but yTrue holds \(ClassLabel.listed(try ClassLabel.sortedClasses(yTrue)))"
      )
    }
  }
  let index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
  var counts = [[Int]](repeating: [Int](repeating: 0, count: order.count), count: order.count)
  for (t, p) in zip(yTrue, yPred) {
    // a sample counts only when both its labels are among the rows and columns
    guard let i = index[t], let j = index[p] else { continue }
    counts[i][j] += 1
  }
  if order.count == 1 {
    warn(
      "A single label was found in 'y_true' and 'y_pred'. For the confusion matrix to have "
        + "the correct shape, use the 'labels' parameter to pass all known labels.")
  }
  return try ConfusionMatrix(labels: order, counts: counts)
}

/// `confusionMatrix` for class-index tensors.
/// - Throws: as above, and `ShapeError` for tensors that are not 1-D.
public func confusionMatrix(
  _ yTrue: LabelTensor, _ yPred: LabelTensor, labels: [ClassLabel]? = nil,
  warn: (String) -> Void = printWarningOnStandardError
) throws -> ConfusionMatrix {
  try confusionMatrix(
    MetricInputs.classLabels(yTrue, name: "yTrue", operation: "confusionMatrix"),
    MetricInputs.classLabels(yPred, name: "yPred", operation: "confusionMatrix"),
    labels: labels, warn: warn)
}
