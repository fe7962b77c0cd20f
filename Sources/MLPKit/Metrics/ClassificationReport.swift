/// A text report of precision, recall, F1 and support per class and averaged, in
/// sklearn's `classification_report` layout, character for character.
///
/// One row per class (named by `targetNames` or by the labels), then `accuracy`
/// (only F1 and support; shown as `micro avg` with all four columns when `labels`
/// leaves out a class of the data), `macro avg` and `weighted avg`. The name column
/// is as wide as the longest name, `"weighted avg"` or `digits`, whichever is widest;
/// every number column is 9 wide, scores printed with `digits` decimals. Ill-defined
/// scores are 0.00 and are reported through `warn`, each message once. Introduced in
/// §2.7.
/// - Throws: `ShapeError` when the lengths differ or are 0; `ParameterError` for a
///   `digits` outside 0...2³¹ − 1, an empty or repeating `labels`, or `targetNames` whose count
///   is not the number of classes; `LabelError` for mixed label kinds.
public func classificationReport(
  _ yTrue: [ClassLabel], _ yPred: [ClassLabel], labels: [ClassLabel]? = nil,
  targetNames: [String]? = nil, digits: Int = 2,
  warn: (String) -> Void = printWarningOnStandardError
) throws -> String {
  guard digits >= 0 else {
    throw ParameterError(parameter: "digits", expected: "an integer >= 0", got: "\(digits)")
  }
  // Python's format() refuses a precision above INT_MAX ("precision too big")
  guard digits <= Int32.max else {
    throw ParameterError(
      parameter: "digits", expected: "an integer in 0...\(Int32.max)", got: "\(digits)")
  }
  let scores = try classificationScores(
    yTrue, yPred, labels: labels, operation: "classificationReport")
  let names = targetNames ?? scores.labels.map(\.description)
  guard names.count == scores.labels.count else {
    throw ParameterError(
      parameter: "targetNames",
      expected: "one name per class (\(scores.labels.count): \(ClassLabel.listed(scores.labels)))"
        + (labels == nil ? "; to name only some classes, pass labels as well" : ""),
      got: "\(names.count) names")
  }
  // the micro average is the accuracy when every class of the data is reported
  let reported = Set(scores.labels)
  let microIsAccuracy = (yTrue + yPred).allSatisfy(reported.contains)

  // sklearn warns from each of its four passes (per class, micro, macro, weighted),
  // so the per-class messages come three times; a Python session shows each
  // message once, and so do we, in the order sklearn first gives them
  var warned = ClassificationScores.warnings(
    truePositives: scores.truePositives, predicted: scores.predictedCounts,
    support: scores.support, pooled: false)
  let pooled = ClassificationScores.warnings(
    truePositives: [scores.truePositives.reduce(0, +)],
    predicted: [scores.predictedCounts.reduce(0, +)], support: [scores.support.reduce(0, +)],
    pooled: true)
  warned += pooled.filter { !warned.contains($0) }
  warned.forEach(warn)

  let width = max(names.map(\.unicodeScalars.count).max() ?? 0, "weighted avg".count, digits)
  func name(_ text: String) -> String { PythonFormatting.rightAligned(text, width: width) + " " }
  func number(_ value: Double) -> String {
    " " + PythonFormatting.rightAligned(value.fixed(digits), width: 9)
  }
  // with no correct prediction at all, sklearn counts in floats (the "pathological
  // case" of its multilabel_confusion_matrix), and its supports print as 2.0
  let floatCounts = !zip(yTrue, yPred).contains(where: ==)
  func count(_ value: Int) -> String {
    " " + PythonFormatting.rightAligned(floatCounts ? "\(value).0" : "\(value)", width: 9)
  }
  func row(_ heading: String, _ p: Double, _ r: Double, _ f: Double, _ s: Int) -> String {
    name(heading) + number(p) + number(r) + number(f) + count(s) + "\n"
  }

  var report = name("")
  for header in ["precision", "recall", "f1-score", "support"] {
    report += " " + PythonFormatting.rightAligned(header, width: 9)
  }
  report += "\n\n"
  for c in scores.labels.indices {
    report += row(
      names[c], scores.precision[c], scores.recall[c], scores.f1Score[c], scores.support[c])
  }
  report += "\n"
  let micro = scores.microAverage
  if microIsAccuracy {
    let blank = " " + String(repeating: " ", count: 9)
    report += name("accuracy") + blank + blank + number(micro.f1Score) + count(micro.support) + "\n"
  } else {
    report += row("micro avg", micro.precision, micro.recall, micro.f1Score, micro.support)
  }
  for (heading, average) in [
    ("macro avg", scores.macroAverage), ("weighted avg", scores.weightedAverage),
  ] {
    report += row(heading, average.precision, average.recall, average.f1Score, average.support)
  }
  return report
}

/// `classificationReport` for class-index tensors.
/// - Throws: as above, and `ShapeError` for tensors that are not 1-D.
public func classificationReport(
  _ yTrue: LabelTensor, _ yPred: LabelTensor, labels: [ClassLabel]? = nil,
  targetNames: [String]? = nil, digits: Int = 2,
  warn: (String) -> Void = printWarningOnStandardError
) throws -> String {
  try classificationReport(
    MetricInputs.classLabels(yTrue, name: "yTrue", operation: "classificationReport"),
    MetricInputs.classLabels(yPred, name: "yPred", operation: "classificationReport"),
    labels: labels, targetNames: targetNames, digits: digits, warn: warn)
}
