import MLPKit

extension Notes {
  /// What `argmax(dim: 0)` on `[samples, classes]` logits means, and why it is a bug.
  static func wrongDimension(_ shape: [Int]) -> String {
    let (samples, classes) = (shape[0], shape[1])
    let text =
      samples == classes
      ? """
      Here there are as many samples as classes, so dim 0 even has the right shape: \
      the bug would go unnoticed. Predictions need dim 1.
      """
      : """
      That is \(classes) numbers, one per class, for \(samples) \
      sample\(samples == 1 ? "" : "s"): not predictions. Predictions need dim 1.
      """
    return Narrative.wrap(text)
  }
}

extension LabelTensor {
  /// A 0-D index, as `torch.argmax(x)` returns it: prints as `tensor(1)`.
  init(index: Int) throws {
    try self.init(shape: [], values: [index])
  }
}

/// §4.6: the rows §4.5 showed, with their indices turned back into species names.
func predictionTable(_ run: IrisResult, species: [ClassLabel]) throws -> Table {
  let truth = try run.data.encoder.inverseTransform(run.data.yTest)  // [30] names
  var table = try Table(
    title: "species = encoder.inverseTransform(yPred)",
    columns: [
      Table.Column("sample"), Table.Column("yPred"), Table.Column("species"),
      Table.Column("true species"), Table.Column("right"),
    ])
  for i in run.shownRows {
    try table.addRow([
      .integer(i), .integer(run.yPred.values[i]), .text(species[i].description),
      .text(truth[i].description), .text(Notes.tick(run.isRight(i))),
    ])
  }
  return table
}

/// §4.6: the seed's summary table ("Component | Representation | Example"), in Swift
/// terms, with this run's first test flower as the example.
func summaryTable(_ run: IrisResult, species: [ClassLabel]) throws -> Table {
  let logits = try run.testLogits.row(0).scalars.map { $0.fixed(2) }  // sample 0's 3 logits
  let k = run.yPred.values[0]
  let rows: [[Table.Cell]] = [
    [
      "model output: testLogits", "Tensor [batch, classes]",
      .text("[\(logits.joined(separator: ", "))]"),
    ],
    ["label: yTest", "class index, LabelTensor", .text("\(run.data.yTest.values[0])")],
    ["testLogits.argmax(dim: 1)", "predicted index, LabelTensor", .text("\(k)")],
    ["encoder.inverseTransform", "index → name (ClassLabel)", .text(species[0].description)],
    ["relationship", "k = column k = classes[k]", "✔"],
  ]
  return try Table(
    title: "\nThe seed's summary, in Swift (example: test sample 0)",
    columns: [Table.Column("component"), Table.Column("representation"), Table.Column("example")],
    rows: rows)
}
