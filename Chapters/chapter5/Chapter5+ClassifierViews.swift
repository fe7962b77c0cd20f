import ChapterSupport
import MLPKit

// The blocks of the sklearn sections (§5.6, §5.7): what fit learnt about the labels,
// and predictProba's columns named by the classes.

/// `[2, 8], [8, 1]`: shapes as PyTorch lists them.
func shapeList(_ tensors: [Tensor]) -> String {
  tensors.map { shapeText($0.shape) }.joined(separator: ", ")
}

/// What `fit` decided from the labels: the classes, the output layer, the epochs.
func fittedLines(_ clf: MLPClassifier) -> String {
  let activation = clf.outActivation?.rawValue ?? "none"
  return "classes   \(clf.classes.listDescription)\n"
    + "nOutputs  \(clf.nOutputs) (\(activation))   coefs \(shapeList(clf.coefs))   "
    + "nIter \(clf.nIter)"
}

/// `predict → 'dog', true 'cat'`: a row's prediction and its true label.
func predictionNote(_ predicted: ClassLabel, truth: ClassLabel) -> String {
  "predict → \(predicted.quotedDescription), true \(truth.quotedDescription)"
}

/// The row label of test sample `i`.
func testSample(_ i: Int) -> String { "test \(i + 1)" }

/// `predictProba` with one column per class, and `predict` beside each row.
func probabilitiesView(_ clf: MLPClassifier, _ test: Dataset) throws -> AnnotatedView {
  let proba = try clf.predictProba(test.x)  // [samples, classes]
  let predicted = try clf.predict(test.x)  // [samples], the user's labels
  return try proba.annotated(
    "predictProba(xTest)", rowLabel: testSample,
    columnLabels: clf.classes.map(\.quotedDescription),
    marker: { predictionNote(predicted[$0], truth: test.y[$0]) }
  )
}

/// The model fitted on codes against the one fitted on names: same numbers, other
/// names, as long as the codes sort in the same order as the names.
func sameModelLines(_ coded: MLPClassifier, _ named: MLPClassifier, _ test: Dataset) throws
  -> String
{
  let codes = named.classes.map { speciesCodes[$0] ?? $0 }
  let pairs = zip(named.classes, codes).map { "\($0) → \($1)" }.joined(separator: ", ")
  let order = codes == coded.classes ? "sorted as the names are" : "sorted in another order"
  let same = try coded.predictProba(test.x) == named.predictProba(test.x)
  return "fit on the codes \(pairs) (\(order)):\n"
    + aligned([
      ("classes", coded.classes.listDescription), ("nIter", "\(coded.nIter)"),
      ("predict(xTest)", try coded.predict(test.x).listDescription),
      ("predictProba(xTest)", same ? "the same numbers as above" : "different numbers"),
    ])
}

/// The single output `p` by hand beside `predictProba`'s two columns and `predict`.
func binaryTable(_ p: Tensor, _ clf: MLPClassifier, _ test: Dataset) throws -> Table {
  let proba = try clf.predictProba(test.x)  // [samples, 2]
  let predicted = try clf.predict(test.x)
  let names = clf.classes.map(\.quotedDescription)
  var table = try Table(
    title: "predictProba = [1 − p, p], columns in classes order",
    columns: [
      Table.Column("sample"), Table.Column("p = σ(z)"),
      Table.Column("P(\(names.first ?? "?"))"), Table.Column("P(\(names.last ?? "?"))"),
      Table.Column("predict"), Table.Column("true"),
    ])
  for i in 0..<test.sampleCount {
    try table.addRow([
      .text(testSample(i)), .number(p.element(i, 0)), .number(proba.element(i, 0)),
      .number(proba.element(i, 1)), .text(predicted[i].quotedDescription),
      .text(test.y[i].quotedDescription),
    ])
  }
  return table
}

/// `predictProba` of a model that saw one class: two columns, the second naming nothing.
func singleClassView(_ clf: MLPClassifier, _ test: Dataset) throws -> AnnotatedView {
  let proba = try clf.predictProba(test.x)  // [samples, 2] for 1 class
  let predicted = try clf.predict(test.x)
  let names = clf.classes.map(\.quotedDescription) + ["(no class)"]
  return try proba.annotated(
    "predictProba(xTest)", rowLabel: testSample, columnLabels: Array(names.prefix(2)),
    marker: { predictionNote(predicted[$0], truth: test.y[$0]) }
  )
}

/// The fix for one class: count the classes before fitting.
func classCountCheck(_ classes: [ClassLabel]) -> String {
  let verdict =
    classes.count < 2
    ? "too few: a classifier needs at least 2 classes; fix the data or the split"
    : "enough to fit"
  return Narrative.wrap(
    "check before fit: \(classes.count) class\(classes.count == 1 ? "" : "es") "
      + "\(classes.listDescription) → \(verdict)")
}
