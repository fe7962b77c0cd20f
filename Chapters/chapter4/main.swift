// Chapter 4 — argmax and label encoding.
//
// The seed's explanation of `torch.argmax(test_logits, dim=1)`, run: the 3×2 logits,
// which column wins and why, dim 0 against dim 1, ties and NaN, softmax and sigmoid,
// then a three-class network on iris whose predicted indices LabelEncoder turns back
// into species names. Each section below is quoted whole by book.md; `Chapter4.swift`
// holds the options, and the `Chapter4+*.swift` files the printed layouts.
import ChapterSupport
import MLPKit

Chapter4.runAsChapter()

/// The chapter heading and what this run uses.
func introduction(_ settings: Settings) {
  Narrative.printChapter(4, "argmax and label encoding")
  let source = settings.logits == nil ? "the seed's test_logits" : "your --logits"
  Narrative.printParagraph(
    """
    A classifier's last layer gives one score per class; argmax turns each row of \
    scores into a class index, and LabelEncoder turns indices into names and back. \
    4.1–4.4 use \(source); 4.5 trains on iris with torch.manual_seed(\(settings.seed)) \
    for \(settings.epochs) epoch\(settings.epochs == 1 ? "" : "s").
    """)
  print()
}

// MARK: - 4.1 Logits
// Prints the logits exactly as PyTorch prints them, then laid out with their meaning:
// one row per sample, one column per class.
func logitsSection(_ settings: Settings) throws -> Tensor {
  Narrative.printSection("4.1", "Logits")
  // the seed's test_logits = torch.tensor([[2.1, 0.3], [-1.2, 3.4], [0.8, -0.5]]), or yours
  let testLogits = try settings.logits ?? Tensor(rows: [[2.1, 0.3], [-1.2, 3.4], [0.8, -0.5]])
  print("print(testLogits)\n\(testLogits)\n")
  let columns = Notes.classes(testLogits.columnCount)
  print(try testLogits.annotated("testLogits", rowLabel: Notes.sample, columnLabels: columns))
  let (samples, classes) = (testLogits.shape[0], testLogits.shape[1])
  print("dim 0 runs over the \(samples) samples (rows), dim 1 over the \(classes) classes.\n")
  return testLogits  // [samples, classes]
}

// MARK: - 4.2 argmax along a dimension
// Prints argmax(dim: 1), one class per sample with the reason beside each row, then
// argmax(dim: 0), one sample per class: the wrong dimension.
func argmaxAlongADimension(_ testLogits: Tensor) throws -> LabelTensor {
  Narrative.printSection("4.2", "argmax along a dimension")
  let yPred = try testLogits.argmax(dim: 1)  // [samples]: the best class of each row
  print("testLogits.argmax(dim: 1)      // torch.argmax(test_logits, dim=1)\n\(yPred)\n")
  let notes = try testLogits.rowArrays.map(Notes.winner)
  print(try Notes.annotated(testLogits, "testLogits", rowLabel: Notes.sample, notes: notes))

  let perClass = try testLogits.argmax(dim: 0)  // [classes]: the best sample of each column
  print("\ntestLogits.argmax(dim: 0)      // torch.argmax(test_logits, dim=0)\n\(perClass)")
  for (j, i) in perClass.values.enumerated() {
    let z = try testLogits.element(i, j).trimmed()
    print("  class \(j): its biggest logit, \(z), is in sample \(i)")
  }
  print(Notes.wrongDimension(testLogits.shape))
  let last = try testLogits.argmax(dim: -1)  // dim -1 counts from the end: dim 1 here
  print("dim -1 counts from the end, so here it is dim 1:")
  print("testLogits.argmax(dim: -1) = \(last)\n")
  return yPred
}

// MARK: - 4.3 Ties and NaN
// Prints argmax on rows with ties and NaN: the first index wins a tie, and NaN counts
// as bigger than every number (PyTorch's rule, and NumPy's).
func tiesAndNaN() throws {
  Narrative.printSection("4.3", "Ties and NaN")
  let nan = Double.nan
  let ties = try Tensor(rows: [[5, 5, 1], [0, 2, 2], [1, nan, 3], [nan, 0, nan]])  // [4, 3]
  let notes = try ties.rowArrays.map(Notes.winner)
  print(try Notes.annotated(ties, "ties", rowLabel: Notes.sample, notes: notes))
  print("ties.argmax(dim: 1) = \(try ties.argmax(dim: 1))")
  print("ties.argmax(dim: 0) = \(try ties.argmax(dim: 0))\n")

  let repeated = Tensor([1, 3, 3, 2])
  print("\(repeated).argmax() = \(try LabelTensor(index: repeated.argmax()))")
  let withNaN = Tensor([1, nan, 3])
  print("\(withNaN).argmax() = \(try LabelTensor(index: withNaN.argmax()))")
  let poisoned = try withNaN.softmax(dim: 0)  // one NaN makes the whole row NaN
  print("its softmax: \(poisoned), whose argmax is \(try LabelTensor(index: poisoned.argmax()))\n")
}

