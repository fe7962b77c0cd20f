import Foundation
import MLPKit
import Testing

/// A JSON value of any kind, for the hyperparameter dictionaries in the fixtures.
enum JSONValue: Decodable, Equatable {
  case number(Double)
  case string(String)
  case bool(Bool)
  case array([JSONValue])
  case object([String: JSONValue])
  case null

  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let n = try? c.decode(Double.self) {
      self = .number(n)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([JSONValue].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: JSONValue].self))
    }
  }

  var double: Double? { if case .number(let v) = self { return v } else { return nil } }
  var int: Int? { double.map { Int($0) } }
  var string: String? { if case .string(let v) = self { return v } else { return nil } }
  var bool: Bool? { if case .bool(let v) = self { return v } else { return nil } }
  var array: [JSONValue]? { if case .array(let v) = self { return v } else { return nil } }
  var object: [String: JSONValue]? {
    if case .object(let v) = self { return v } else { return nil }
  }
}

/// A dataset stored in a fixture: row-major `x` and one label per row.
struct FixtureDataset: Decodable {
  let rows: Int
  let features: Int
  let x: [Double]
  let y: [FixtureLabel]

  var tensor: Tensor { get throws { try Tensor(shape: [rows, features], scalars: x) } }
  var labels: [ClassLabel] { y.map(\.label) }
}

/// Builds an `MLPClassifier` from sklearn-named hyperparameters (the fixture's
/// overrides); an unknown name is a test failure.
func makeClassifier(_ params: [String: JSONValue]) throws -> MLPClassifier {
  let model = MLPClassifier()
  for key in params.keys.sorted() {
    try apply(key, params[key] ?? .null, to: model)
  }
  return model
}

/// Sets one sklearn-named hyperparameter on `model`.
func apply(_ key: String, _ value: JSONValue, to model: MLPClassifier) throws {
  func need<T>(_ v: T?) throws -> T {
    guard let v else { throw FixtureError("bad value \(value) for \(key)") }
    return v
  }
  switch key {
  case "hidden_layer_sizes": model.hiddenLayerSizes = try need(value.array).map { try need($0.int) }
  case "activation": model.activation = try Activation(named: try need(value.string))
  case "solver": model.solver = try MLPClassifier.Solver(named: try need(value.string))
  case "alpha": model.alpha = try need(value.double)
  case "batch_size":
    model.batchSize = try MLPClassifier.BatchSize(named: value.string ?? "\(try need(value.int))")
  case "learning_rate":
    model.learningRate = try MLPClassifier.LearningRateSchedule(named: try need(value.string))
  case "learning_rate_init": model.learningRateInit = try need(value.double)
  case "power_t": model.powerT = try need(value.double)
  case "max_iter": model.maxIter = try need(value.int)
  case "shuffle": model.shuffle = try need(value.bool)
  case "random_state": model.randomState = value == .null ? nil : try need(value.int)
  case "tol": model.tol = try need(value.double)
  case "verbose": model.verbose = try need(value.bool)
  case "warm_start": model.warmStart = try need(value.bool)
  case "momentum": model.momentum = try need(value.double)
  case "nesterovs_momentum": model.nesterovsMomentum = try need(value.bool)
  case "early_stopping": model.earlyStopping = try need(value.bool)
  case "validation_fraction": model.validationFraction = try need(value.double)
  case "beta_1": model.beta1 = try need(value.double)
  case "beta_2": model.beta2 = try need(value.double)
  case "epsilon": model.epsilon = try need(value.double)
  case "n_iter_no_change": model.nIterNoChange = try need(value.int)
  case "max_fun": model.maxFun = try need(value.int)
  default: throw FixtureError("unknown hyperparameter \(key)")
  }
}

struct FixtureError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// Captures what a model sends to its warning and verbose sinks.
final class CapturedOutput {
  var warnings: [[String]] = []
  var lines: [String] = []

  func attach(to model: MLPClassifier) {
    model.warningSink = { [unowned self] in self.warnings.append([$0.category, $0.message]) }
    model.verboseSink = { [unowned self] in self.lines.append($0) }
  }
}

/// `|a − b| ≤ tolerance · max(1, max|b|)` for every element: absolute at the scale of
/// the reference.
func closeAtScale(_ a: [Double], _ b: [Double], tolerance: Double) -> Bool {
  let scale = max(1, b.map(abs).max() ?? 0)
  return a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * scale }
}

/// The largest relative difference `|a − b| / |b|` (for failure messages).
func maxRelativeDifference(_ a: [Double], _ b: [Double]) -> Double {
  zip(a, b).map { abs($0 - $1) / max(abs($1), .leastNormalMagnitude) }.max() ?? 0
}
