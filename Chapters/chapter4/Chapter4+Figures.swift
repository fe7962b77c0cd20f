import MLPKit

// `--plots DIR`: the softmax bars of one test flower from §4.5's trained network, and
// the decision regions of the same recipe trained on two of the four measurements (a
// map needs a plane), drawn in centimetres with the species' names.

/// `chapter4-softmax` (§4.4, §4.5): the logits and probabilities of the test flower the
/// network is least sure about; `chapter4-regions` (§4.5, §4.6): species regions of a
/// 2-10-10-3 network trained exactly as §4.5's, on petal length and width only.
func chapter4Figures(_ iris: IrisResult, _ settings: Settings) throws
  -> [(name: String, script: GnuplotScript)]
{
  let species = iris.data.encoder.classes.map(\.description)
  // the flower whose largest probability is smallest: softmax has the most to show
  let probabilities = try iris.testLogits.softmax(dim: 1)  // [30, 3]
  let rows = probabilities.rowArrays
  let unsure = rows.indices.min { (rows[$0].max() ?? 0) < (rows[$1].max() ?? 0) } ?? 0
  let truth = species[iris.data.yTest.values[unsure]]
  let bars = try softmaxBarsFigure(
    logits: try iris.testLogits.row(unsure), classNames: species,
    title: "Chapter 4 · test flower \(unsure), a \(truth): the iris network's least sure answer")

  let plane = try PetalPlane.train(seed: settings.seed, epochs: settings.epochs)
  let training = try LabelledPoints(x: plane.xTrain, labels: plane.yTrain.values)
  let test = try LabelledPoints(x: plane.xTest, labels: plane.yTest.values)
  let grid = try DecisionGrid.framing([training, test], aspect: 1.6)
  let regions = try decisionRegionsFigure(
    probabilities: { cm in try plane.model(try plane.scaler.transform(cm)).softmax(dim: 1) },
    grid: grid, classNames: species, training: training, test: test,
    title: "Chapter 4 · §4.5's network trained on petal size only: test accuracy "
      + plane.testAccuracy.fixed(3),
    xLabel: "petal length (cm)", yLabel: "petal width (cm)")
  return [("chapter4-softmax", bars), ("chapter4-regions", regions)]
}

/// §4.5's network and training on petal length and width only, for a map in cm.
struct PetalPlane {
  /// The two measurements in cm, `[120, 2]` and `[30, 2]`: §4.5's split.
  let xTrain: Tensor
  let xTest: Tensor
  let yTrain: LabelTensor
  let yTest: LabelTensor
  /// Fitted on the training flowers; the network sees scaled centimetres.
  let scaler: StandardScaler
  /// 2 → 10 → 10 → 3 with ReLU, trained as §4.5's.
  let model: Sequential
  let testAccuracy: Double

  static func train(seed: UInt64, epochs: Int) throws -> PetalPlane {
    let iris = try loadIris()  // x [150, 4] in cm
    let split = try trainTestSplit(iris.x, iris.y, testSize: 0.2, randomState: 42)  // as §4.5
    let petals = { (x: Tensor) in try Tensor(rows: x.rowArrays.map { [$0[2], $0[3]] }) }
    let (xTrain, xTest) = (try petals(split.xTrain), try petals(split.xTest))  // [120, 2], [30, 2]
    var encoder = LabelEncoder()
    try encoder.fit(iris.y)  // setosa → 0, versicolor → 1, virginica → 2
    let (yTrain, yTest) = (try encoder.transform(split.yTrain), try encoder.transform(split.yTest))
    var scaler = StandardScaler()
    let scaled = try scaler.fitTransform(xTrain)  // [120, 2]
    var generator = TorchGenerator(manualSeed: seed)
    let model = try Sequential([
      Linear(2, 10, generator: &generator), ReLU(),
      Linear(10, 10, generator: &generator), ReLU(),
      Linear(10, 3, generator: &generator),
    ])
    let criterion = CrossEntropyLoss()
    let optimizer = try Adam(model.parameters, lr: 0.01)
    for _ in 0..<epochs {
      let loss = try criterion(try model(scaled), yTrain)  // forward
      optimizer.zeroGrad()
      try model.backward(loss)  // backward
      try optimizer.step()  // update
    }
    let predicted = try model(try scaler.transform(xTest)).argmax(dim: 1)  // [30]
    return PetalPlane(
      xTrain: xTrain, xTest: xTest, yTrain: yTrain, yTest: yTest, scaler: scaler, model: model,
      testAccuracy: try accuracyScore(yTest, predicted))
  }
}
