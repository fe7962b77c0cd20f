/// Encodes class labels as the indices `0..<classes.count`, as sklearn's
/// `LabelEncoder`.
///
/// `fit` collects the distinct labels in sklearn's order (`classes`: numbers
/// ascending, names by Unicode code point); `transform` maps a label to its index
/// in `classes`, and `inverseTransform` maps an index back. A loss that wants class
/// indices — cross-entropy with targets in `0..<C` — needs exactly this, whatever
/// the labels look like (`[3, 7]`, `["cat", "dog"]`). Introduced in §4.6.
public struct LabelEncoder: Sendable {
  /// The distinct labels seen by `fit`, sorted (sklearn's `classes_`); empty before `fit`.
  public private(set) var classes: [ClassLabel] = []
  /// Whether `fit` has been called.
  public private(set) var isFitted = false
  private var index: [ClassLabel: Int] = [:]

  /// An encoder that has not seen any labels yet.
  public init() {}

  /// Learns the classes: the sorted distinct labels of `y`.
  /// - Throws: `LabelError` when `y` mixes numbers and names.
  public mutating func fit(_ y: [ClassLabel]) throws {
    classes = try ClassLabel.sortedClasses(y)
    index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
    isFitted = true
  }

  /// The index of each label in `classes`: `[samples]` labels → `[samples]` indices.
  /// - Throws: `NotFittedError` before `fit`; `LabelError` listing every label that
  ///   `fit` did not see (with where it first occurs) and the known classes.
  public func transform(_ y: [ClassLabel]) throws -> LabelTensor {
    guard isFitted else { throw NotFittedError(estimator: "LabelEncoder") }
    var codes = [Int]()
    codes.reserveCapacity(y.count)
    var unseen: [(label: ClassLabel, position: Int)] = []
    var reported = Set<ClassLabel>()
    for (position, label) in y.enumerated() {
      if let code = index[label] {
        codes.append(code)
      } else if reported.insert(label).inserted {
        unseen.append((label, position))
      }
    }
    guard unseen.isEmpty else {
      let listed = unseen.map { "\($0.label.quoted) (first at position \($0.position))" }
      throw LabelError(
        "LabelEncoder.transform: y contains \(unseen.count) previously unseen "
          + "label\(unseen.count == 1 ? "" : "s"): \(listed.joined(separator: ", ")); "
          + "the encoder knows \(ClassLabel.listed(classes)). Fit the encoder on labels "
          + "that include every class (e.g. the whole dataset before splitting), "
          + "or remove the samples with unknown labels.")
    }
    return LabelTensor(codes)  // [samples]
  }

  /// `fit(y)` followed by `transform(y)`.
  public mutating func fitTransform(_ y: [ClassLabel]) throws -> LabelTensor {
    try fit(y)
    return try transform(y)
  }

  /// The label of each index: `classes[i]` for every `i` in `codes` (`[samples]`).
  /// - Throws: `NotFittedError` before `fit`; `LabelError` naming the first index
  ///   outside `0..<classes.count`, its position and the valid range.
  public func inverseTransform(_ codes: [Int]) throws -> [ClassLabel] {
    guard isFitted else { throw NotFittedError(estimator: "LabelEncoder") }
    if let position = codes.firstIndex(where: { $0 < 0 || $0 >= classes.count }) {
      let others = codes.count(where: { $0 < 0 || $0 >= classes.count }) - 1
      throw LabelError(
        "LabelEncoder.inverseTransform: index \(codes[position]) at position \(position) "
          + "is outside the valid range 0..<\(classes.count) (the encoder knows "
          + "\(classes.count) class\(classes.count == 1 ? "" : "es"): "
          + "\(ClassLabel.listed(classes)))"
          + (others > 0
            ? "; \(others) more index\(others == 1 ? " is" : "es are") out of range" : ""))
    }
    return codes.map { classes[$0] }
  }

  /// `inverseTransform` for a label tensor, e.g. the output of `argmax(dim: 1)`.
  /// - Throws: as `inverseTransform(_: [Int])`; `ShapeError` for a tensor that is not 1-D.
  public func inverseTransform(_ codes: LabelTensor) throws -> [ClassLabel] {
    guard codes.rank == 1 else {
      throw ShapeError(
        operation: "LabelEncoder.inverseTransform", shapes: [codes.shape],
        reason: "expected a 1-D tensor of class indices")
    }
    return try inverseTransform(codes.values)
  }
}
