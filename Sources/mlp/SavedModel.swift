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
  /// model's order, scaled with the training rows' statistics. `command` names the
  /// subcommand for the memory estimate (`MemoryLimits`).
  /// - Returns: `[rows, features]`.
  func features(_ file: String, command: String) throws -> Tensor {
    let maxBytes = try MemoryLimits.checkCSV(file, command: command)
    let reader = CSVReader(
      target: model.target, featureColumns: model.featureNames, maxBytes: maxBytes)
    let x = try reader.readFeatures(file: file).x  // [rows, features]
    return try scaled(x, file: file)
  }

  /// `x` standardised as the training rows were; values too large to standardise
  /// are refused (`FeatureMagnitude`).
  private func scaled(_ x: Tensor, file: String) throws -> Tensor {
    guard let scaling = model.scaling else { return x }
    try FeatureMagnitude.check(x, names: model.featureNames, file: file)
    return try scaling.transform(x)  // [rows, features]
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
    let maxBytes = try MemoryLimits.checkCSV(file, command: "evaluate")
    let reader = CSVReader(
      target: target, featureColumns: model.featureNames, maxBytes: maxBytes)
    // the strict column check first (exactly the model's features, plus the target)
    _ = try reader.readFeatures(file: file)
    let data = try reader.read(file: file)
    try checkLabelKind(data.y, file: file, target: target)
    return (try scaled(data.x, file: file), data.y)
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
