import MLPKit

/// A model file loaded for `predict` and `evaluate`: the fitted classifier, and the
/// CSV reading and scaling that put new rows into the form it was trained on.
struct SavedModel {
  let model: ModelFile
  let classifier: MLPClassifier

  init(file: String) throws {
    model = try ModelFile(file: file)
    classifier = MLPClassifier(model: model)
  }

  /// The rows of `file` as the model's input: its feature columns found by name (the
  /// file must have exactly those, plus the label column if it likes), in the
  /// model's order, scaled with the training rows' statistics.
  /// - Returns: `[rows, features]`.
  func features(_ file: String) throws -> Tensor {
    let reader = CSVReader(target: model.target, featureColumns: model.featureNames)
    let x = try reader.readFeatures(file: file).x  // [rows, features]
    return try model.scaling?.transform(x) ?? x
  }

  /// The features of `file` and its labels in column `target`.
  func labelledData(_ file: String, target: String) throws -> (x: Tensor, y: [ClassLabel]) {
    guard !model.featureNames.contains(target) else {
      throw ParameterError(
        parameter: "--target",
        expected: "a label column, not one of the model's features (this model was trained "
          + "with --target '\(model.target)')",
        got: "'\(target)'")
    }
    // the strict column check first (exactly the model's features, plus the target)
    _ = try CSVReader(target: target, featureColumns: model.featureNames).readFeatures(file: file)
    let data = try CSVReader(target: target, featureColumns: model.featureNames).read(file: file)
    try checkLabelKind(data.y, file: file, target: target)
    return (try model.scaling?.transform(data.x) ?? data.x, data.y)
  }

  /// Labels read as names cannot match a model of numbered classes, and vice versa.
  private func checkLabelKind(_ y: [ClassLabel], file: String, target: String) throws {
    func isName(_ label: ClassLabel) -> Bool {
      if case .string = label { return true } else { return false }
    }
    guard let first = y.first, let known = model.classes.first, isName(first) != isName(known)
    else { return }
    let kind = isName(first) ? "names (e.g. '\(first)')" : "numbers (e.g. \(first))"
    let modelKind = isName(known) ? "names" : "numbers"
    throw DataError(
      file: file,
      "the labels in column '\(target)' are \(kind) but the model's classes are \(modelKind), "
        + "\(model.classes.map(TrainingSummary.label).joined(separator: ", "))")
  }
}
