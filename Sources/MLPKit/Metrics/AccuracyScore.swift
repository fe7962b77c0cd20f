/// The fraction of samples whose predicted label equals the true label, as
/// sklearn's `accuracy_score`.
///
/// `accuracy = (1/n) Σᵢ [yTrueᵢ = yPredᵢ]` over `[samples]` labels; with
/// `normalize: false`, the count of correct predictions instead (as a `Double`, as
/// sklearn returns it). Introduced in §2.3.
/// - Throws: `ShapeError` when the lengths differ or are 0; `LabelError` when the
///   labels mix numbers and names.
public func accuracyScore(
  _ yTrue: [ClassLabel], _ yPred: [ClassLabel], normalize: Bool = true
) throws -> Double {
  _ = try MetricInputs.check(yTrue, yPred, operation: "accuracyScore")
  let correct = zip(yTrue, yPred).count(where: { $0 == $1 })
  return normalize ? Double(correct) / Double(yTrue.count) : Double(correct)
}

/// `accuracyScore` for class-index tensors, e.g. `argmax(dim: 1)` against the targets.
/// - Throws: as above, and `ShapeError` for tensors that are not 1-D.
public func accuracyScore(
  _ yTrue: LabelTensor, _ yPred: LabelTensor, normalize: Bool = true
) throws -> Double {
  for (y, name) in [(yTrue, "yTrue"), (yPred, "yPred")] where y.rank != 1 {
    throw ShapeError(
      operation: "accuracyScore", shapes: [y.shape],
      reason: "\(name) must be a 1-D tensor of labels")
  }
  // integers on both sides: the checks of the general form reduce to the counts
  guard yTrue.count == yPred.count, yTrue.count > 0 else {
    return try accuracyScore(yTrue.classLabels, yPred.classLabels, normalize: normalize)
  }
  let correct = zip(yTrue.values, yPred.values).count(where: { $0 == $1 })
  return normalize ? Double(correct) / Double(yTrue.count) : Double(correct)
}
