import MLPKit

/// The iris data of §4.5, ready for a network: the seed's recipe (an 80/20 split with
/// `random_state=42`, then standard scaling fitted on the training part) with the
/// species names encoded as class indices.
struct IrisSplit {
  /// Scaled measurements, `[120, 4]`.
  let xTrain: Tensor
  /// Scaled measurements, `[30, 4]`.
  let xTest: Tensor
  /// Class indices 0, 1, 2, `[120]`.
  let yTrain: LabelTensor
  /// Class indices 0, 1, 2, `[30]`.
  let yTest: LabelTensor
  /// The encoder that made the indices, fitted on all 150 names (§4.6).
  let encoder: LabelEncoder

  static func load() throws -> IrisSplit {
    let iris = try loadIris()  // x [150, 4] in cm, y: 150 species names
    let split = try trainTestSplit(iris.x, iris.y, testSize: 0.2, randomState: 42)
    var scaler = StandardScaler()
    let xTrain = try scaler.fitTransform(split.xTrain)  // [120, 4]
    let xTest = try scaler.transform(split.xTest)  // [30, 4]
    var encoder = LabelEncoder()
    try encoder.fit(iris.y)  // setosa → 0, versicolor → 1, virginica → 2
    return IrisSplit(
      xTrain: xTrain, xTest: xTest, yTrain: try encoder.transform(split.yTrain),
      yTest: try encoder.transform(split.yTest), encoder: encoder)
  }
}

/// What §4.5 hands on to §4.6: the data, the test logits and their argmax.
struct IrisResult {
  let data: IrisSplit
  /// The trained network's test logits, `[30, 3]`.
  let testLogits: Tensor
  /// `testLogits.argmax(dim: 1)`, `[30]`.
  let yPred: LabelTensor

  /// The test rows worth showing: the first five, then every mistake (at most ten rows).
  var shownRows: [Int] { Array((Array(0..<5) + mistakes.filter { $0 >= 5 }).prefix(10)) }

  /// The indices of the test flowers predicted wrong.
  var mistakes: [Int] {
    yPred.values.indices.filter { yPred.values[$0] != data.yTest.values[$0] }
  }

  /// Whether test flower `i` is predicted right.
  func isRight(_ i: Int) -> Bool { yPred.values[i] == data.yTest.values[i] }
}

/// What the rows of §4.5's view are: the first five, and which mistakes.
func caption(_ run: IrisResult) -> String {
  let later = run.mistakes.filter { $0 >= 5 }.count
  let shown = run.shownRows.count - 5
  if later == 0 { return "first 5 test rows" }
  if shown == later { return "first 5 test rows and every later mistake" }
  return "first 5 test rows and \(shown) of the \(later) later mistakes"
}

/// §4.5's printed blocks: the loss, chosen logits with their verdicts, all predictions
/// against the truth, the accuracy and the confusion matrix.
func showPredictions(_ run: IrisResult, losses: [Double]) throws {
  let (train, test) = (run.data.yTrain.count, run.data.yTest.count)
  print("iris: \(train) training and \(test) test flowers, 4 measurements, 3 species")
  print("model: 4 → 10 → 10 → 3 with ReLU, CrossEntropyLoss, Adam (lr 0.01), full batch")
  let last = losses.count
  print("loss: epoch 1 \(losses[0].fixed(4)), epoch \(last) \(losses[last - 1].fixed(4))\n")
  let rows = run.shownRows
  let probabilities = try run.testLogits.softmax(dim: 1)  // [30, 3]
  let notes = try rows.map { i in
    let k = run.yPred.values[i]
    let p = try probabilities.element(i, k).fixed(4)
    let verdict = "true \(run.data.yTest.values[i]) \(Notes.tick(run.isRight(i)))"
    return (long: "← class \(k), p \(p), \(verdict)", short: "← \(k), \(verdict)")
  }
  let name = caption(run)
  print(
    try Notes.annotated(
      try run.testLogits.rows(rows), name, rowLabel: { Notes.sample(rows[$0]) }, notes: notes))
  print("\nyPred = testLogits.argmax(dim: 1)\n\(run.yPred)")
  print("yTest, the true class indices\n\(run.data.yTest)\n")
  let correct = try accuracyScore(run.data.yTest, run.yPred, normalize: false)
  let accuracy = try accuracyScore(run.data.yTest, run.yPred)
  print("accuracy: \(Int(correct)) of \(run.yPred.count) = \(accuracy.fixed(4))")
  print("confusionMatrix(yTest, yPred)\n\(try confusionMatrix(run.data.yTest, run.yPred))\n")
}
