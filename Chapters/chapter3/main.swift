// Chapter 3 — the manual loop (PyTorch style).
//
// The seed's PyTorch example, translated line by line: make_moons, an 80/20 split,
// standard scaling, a 2-10-10-2 ReLU network, cross-entropy and Adam, 50 full-batch
// epochs. Steps 0–4 are printed in detail, and they ARE epoch 1: the training loop in
// §3.6 carries on from the weights that Step 4 produced. Each section below is quoted
// whole by book.md; the blocks they print are built in the Chapter3+*Views.swift files.
import ChapterSupport
import MLPKit

Chapter3.runAsChapter()

/// The chapter heading and what this run does.
func introduction(_ settings: Settings) {
  Narrative.printChapter(3, "The manual loop (PyTorch style)")
  Narrative.printParagraph(
    """
    The seed's PyTorch loop in Swift: model seed \(settings.seed) (torch.manual_seed), \
    Adam with lr \(settings.lr), \(settings.epochs) full-batch epochs. Steps 0–4 show \
    epoch 1 in detail; the training loop then runs every epoch.
    """)
  print()
}

// MARK: - 3.1 Step 0: the data
// Prints the four shapes, the scaler's statistics and the first 5 scaled training rows.
func theData() throws -> MoonsSplit {
  Narrative.printSection("3.1", "Step 0: the data")
  Narrative.explain(
    """
    1000 points on two interleaving half moons, split 80/20, then scaled with the \
    training part's mean and standard deviation (the test part uses the same ones).
    """)
  let moons = try makeMoons(1000, noise: 0.2, randomState: 42)
  let split = try trainTestSplit(moons.x, moons.y, testSize: 0.2, randomState: 42)
  var scaler = StandardScaler()
  let xTrain = try scaler.fitTransform(split.xTrain)  // [800, 2]
  let xTest = try scaler.transform(split.xTest)  // [200, 2]
  let yTrain = try LabelTensor(classLabels: split.yTrain)  // [800], class indices 0 and 1
  let yTest = try LabelTensor(classLabels: split.yTest)  // [200]
  let data = MoonsSplit(xTrain: xTrain, yTrain: yTrain, xTest: xTest, yTest: yTest)

  Narrative.show(data.shapes + "\n" + scalerLine(scaler))
  Narrative.show(try firstRowsView(xTrain, yTrain))
  return data
}

// MARK: - 3.2 Step 1: the model
// Prints print(model), the 162 parameters, and hidden1's starting weights and biases.
func theModel(seed: UInt64, lr: Double) throws -> Training {
  Narrative.printSection("3.2", "Step 1: the model")
  Narrative.explain(
    """
    2 inputs → 10 → 10 → 2 logits, with ReLU between the layers. \
    torch.manual_seed(\(seed)) fixes the random starting weights, drawn as \
    nn.Linear draws them.
    """)
  var generator = TorchGenerator(manualSeed: seed)  // torch.manual_seed(seed)
  let hidden1 = try Linear(2, 10, generator: &generator)  // input → hidden1
  let model = try Sequential(
    name: "MLPClassifier",
    [
      ("hidden1", hidden1), ("relu1", ReLU()),
      ("hidden2", try Linear(10, 10, generator: &generator)), ("relu2", ReLU()),
      ("output", try Linear(10, 2, generator: &generator)),  // 2 classes
    ])
  let criterion = CrossEntropyLoss()
  let optimizer = try Adam(model.parameters, lr: lr)

  Narrative.show(model)
  Narrative.show(try parameterTable(model))
  Narrative.show(try weightsView(hidden1))
  Narrative.show("criterion = \(criterion)\noptimizer = \(describe(optimizer))")
  return Training(model: model, hidden1: hidden1, criterion: criterion, optimizer: optimizer)
}

// MARK: - 3.3 Step 2: forward pass and loss
// Prints the logits of 5 training samples, their probabilities, and the loss.
func forwardPassAndLoss(_ t: Training, _ data: MoonsSplit) throws -> LossValue {
  Narrative.printSection("3.3", "Step 2: forward pass and loss")
  Narrative.explain(
    """
    The model turns each sample into two logits, one raw score per class. Softmax \
    makes them probabilities; the loss is −log of the true class's probability, \
    averaged over the 800 training samples.
    """)
  let logits = try t.model(data.xTrain)  // [800, 2]
  let loss = try t.criterion(logits, data.yTrain)

  let probabilities = try logits.softmax(dim: 1)  // [800, 2], each row sums to 1
  Narrative.show(try logitsView(logits, data.yTrain))
  Narrative.show(try probabilitiesView(probabilities, data.yTrain))
  print("print(loss)  →  \(loss)")
  let byHand = try meanNegativeLogLikelihood(probabilities, data.yTrain)
  Narrative.show(
    "by hand: the mean of −log p(true class) over all 800 samples = \(byHand.fixed(4))")
  return loss
}

