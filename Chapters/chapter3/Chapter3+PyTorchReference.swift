import MLPKit

/// What PyTorch 2.15 printed when it ran the seed's own code (float32, CPU,
/// `torch.manual_seed(0)`, lr 0.01, 50 epochs), from
/// `shared/reference/sklearn-pytorch-behaviour.md` §5.3, and what the seed claimed.
/// Only the default run can be compared with these numbers.
enum PyTorchReference {
  /// `print(test_logits[:3])` after training.
  static let testLogits = """
    tensor([[-2.0125,  1.5910],
            [ 0.2916, -0.2665],
            [-1.7498,  1.3509]])
    """
  /// `print(y_pred[:10])` after training.
  static let predictions = "tensor([1, 0, 1, 0, 1, 1, 1, 1, 1, 0])"
  /// The seed's last printed line, as PyTorch really prints it.
  static let lastLine = "Epoch 50/50 - Loss: 0.2405 - Accuracy: 0.9050"
  /// The last line of the seed's "Output Example", which its code does not produce.
  static let claimedLastLine = "Epoch 50/50 - Loss: 0.1281 - Accuracy: 0.9700"
}

/// Our run next to PyTorch's for the seed's settings: each printed value compared
/// digit for digit, then what the seed claimed.
func pyTorchComparison(
  _ testLogits: Tensor, _ yPred: LabelTensor, _ history: [EpochResult]
) throws -> String {
  let ourLogits = String(describing: try testLogits.rows(0..<3))
  let ourPredictions = String(describing: first(10, of: yPred))
  let ourLastLine = history.last.map { epochLine(history.count, of: history.count, $0) } ?? ""
  let verdict = { (same: Bool) in same ? "same digits as ours" : "DIFFERENT from ours" }
  return [
    "PyTorch 2.15, running the seed's code with torch.manual_seed(0), printed:",
    "  test_logits[:3]  \(verdict(ourLogits == PyTorchReference.testLogits))",
    "  y_pred[:10]      \(verdict(ourPredictions == PyTorchReference.predictions))",
    "  \(PyTorchReference.lastLine)  \(verdict(ourLastLine == PyTorchReference.lastLine))",
    "The seed's \"Output Example\" shows instead:",
    "  \(PyTorchReference.claimedLastLine)",
    "which its own code does not print.",
  ].joined(separator: "\n")
}
