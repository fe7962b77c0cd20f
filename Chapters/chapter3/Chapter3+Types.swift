import MLPKit

/// Step 0's result: the scaled moons, split 80/20, labels as class indices.
struct MoonsSplit {
  /// The scaled training features, `[800, 2]`.
  let xTrain: Tensor
  /// The training labels, `[800]`, each 0 or 1.
  let yTrain: LabelTensor
  /// The test features, scaled with the training statistics, `[200, 2]`.
  let xTest: Tensor
  /// The test labels, `[200]`.
  let yTest: LabelTensor

  /// `xTrain [800, 2]   yTrain [800]   xTest [200, 2]   yTest [200]`.
  var shapes: String {
    [
      ("xTrain", xTrain.shape), ("yTrain", yTrain.shape), ("xTest", xTest.shape),
      ("yTest", yTest.shape),
    ]
    .map { "\($0.0) [\($0.1.map(String.init).joined(separator: ", "))]" }
    .joined(separator: "   ")
  }
}

/// Step 1's result: the network, its first layer by name, the loss and the optimizer.
struct Training {
  /// The 2-10-10-2 ReLU network.
  let model: Sequential
  /// The first layer, the one the walkthrough looks inside (`model.hidden1`).
  let hidden1: Linear
  /// `nn.CrossEntropyLoss()`.
  let criterion: CrossEntropyLoss
  /// `optim.Adam(model.parameters(), lr=lr)`.
  let optimizer: Adam
}

/// One line of the training loop: the loss before the step, the accuracy after it.
struct EpochResult {
  /// The mean training loss of the forward pass, before `step()`.
  let loss: Double
  /// The test accuracy after `step()`.
  let accuracy: Double
}