// MARK: - 3.4 Step 3: backward pass
// Prints that the gradients start empty, every parameter's gradient after backward(),
// then hidden1.weight.gradient in full.
func backwardPass(_ t: Training, _ data: MoonsSplit, _ loss: LossValue) throws {
  Narrative.printSection("3.4", "Step 3: backward pass")
  Narrative.explain(
    """
    backward() applies the chain rule from the loss back to every weight: ∂L/∂W says \
    how the loss changes when W grows a little. It adds to what is there, so the old \
    gradients are cleared first.
    """)
  t.optimizer.zeroGrad()  // every gradient becomes nil (PyTorch's set_to_none=True)
  print("optimizer.zeroGrad()               " + gradientState(t.hidden1))
  try loss.backward(through: t.model)  // fills the gradient of all 6 parameters
  Narrative.show("try loss.backward(through: model)  " + gradientState(t.hidden1))

  Narrative.show(try gradientTable(t.model))
  let dead = try deadNeurons(t.hidden1, data.xTrain)
  Narrative.show(try gradientView(t.hidden1, dead: dead))
  if let note = deadNeuronNote(dead, samples: data.xTrain.rowCount) { Narrative.explain(note) }
}

// MARK: - 3.5 Step 4: the update
// Prints hidden1.weight before and after optimizer.step() with the change Δ, and how
// far Adam's first step moved each of the 162 numbers.
func theUpdate(_ t: Training, lr: Double) throws {
  Narrative.printSection("3.5", "Step 4: the update")
  Narrative.explain(
    """
    step() moves every weight against its gradient. Adam divides each step by the \
    gradient's running size, so on its first step every weight moves by almost exactly lr.
    """)
  let before = t.model.parameters.map(\.value)  // a copy: Tensor is a value type
  let gradients = t.model.parameters.map(\.gradient)
  try t.optimizer.step()  // update

  Narrative.show(try updateTable(before: before[0], after: t.hidden1.weight.value))
  Narrative.show(firstStepSummary(before, gradients, t.model.parameters, lr: lr))
}

// MARK: - 3.6 The training loop
// Prints one line per epoch, as the seed does: the loss before the step, the test
// accuracy after it. Epoch 1 is Steps 2–4 above, so its step is not repeated.
func trainingLoop(
  _ t: Training, _ data: MoonsSplit, firstLoss: LossValue, epochs: Int,
  live: LiveTraining? = nil
) throws -> [EpochResult] {
  Narrative.printSection("3.6", "The training loop")
  Narrative.explain(
    "Loss: the training loss before the epoch's step. Accuracy: on the test set, after it.")
  var loss = firstLoss  // epoch 1's forward, backward and step were Steps 2–4
  var history: [EpochResult] = []
  for epoch in 1...epochs {
    if epoch > 1 {
      let logits = try t.model(data.xTrain)  // forward  [800, 2]
      loss = try t.criterion(logits, data.yTrain)
      t.optimizer.zeroGrad()
      try loss.backward(through: t.model)  // backward
      try t.optimizer.step()  // update
    }
    // no torch.no_grad() here: there is no tape to switch off
    let yPred = try t.model(data.xTest).argmax(dim: 1)  // [200]
    let result = EpochResult(loss: loss.item, accuracy: try accuracyScore(data.yTest, yPred))
    let line = epochLine(epoch, of: epochs, result)
    if let live { live.epochEnded(line, result) } else { print(line) }  // --live: above the curve
    history.append(result)
  }
  print()
  return history
}

// MARK: - 3.7 Predictions and the summary
// Prints the seed's step table in Swift terms, the first test logits, the argmax
// predictions over the true labels, and the final accuracy.
func predictionsAndSummary(
  _ t: Training, _ data: MoonsSplit, _ history: [EpochResult], _ settings: Settings
) throws {
  Narrative.printSection("3.7", "Predictions and the summary")
  Narrative.show(try stepTable(lr: settings.lr))
  let testLogits = try t.model(data.xTest)  // [200, 2]
  let yPred = try testLogits.argmax(dim: 1)  // [200], the column of the larger logit
  Narrative.show("testLogits[:3] =\n\(try testLogits.rows(0..<3))")
  Narrative.show(predictionLines(yPred, data.yTest, count: 10))
  let accuracy = try accuracyScore(data.yTest, yPred)
  let right = Int(try accuracyScore(data.yTest, yPred, normalize: false))
  print("accuracyScore(yTest, yPred) = \(accuracy.fixed(4)): \(right) of \(data.yTest.count) right")
  print(trainingSummary(history))
  if settings.isSeedRun { print("\n" + (try pyTorchComparison(testLogits, yPred, history))) }
}
