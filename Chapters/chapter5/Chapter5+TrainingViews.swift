import MLPKit

// The blocks of the manual-loop sections (§5.2, §5.4, §5.5): training histories,
// probabilities, and predictions before and after decoding.

/// The epochs a history table shows: 0, 5, 10, 20, … and the last.
func shownEpochs(_ last: Int) -> [Int] {
  var epochs = [0, 5, 10].filter { $0 < last }
  var epoch = 20
  while epoch < last {
    epochs.append(epoch)
    epoch *= 2
  }
  return epochs + [last]
}

/// Loss, accuracy, the mean probability of column 0 and the argmax indices at a few
/// epochs of `history`.
func historyTable(_ history: [EpochRecord], _ title: String) throws -> Table {
  var table = try Table(
    title: title,
    columns: [
      Table.Column("epoch"), Table.Column("loss"), Table.Column("accuracy"),
      Table.Column("mean P(col 0)"), Table.Column("predicted (argmax)"),
    ])
  let last = history.count - 1
  for epoch in shownEpochs(last) where epoch >= 0 {
    let record = history[epoch]
    let columnZero = try record.probabilities.mean(dim: 0).element(0)
    try table.addRow([
      .integer(epoch), .number(record.loss), .number(record.accuracy), .number(columnZero),
      .text(record.predicted.values.description),
    ])
  }
  return table
}

/// The last epoch's argmax indices (empty for an empty history).
func finalPredictions(_ history: [EpochRecord]) -> LabelTensor {
  history.last?.predicted ?? LabelTensor([])
}

/// The last epoch's softmax for the first 4 samples, one column per output.
func finalProbabilitiesView(_ history: [EpochRecord], _ data: Dataset) throws -> AnnotatedView {
  guard let last = history.last else { return try Tensor.zeros([0, 0]).annotated("softmax") }
  let outputs = last.probabilities.columnCount
  return try last.probabilities.rows(0..<min(4, data.sampleCount)).annotated(
    "softmax after \(last.epoch) epochs, first 4 samples", rowLabel: { "sample \($0 + 1)" },
    columnLabels: (0..<outputs).map { "col \($0)" }, marker: { "label \(data.y[$0])" })
}

/// The fixed network's indices, decoded, against the labels of the file.
func decodedLines(_ encoder: LabelEncoder, _ predicted: LabelTensor, truth: [ClassLabel])
  throws -> String
{
  let decoded = try encoder.inverseTransform(predicted)  // [batch]: index i → classes[i]
  return aligned([
    ("predicted", "\(predicted)"),
    ("encoder.inverseTransform(predicted)", decoded.listDescription),
    ("accuracyScore(y, decoded)", try accuracyScore(truth, decoded).fixed(4)),
  ])
}

/// `after 60 epochs: training loss 0.0012, training accuracy 1.0000`.
func trainingLine(_ history: [EpochRecord]) -> String {
  guard let last = history.last else { return "no training" }
  return "after \(last.epoch) epochs: training loss \(last.loss.fixed(4)), "
    + "training accuracy \(last.accuracy.fixed(4))"
}

/// Which test samples were set aside, and the rest encoded.
func setAsideLines(_ test: Dataset, kept: Dataset, encoded: LabelTensor, known: [ClassLabel])
  -> String
{
  let unknown = test.y.indices.filter { !known.contains(test.y[$0]) }
  let names = unknown.map { test.y[$0] }
  let positions = unknown.map(String.init).joined(separator: ", ")
  return aligned([
    ("set aside", "\(names.listDescription) at positions \(positions)"),
    ("kept", kept.y.listDescription), ("encoded", "\(encoded)"),
  ])
}

/// The test labels over the network's argmax indices.
func indexLines(_ truth: [ClassLabel], _ predicted: LabelTensor) -> String {
  aligned([("yTest", truth.listDescription), ("predicted", "\(predicted)")])
}

/// The indices decoded into names, and their accuracy against the test labels.
func nameLines(_ truth: [ClassLabel], _ names: [ClassLabel]) throws -> String {
  aligned([
    ("names", names.listDescription),
    ("accuracyScore(yTest, names)", try accuracyScore(truth, names).fixed(4)),
  ])
}
