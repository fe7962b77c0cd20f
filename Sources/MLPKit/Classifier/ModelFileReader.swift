import Foundation

/// Walks the parsed JSON of a model file, remembering where each part sits so a
/// problem found later (a shape that does not chain) points at its line and column.
final class ModelFileReader {
  let source: String
  var places: [String: (line: Int, column: Int)] = [:]

  init(source: String) { self.source = source }

  func error(_ line: Int, _ column: Int, _ message: String) -> DataError {
    DataError(file: source, line: line, column: column, message)
  }

  /// The place of `key`, or of the nearest enclosing part (`coefs[0][1][2]` → `coefs[0]`).
  func place(of key: String) -> (line: Int, column: Int) {
    var key = key
    while !key.isEmpty {
      if let place = places[key] { return place }
      if key.hasSuffix("]"), let open = key.lastIndex(of: "[") {
        key = String(key[..<open])
      } else if let dot = key.lastIndex(of: ".") {
        key = String(key[..<dot])
      } else {
        break
      }
    }
    return (1, 1)
  }

  func read(_ root: WeightsJSON.Value) throws -> ModelFile {
    guard case .object(let members) = root else {
      throw error(1, 1, "not a model file: expected a JSON object, found \(root.kind)")
    }
    try checkFormat(members)
    var values: [String: WeightsJSON.Value] = [:]
    for member in members {
      guard
        ModelFile.requiredKeys.contains(member.key) || ModelFile.optionalKeys.contains(member.key)
      else {
        let known = (ModelFile.requiredKeys + ModelFile.optionalKeys).map { "\"\($0)\"" }
        throw error(
          member.line, member.column,
          "unknown key \"\(member.key)\" in a model file; the keys are "
            + known.joined(separator: ", "))
      }
      values[member.key] = member.value
      places[member.key] = (member.line, member.column)
    }
    if let missing = ModelFile.requiredKeys.first(where: { values[$0] == nil }) {
      throw DataError(file: source, "the model file has no \"\(missing)\"")
    }
    func value(_ key: String) -> WeightsJSON.Value { values[key] ?? .null }

    let target = try string(value("target"), "target")
    let featureNames = try list(value("feature_names"), "feature_names") { try string($0, $1) }
    let classes = try list(value("classes"), "classes") { try label($0, $1) }
    let activationName = try string(value("activation"), "activation")
    guard let activation = Activation(rawValue: activationName) else {
      let at = place(of: "activation")
      let names = Activation.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
      throw error(
        at.line, at.column, "activation must be one of \(names); got \"\(activationName)\"")
    }
    let coefs = try list(value("coefs"), "coefs") { try tensor($0, $1) }
    let intercepts = try list(value("intercepts"), "intercepts") { try tensor($0, $1) }
    let scaling = try scaler(values["scaler"])
    if let problem = ModelFile.problem(
      target: target, featureNames: featureNames, classes: classes, coefs: coefs,
      intercepts: intercepts, scaling: scaling)
    {
      let at = place(of: problem.key)
      throw error(at.line, at.column, "\(problem.key) \(problem.message)")
    }
    let model = try ModelFile(
      target: target, featureNames: featureNames, classes: classes, activation: activation,
      coefs: coefs, intercepts: intercepts, scaling: scaling)
    try checkRedundant(values, model)
    return model
  }

  /// The `"format"` and `"version"` members, checked first: they say what the file is.
  func checkFormat(_ members: [(key: String, value: WeightsJSON.Value, line: Int, column: Int)])
    throws
  {
    guard let format = members.first(where: { $0.key == "format" }) else {
      throw error(
        1, 1,
        "not a model file: it has no \"format\": \"\(ModelFile.formatName)\" "
          + "(models are written by `mlp train --model-out`)")
    }
    guard case .string(let name) = format.value, name == ModelFile.formatName else {
      let what: String
      switch format.value {
      case .string("mlp-workbook-weights"): what = "a weights file (saveWeights), not a model file"
      case .string(TrainingReport.formatName): what = "a training report, not a model file"
      case .string(let other): what = "of format \"\(other)\", not \"\(ModelFile.formatName)\""
      default: what = "not a model file: \"format\" must be \"\(ModelFile.formatName)\""
      }
      throw error(format.line, format.column, "the file is \(what)")
    }
    guard let version = members.first(where: { $0.key == "version" }) else { return }
    guard case .number(Double(ModelFile.formatVersion), _) = version.value else {
      throw error(
        version.line, version.column,
        "unsupported model file version; this library reads version \(ModelFile.formatVersion)")
    }
  }

  /// `n_features_in`, `hidden_layer_sizes` and `out_activation` repeat what the
  /// weights say; when present, they must say the same.
  func checkRedundant(_ values: [String: WeightsJSON.Value], _ model: ModelFile) throws {
    if let value = values["n_features_in"] {
      let count = try integer(value, "n_features_in")
      guard count == model.nFeaturesIn else {
        let at = place(of: "n_features_in")
        throw error(
          at.line, at.column,
          "n_features_in is \(count) but feature_names and coefs[0] have \(model.nFeaturesIn)")
      }
    }
    if let value = values["hidden_layer_sizes"] {
      let sizes = try list(value, "hidden_layer_sizes") { try integer($0, $1) }
      guard sizes == model.hiddenLayerSizes else {
        let at = place(of: "hidden_layer_sizes")
        throw error(
          at.line, at.column,
          "hidden_layer_sizes is \(sizes) but the weights have hidden layers \(model.hiddenLayerSizes)"
        )
      }
    }
    if let value = values["out_activation"] {
      let name = try string(value, "out_activation")
      guard name == model.outActivation.rawValue else {
        let at = place(of: "out_activation")
        throw error(
          at.line, at.column,
          "out_activation is \"\(name)\" but \(model.classes.count) classes use "
            + "\"\(model.outActivation.rawValue)\"")
      }
    }
  }

  func scaler(_ value: WeightsJSON.Value?) throws -> ModelFile.Scaling? {
    guard let value, case .object(let members) = value else {
      if let value, case .null = value { return nil }
      guard let value else { return nil }
      let at = place(of: "scaler")
      throw error(
        at.line, at.column,
        "scaler must be null or an object {\"mean\": […], \"scale\": […]}, found \(value.kind)")
    }
    var mean: [Double]? = nil
    var scale: [Double]? = nil
    for member in members {
      let key = "scaler.\(member.key)"
      switch member.key {
      case "mean", "scale":
        guard case .array(let items) = member.value else {
          throw error(member.line, member.column, "\(key) must be a list of numbers")
        }
        let numbers = try items.enumerated().map { j, item in
          try number(item.value, "\(key)[\(j)]", item.line, item.column)
        }
        if member.key == "mean" { mean = numbers } else { scale = numbers }
      default:
        throw error(
          member.line, member.column,
          "unknown key \"\(member.key)\" in scaler; the keys are \"mean\" and \"scale\"")
      }
    }
    guard let mean, let scale else {
      let at = place(of: "scaler")
      throw error(at.line, at.column, "scaler needs both \"mean\" and \"scale\"")
    }
    if let problem = ModelFile.Scaling.problem(mean: mean, scale: scale) {
      let at = place(of: "scaler")
      throw error(at.line, at.column, "scaler.\(problem.key) \(problem.message)")
    }
    return try ModelFile.Scaling(mean: mean, scale: scale)
  }
}