// MARK: - 4.4 Logits vs probabilities
// Prints softmax(dim: 1), its row sums and its argmax (the same classes); then, for a
// single output logit z, sigmoid(z) > 0.5 next to z > 0.
func logitsVersusProbabilities(_ testLogits: Tensor, predicted: LabelTensor) throws {
  Narrative.printSection("4.4", "Logits vs probabilities")
  let probabilities = try testLogits.softmax(dim: 1)  // [samples, classes]
  print("probabilities = testLogits.softmax(dim: 1)\n\(probabilities)")
  let sums = try probabilities.sum(dim: 1)  // [samples]: 1 for every row
  print(Narrative.wrap("row sums: " + sums.scalars.map { $0.fixed(4) }.joined(separator: ", ")))
  let fromProbabilities = try probabilities.argmax(dim: 1)  // [samples]
  let same = fromProbabilities == predicted ? "the same as" : "NOT the same as"
  print("probabilities.argmax(dim: 1)   // \(same) testLogits.argmax(dim: 1)")
  print(fromProbabilities)
  let close = Tensor([0, 1e-17])  // a gap softmax cannot keep: exp(-1e-17) rounds to 1
  let rounded = try close.softmax(dim: 0)  // a tie, so the first index wins
  print("\none exception, rounding: close = \(close)")
  print("close.argmax() = \(try LabelTensor(index: close.argmax()))")
  print("close.softmax(dim: 0) = \(rounded), argmax \(try LabelTensor(index: rounded.argmax()))\n")

  let z = Tensor([-2, -0.1, 0, 0.3, 4])  // [5]: one output logit per sample
  let p = Activation.logistic(z)  // P(class 1) = σ(z) = 1 / (1 + e^−z)
  let byP = LabelTensor(p.scalars.map { $0 > 0.5 ? 1 : 0 })  // class 1 where p > 0.5
  let byZ = LabelTensor(z.scalars.map { $0 > 0 ? 1 : 0 })  // class 1 where z > 0
  print("z           = \(z)\np = σ(z)    = \(p)")
  print("(p > 0.5)   = \(byP)\n(z > 0)     = \(byZ)\n")
}

// MARK: - 4.5 Three classes
// Trains the seed's network with 4 inputs and 3 outputs on iris, then prints the loss,
// a few test flowers' logits with predicted and true class, every prediction against
// the truth, the accuracy and the confusion matrix.
func threeClasses(seed: UInt64, epochs: Int) throws -> IrisResult {
  Narrative.printSection("4.5", "Three classes")
  let data = try IrisSplit.load()  // 120 train / 30 test flowers, 4 features, 3 species
  var generator = TorchGenerator(manualSeed: seed)  // torch.manual_seed(seed)
  let model = try Sequential([
    Linear(4, 10, generator: &generator), ReLU(),
    Linear(10, 10, generator: &generator), ReLU(),
    Linear(10, 3, generator: &generator),  // one logit per species
  ])
  let criterion = CrossEntropyLoss()
  let optimizer = try Adam(model.parameters, lr: 0.01)
  var losses: [Double] = []
  for _ in 0..<epochs {
    let loss = try criterion(try model(data.xTrain), data.yTrain)  // forward: [120, 3] → loss
    optimizer.zeroGrad()
    try model.backward(loss)  // backward
    try optimizer.step()  // update
    losses.append(loss.value)
  }
  let testLogits = try model(data.xTest)  // [30, 3]
  let yPred = try testLogits.argmax(dim: 1)  // [30]: a class index per flower
  let run = IrisResult(data: data, testLogits: testLogits, yPred: yPred)
  try showPredictions(run, losses: losses)
  return run
}

// MARK: - 4.6 LabelEncoder
// Prints a round trip from names to indices and back, the seed's y = [1, 2], 4.5's
// predictions as species names, and the seed's summary table in Swift terms.
func labelEncoderSection(_ iris: IrisResult) throws {
  Narrative.printSection("4.6", "LabelEncoder")
  let names: [ClassLabel] = ["versicolor", "setosa", "virginica", "setosa", "virginica"]
  var encoder = LabelEncoder()
  let codes = try encoder.fitTransform(names)  // [5]: each name's index in classes
  let back = try encoder.inverseTransform(codes)  // [5]: the names again
  print("names = \(Notes.swiftArray(names))")
  print("encoder.classes = \(Notes.swiftArray(encoder.classes))   (sorted)")
  print("codes = encoder.fitTransform(names) = \(codes)")
  print("encoder.inverseTransform(codes) == names: \(back == names)")
  var seedEncoder = LabelEncoder()
  let seedCodes = try seedEncoder.fitTransform([1, 2])  // the seed's labels that are not 0…C−1
  print("the seed's y = [1, 2]: classes [1, 2], codes \(seedCodes)\n")

  let species = try iris.data.encoder.inverseTransform(iris.yPred)  // [30] names
  print("iris: encoder.classes = \(Notes.swiftArray(iris.data.encoder.classes))")
  print(try predictionTable(iris, species: species))
  print(try summaryTable(iris, species: species))
}
