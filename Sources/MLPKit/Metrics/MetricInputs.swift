/// Checks shared by the metrics that compare true and predicted labels, with
/// sklearn's rules: equal lengths, at least one sample, one kind of label.
enum MetricInputs {
  /// Throws unless `yTrue` and `yPred` have the same non-zero length and do not
  /// mix numbers and names; returns their sorted union (sklearn's `unique_labels`).
  static func check(
    _ yTrue: [ClassLabel], _ yPred: [ClassLabel], operation: String
  ) throws -> [ClassLabel] {
    guard yTrue.count == yPred.count else {
      throw ShapeError(
        operation: operation, shapes: [[yTrue.count], [yPred.count]],
        reason: "yTrue and yPred need one label per sample, found input variables with "
          + "inconsistent numbers of samples: [\(yTrue.count), \(yPred.count)]")
    }
    guard !yTrue.isEmpty else {
      throw ShapeError(
        operation: operation, shapes: [[0], [0]],
        reason: "found empty input arrays (yTrue and yPred) while a minimum of 1 sample is required"
      )
    }
    do {
      return try ClassLabel.sortedClasses(yTrue + yPred)
    } catch {
      throw LabelError(
        "\(operation): mix of label input types (names and numbers) in yTrue and yPred; "
          + "encode both the same way (e.g. with the same LabelEncoder)")
    }
  }

  /// Throws unless `labels` is non-empty, has no duplicates, and is of the same
  /// kind (numbers or names) as `present`.
  static func check(labels: [ClassLabel], present: [ClassLabel], operation: String) throws {
    guard !labels.isEmpty else {
      throw ParameterError(
        parameter: "labels", expected: "at least one label (or nil for all labels)", got: "[]")
    }
    if let duplicate = labels.enumerated().first(where: {
      labels[..<$0.offset].contains($0.element)
    }) {
      throw ParameterError(
        parameter: "labels", expected: "distinct labels",
        got: "\(ClassLabel.listed(labels)), where \(duplicate.element.quoted) appears twice")
    }
    do {
      _ = try ClassLabel.sortedClasses(labels + present)
    } catch {
      throw LabelError(
        "\(operation): labels \(ClassLabel.listed(labels)) and the labels in the data "
          + "\(ClassLabel.listed(present)) mix numbers and names; use one kind of label")
    }
  }

  /// 1-D label tensors as integer labels.
  static func classLabels(_ y: LabelTensor, name: String, operation: String) throws -> [ClassLabel]
  {
    guard y.rank == 1 else {
      throw ShapeError(
        operation: operation, shapes: [y.shape], reason: "\(name) must be a 1-D tensor of labels")
    }
    return y.classLabels
  }
}
