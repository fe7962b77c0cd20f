// Chapter 1 — concepts.
//
// What an MLP is made of, one small printed example per idea: tensors and the layer
// shapes of the seed's two models, one neuron by hand, the activation functions,
// softmax and sigmoid, a forward pass layer by layer, and what feature scaling changes.
// Each section below is quoted whole by book.md; the tables and views it prints are
// built in Chapter1+Views.swift and Chapter1+Scaling.swift.
import ChapterSupport
import Foundation
import MLPKit

Chapter1.runAsChapter()

/// The chapter heading and what this run uses.
func introduction(_ settings: Settings) {
  Narrative.printChapter(1, "Concepts")
  Narrative.explain(
    """
    An MLP passes each sample through layers of neurons. A neuron adds up its \
    weighted inputs and a bias, then bends the sum with an activation function. \
    This run: seed \(settings.seed) (sklearn's random_state, torch.manual_seed), \
    hidden layers \(hiddenText(settings.hidden)), x1 × \(factorText(settings.factor)) \
    in §1.6.
    """)
}

/// The three samples §1.1, §1.2 and §1.5 use: 3 rows, 2 features.
func threeSamples() throws -> Tensor {
  try Tensor(rows: [[1.5, 0.5], [-1.0, 2.0], [0.25, -0.75]])  // [3, 2]
}

// MARK: - 1.1 Input → hidden → output
// Prints three samples as a [3, 2] tensor, then the layers of the seed's sklearn and
// PyTorch models: units, activation, weight and bias shapes, parameter counts.
func inputHiddenOutput(_ settings: Settings) throws {
  Narrative.printSection("1.1", "Input → hidden → output")
  Narrative.explain("Data is a tensor: one row per sample, one column per feature.")
  let x = try threeSamples()  // [3, 2]: 3 samples, 2 features
  Narrative.show(
    try x.annotated("x", rowLabel: { "sample \($0 + 1)" }, columnLabels: ["x0", "x1"]))

  let moons = try makeMoons(1000, noise: 0.2, randomState: 42)  // the seed's data
  let sklearn = MLPClassifier(
    hiddenLayerSizes: settings.hidden, maxIter: 1, randomState: settings.seed)
  sklearn.warningSink = { _ in }  // a single epoch always ends in a ConvergenceWarning
  try sklearn.fit(moons.x, moons.y)  // sklearn sizes the layers from x and y in fit
  Narrative.show(try sklearnLayerTable(sklearn))

  var generator = TorchGenerator(manualSeed: UInt64(settings.seed))
  let model = try Sequential(
    name: "MLPClassifier",
    [
      ("hidden1", try Linear(2, 10, generator: &generator)), ("relu1", ReLU()),
      ("hidden2", try Linear(10, 10, generator: &generator)), ("relu2", ReLU()),
      ("output", try Linear(10, 2, generator: &generator)),  // 2 logits
    ])
  Narrative.show(try torchLayerTable(model))
  Narrative.explain(transposeNote)
}

// MARK: - 1.2 One neuron by hand
// Prints z = w·x + b term by term for one sample and a = relu(z), then the neuron on
// all three samples at once (matmul, a broadcast bias), checked against Linear.
func oneNeuronByHand() throws {
  Narrative.printSection("1.2", "One neuron by hand")
  let x = Tensor([1.5, 0.5])  // [2]: one sample
  let w = Tensor([0.8, -0.4])  // [2]: one weight per input
  let b = 0.1
  let products = try w * x  // [2]: w0·x0, w1·x1
  let z = products.sum() + b  // a number
  let a = Activation.relu(z)
  Narrative.show(neuronByHand(x: x, w: w, b: b, products: products, z: z, a: a))

  let xBatch = try threeSamples()  // [3, 2]
  let weight = try w.reshaped([1, 2])  // [1, 2]: one row per neuron, as nn.Linear
  let xw = try xBatch.matmul(weight.transposed)  // [3, 2] • [2, 1] → [3, 1]
  let zBatch = try xw + Tensor([b])  // [3, 1] + [1]: b is added to every row
  Narrative.explain(batchNote)
  Narrative.show(try batchView(xw, zBatch, Activation.relu(zBatch)))

  let neuron = try Linear(weight: weight, bias: Tensor([b]))
  Narrative.show(
    "Linear(weight: w, bias: b) on x gives the same z: \(try neuron(xBatch) == zBatch)")
}

// MARK: - 1.3 Activation functions
// Prints f(z) and f′(z) for identity, logistic, tanh and ReLU at seven points.
func activationFunctions() throws {
  Narrative.printSection("1.3", "Activation functions")
  Narrative.explain(activationNote)
  let z: [Double] = [-2, -1, -0.5, 0, 0.5, 1, 2]
  Narrative.show(try activationTable("f(z)", at: z) { f, z in f(z) })
  Narrative.show(try activationTable("f′(z)", at: z) { f, z in f.derivative(at: z) })
  Narrative.explain(derivativeNote)
}

