/// A tensor of integer class labels, as PyTorch's `int64` tensors (`torch.long`).
///
/// Cross-entropy takes its targets as a `LabelTensor` of shape `[batch]` with values
/// in `0..<classes`, and `argmax` returns one. Introduced in §4.2.
public struct LabelTensor: Equatable, Sendable {
  public private(set) var shape: [Int]
  public var values: [Int]

  /// A 1-D label tensor: `LabelTensor([0, 1, 0])`.
  public init(_ values: [Int]) {
    self.shape = [values.count]
    self.values = values
  }

  /// A label tensor of any rank up to 2.
  /// - Throws: `ShapeError` when the count does not match the shape.
  public init(shape: [Int], values: [Int]) throws {
    try Tensor.validate(shape: shape, operation: "LabelTensor(shape:values:)")
    guard values.count == shape.reduce(1, *) else {
      throw ShapeError(
        operation: "LabelTensor(shape:values:)", shapes: [shape],
        reason: "it holds \(shape.reduce(1, *)) elements but \(values.count) were given")
    }
    self.shape = shape
    self.values = values
  }

  init(unchecked shape: [Int], _ values: [Int]) {
    self.shape = shape
    self.values = values
  }

  public var count: Int { values.count }
  public var rank: Int { shape.count }

  /// The labels as `Double`s in a `Tensor` of the same shape.
  public var asTensor: Tensor { Tensor(unchecked: shape, values.map(Double.init)) }
}
