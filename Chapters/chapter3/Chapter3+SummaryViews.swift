import MLPKit

// The blocks §3.6 and §3.7 print: epoch lines, the step table, predictions.

/// The seed's line, `Epoch 1/50 - Loss: 0.7237 - Accuracy: 0.4950` (Python's `:.4f`).
func epochLine(_ epoch: Int, of epochs: Int, _ result: EpochResult) -> String {
  "Epoch \(epoch)/\(epochs) - Loss: \(result.loss.fixed(4)) - Accuracy: \(result.accuracy.fixed(4))"
}

/// The seed's "Step | What happens | PyTorch code" table, in Swift terms.
func stepTable(lr: Double) throws -> Table {
  let rows: [[Table.Cell]] = [
    [
      "0. Prepare data", "Make the moons, split 80/20, scale with the training statistics",
      "makeMoons(1000, noise: 0.2, …)\ntrainTestSplit(…)\nscaler.fitTransform(xTrain)",
    ],
    [
      "1. Initialize model", "Define the layers, the loss and the optimizer",
      .text("Sequential(…)\nCrossEntropyLoss()\nAdam(model.parameters, lr: \(lr))"),
    ],
    [
      "2. Forward pass", "Data flows through the network to logits; the loss scores them",
      "try model(xTrain)\ntry criterion(logits, yTrain)",
    ],
    [
      "3. Backward pass", "Forget old gradients, compute new ones by backpropagation",
      "optimizer.zeroGrad()\ntry loss.backward(through: model)",
    ],
    [
      "4. Weight update", "The optimizer moves every weight using its gradient",
      "try optimizer.step()",
    ],
    [
      "Evaluate", "Predict the class with the larger logit; count the right ones",
      "try model(xTest).argmax(dim: 1)\ntry accuracyScore(yTest, yPred)",
    ],
  ]
  return try Table(
    columns: [
      Table.Column("Step", maxWidth: 16), Table.Column("What happens", maxWidth: 24),
      Table.Column("Swift code", maxWidth: 34),
    ], rows: rows)
}

/// The first `n` labels, printed as PyTorch prints `y[:n]`.
func first(_ n: Int, of labels: LabelTensor) -> LabelTensor {
  LabelTensor(Array(labels.values.prefix(n)))
}

/// The predictions over the true labels, with a `^` under each wrong one:
/// ```
/// yPred[:10] = tensor([1, 0, 1, 0, 1, 1, 1, 1, 1, 0])   argmax(dim: 1)
/// yTest[:10] = tensor([1, 0, 1, 0, 1, 1, 0, 0, 1, 0])   the true labels
///                                       ^  ^            2 of 10 wrong
/// ```
func predictionLines(_ yPred: LabelTensor, _ yTest: LabelTensor, count n: Int) -> String {
  let (predicted, truth) = (first(n, of: yPred), first(n, of: yTest))
  let top = "yPred[:\(n)] = \(predicted)"
  let bottom = "yTest[:\(n)] = \(truth)"
  // both print with one width per element when their widths agree (single digits here)
  let start = "yPred[:\(n)] = tensor([".count
  let widths = predicted.values.map { String($0).count }
  let sameWidths = widths == truth.values.map { String($0).count }
  var marks = [Character](repeating: " ", count: top.count)
  var wrong = 0
  var column = start
  for (k, (p, t)) in zip(predicted.values, truth.values).enumerated() {
    if p != t {
      wrong += 1
      if sameWidths, column < marks.count { marks[column] = "^" }
    }
    column += (k < widths.count ? widths[k] : 1) + 2  // the element and ", "
  }
  let pad = { (s: String) in s + String(repeating: " ", count: Swift.max(0, top.count - s.count)) }
  let note = wrong == 0 ? "all \(predicted.count) right" : "\(wrong) of \(predicted.count) wrong"
  return [
    pad(top) + "   argmax(dim: 1)", pad(bottom) + "   the true labels",
    (String(marks) + "   " + note).trimmingTrailingSpaces(),
  ].joined(separator: "\n")
}

/// `loss 0.7237 → 0.2405, test accuracy 0.4950 → 0.9050 from epoch 1 to 50`.
func trainingSummary(_ history: [EpochResult]) -> String {
  guard let start = history.first, let end = history.last else { return "" }
  return "loss \(start.loss.fixed(4)) → \(end.loss.fixed(4)), test accuracy "
    + "\(start.accuracy.fixed(4)) → \(end.accuracy.fixed(4)) from epoch 1 to \(history.count)"
}

extension String {
  /// The string without spaces at its end.
  func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