// MARK: - 1.4 Softmax or sigmoid at the output
// Prints softmax step by step, the overflow a naive softmax hits, sigmoid(z) next to
// softmax([0, z]), and which output each library uses for two classes.
func softmaxOrSigmoid() throws {
  Narrative.printSection("1.4", "Softmax or sigmoid at the output")
  Narrative.explain(softmaxNote)
  let z = Tensor([2.0, 1.0, 0.1])  // [3]: one logit per class
  let e = z.map { exp($0) }  // [3]
  let p = e / e.sum()  // [3]: positive, sums to 1
  Narrative.show(softmaxSteps(z: z, e: e, p: p, library: try z.softmax(dim: 0)))

  Narrative.explain(overflowNote)
  let huge = Tensor([1000, 999, 998])  // [3]
  let naive = huge.map { exp($0) } / huge.map { exp($0) }.sum()  // inf / inf
  let stable = try (huge - huge.max(dim: 0)).softmax(dim: 0)  // shift by the max first
  Narrative.show(overflowLines(huge: huge, naive: naive, stable: stable))

  Narrative.explain(sigmoidNote)
  let zs = Tensor([-2, 0, 1.1, 3])  // [4]: one logit per sample
  let pairs = try Tensor(rows: zs.scalars.map { [0, $0] })  // [4, 2]: logits [0, z]
  let sigma = Activation.logistic(zs)  // [4]: σ(z) for each z
  let softmaxOfPairs = try pairs.softmax(dim: 1)  // [4, 2]: each row sums to 1
  Narrative.show(try sigmoidTable(zs, sigma, softmaxOfPairs))
  Narrative.show(try outputTable())
  Narrative.explain(outputNote)
}

// MARK: - 1.5 A forward pass, layer by layer
// Prints the weights of a tiny 2 → 3 → 2 network, then z₁, a₁ = relu(z₁), the
// logits z₂ and the probabilities for three samples, each with its shape.
func forwardPass(seed: Int) throws {
  Narrative.printSection("1.5", "A forward pass, layer by layer")
  Narrative.explain(forwardNote(seed: seed))
  var generator = TorchGenerator(manualSeed: UInt64(seed))  // torch.manual_seed(seed)
  let hidden = try Linear(2, 3, generator: &generator)  // 2 inputs → 3 neurons
  let output = try Linear(3, 2, generator: &generator)  // 3 neurons → 2 logits
  Narrative.show(try weightsView("hidden", hidden, "₁", neurons: "h", inputs: "x"))
  Narrative.show(try weightsView("output", output, "₂", neurons: "class ", inputs: "h"))

  let x = try threeSamples()  // [3, 2]
  let (w1, b1) = hidden.weightAndBias  // [3, 2], [3]
  let (w2, b2) = output.weightAndBias  // [2, 3], [2]
  let z1 = try x.matmul(w1.transposed) + b1  // [3, 2] • [2, 3] + [3] → [3, 3]
  let a1 = Activation.relu(z1)  // [3, 3]: negatives become 0
  let z2 = try a1.matmul(w2.transposed) + b2  // [3, 3] • [3, 2] + [2] → [3, 2]
  let p = try z2.softmax(dim: 1)  // [3, 2]: each row sums to 1
  Narrative.show(try hiddenLayerView(z1, a1))
  Narrative.show(try outputLayerView(z2, p, predicted: try p.argmax(dim: 1)))

  let model = try Sequential([hidden, ReLU(), output])
  Narrative.show(
    "Sequential([hidden, ReLU(), output]) on x gives the same z₂: \(try model(x) == z2)")
  Narrative.explain(untrainedNote)
}

// MARK: - 1.6 Why features need scaling
// Prints the seed's "Key characteristics" table, then the same MLPClassifier trained
// on raw and on standardised data, in two units for x1: accuracy, epochs and loss.
func whyFeaturesNeedScaling(_ settings: Settings) throws {
  Narrative.printSection("1.6", "Why features need scaling")
  Narrative.show(try keyCharacteristicsTable())
  let moons = try makeMoons(1000, noise: 0.2, randomState: 42)  // the seed's data
  let split = try trainTestSplit(moons.x, moons.y, testSize: 0.2, randomState: 42)
  let units = Tensor([1, settings.factor])  // [2]: x1 in units `factor` times smaller
  let xTrain = try split.xTrain * units  // [800, 2] * [2]: column x1 multiplied
  let xTest = try split.xTest * units  // [200, 2]
  var scaler = StandardScaler()
  try scaler.fit(xTrain)  // each column's mean and std, from the training part only
  Narrative.explain(scalingSetupNote(factor: settings.factor))
  Narrative.show(try scalerTable(scaler, factor: settings.factor))

  let experiment = ScalingExperiment(
    yTrain: split.yTrain, yTest: split.yTest, hidden: settings.hidden, seed: settings.seed)
  let rows = [
    try experiment.fit("as generated", split.xTrain, split.xTest, scaled: false),
    try experiment.fit("as generated", split.xTrain, split.xTest, scaled: true),
    try experiment.fit(unitsName(settings.factor), xTrain, xTest, scaled: false),
    try experiment.fit(unitsName(settings.factor), xTrain, xTest, scaled: true),
  ]
  Narrative.show(try experiment.table(rows))
  Narrative.explain(scalingNote(rows, factor: settings.factor))
}

// MARK: - Glossary
// Prints the chapter's words, what they mean, and where they appear in code.
func glossary() throws {
  Narrative.printSection("", "Glossary")
  Narrative.show(try glossaryTable())
}
