/// One-hot encodes class indices, as `torch.nn.functional.one_hot(labels, C)`
/// (as `Double`s).
///
/// Row i of the result is all zeros except a 1 in column `labels[i]`:
/// `[batch]` indices in `0..<classCount` → `[batch, classCount]`. This is the target
/// matrix Y in `loss = −mean Σⱼ Yᵢⱼ log Pᵢⱼ`. Introduced in §4.6.
/// - Throws: `ParameterError` when `classCount < 1`; `ShapeError` when `labels` is
///   not 1-D or the result would exceed `Tensor.maxElementCount`; `LabelError` naming the first label outside `0..<classCount` and its
///   position.
public func oneHot(_ labels: LabelTensor, classCount: Int) throws -> Tensor {
  guard classCount >= 1 else {
    throw ParameterError(
      parameter: "classCount", expected: "at least 1 (the number of classes)",
      got: "\(classCount)")
  }
  guard labels.rank == 1 else {
    throw ShapeError(
      operation: "oneHot", shapes: [labels.shape], reason: "expected a 1-D tensor of class indices")
  }
  // a mistyped classCount must fail here, not while allocating [batch, classCount]
  let count = try Tensor.checkedCount([labels.count, classCount], operation: "oneHot")
  var out = [Double](repeating: 0, count: count)
  for (position, label) in labels.values.enumerated() {
    guard label >= 0, label < classCount else {
      throw LabelError(
        "oneHot: label \(label) at position \(position) is outside the valid range "
          + "0..<\(classCount) (classCount \(classCount)); encode the labels with "
          + "LabelEncoder or raise classCount")
    }
    out[position * classCount + label] = 1
  }
  return Tensor(unchecked: [labels.count, classCount], out)  // [batch, classes]
}
