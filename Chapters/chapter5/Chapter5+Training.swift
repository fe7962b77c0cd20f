import MLPKit

/// A `2 → hidden → outputs` ReLU network whose weights are drawn as PyTorch draws
/// them right after `torch.manual_seed(seed)`:
/// `nn.Sequential(nn.Linear(2, hidden), nn.ReLU(), nn.Linear(hidden, outputs))`.
func smallNetwork(seed: UInt32, hidden: Int, outputs: Int) throws -> Sequential {
  var generator = TorchGenerator(manualSeed: UInt64(seed))  // torch.manual_seed(seed)
  return try Sequential([
    ("hidden", Linear(2, hidden, generator: &generator)), ("relu", ReLU()),
    ("output", Linear(hidden, outputs, generator: &generator)),
  ])
}

/// What one epoch of `train` recorded, before that epoch's update.
struct EpochRecord {
  /// Updates done so far (0: the starting weights).
  let epoch: Int
  /// The mean cross-entropy over the batch.
  let loss: Double
  /// The fraction of samples whose argmax equals the target.
  let accuracy: Double
  /// `softmax(logits)`, `[batch, outputs]`.
  let probabilities: Tensor
  /// `argmax(logits, dim: 1)`, `[batch]`: the output column each sample picks.
  let predicted: LabelTensor
}

/// The chapter's training loop: full-batch Adam with cross-entropy, as the seed's
/// PyTorch loop. Returns one record per epoch `0...epochs`, each taken before that
/// epoch's update, so `epoch` counts the updates already made.
func train(
  _ model: Sequential, _ x: Tensor, _ target: LabelTensor, epochs: Int, lr: Double = 0.05
) throws -> [EpochRecord] {
  let criterion = CrossEntropyLoss()
  let optimizer = try Adam(model.parameters, lr: lr)
  var history: [EpochRecord] = []
  for epoch in 0...epochs {
    let logits = try model(x)  // forward  [batch, outputs]
    let loss = try criterion(logits, target)
    let predicted = try logits.argmax(dim: 1)  // [batch]
    history.append(
      EpochRecord(
        epoch: epoch, loss: loss.item, accuracy: try accuracyScore(target, predicted),
        probabilities: try logits.softmax(dim: 1), predicted: predicted))
    guard epoch < epochs else { break }
    optimizer.zeroGrad()
    try loss.backward(through: model)  // backward
    try optimizer.step()  // update
  }
  return history
}

/// The chapter's sklearn model: one hidden layer of 8, Adam with a step of 0.01, up to
/// 500 epochs (the tiny data sets converge well before), seeded with `seed`. Warnings
/// are printed with the output, where the lesson can show them.
func classifier(seed: UInt32) -> MLPClassifier {
  let clf = MLPClassifier(
    hiddenLayerSizes: [8], learningRateInit: 0.01, maxIter: 500, randomState: Int(seed))
  clf.warningSink = { print(Narrative.wrap("\($0)")) }
  return clf
}
