/// A trained classifier as a file: what `mlp train` writes and `mlp predict` and
/// `mlp evaluate` read, in sklearn's names so a few lines of Python move it both ways.
///
/// It holds what prediction needs and nothing else: the feature columns by name
/// (`feature_names`, in the order of `coefs[0]`'s rows), the label column's name
/// (`target`), the sorted `classes`, the hidden `activation`, the weights
/// `coefs[i]: [fanIn, fanOut]` and `intercepts[i]: [fanOut]` chained
/// `[features, hidden…, outputs]`, and the feature scaling fitted on the training
/// rows (`scaler`: `mean` and `scale`, or none). The output layer follows from the
/// classes: one logistic unit for one or two classes, a softmax over `K ≥ 3`.
/// Prediction is `a ← f(a · coefs[i] + intercepts[i])` on `(x − mean) / scale`.
/// Every initialiser checks that the parts fit together. Introduced in §2.5.
public struct ModelFile: Equatable, Sendable {
  /// The `"format"` value that marks a model file.
  public static let formatName = "mlp-workbook-model"
  /// The format version this library writes and reads.
  public static let formatVersion = 1

  /// The standardisation a model applies before its first layer: `z = (x − mean) / scale`
  /// per feature, sklearn's `StandardScaler` `mean_` and `scale_`. Introduced in §2.1.
  public struct Scaling: Equatable, Sendable {
    /// Per-feature means `[features]`.
    public let mean: [Double]
    /// Per-feature divisors `[features]`, all finite and > 0.
    public let scale: [Double]

    /// A scaling from its two vectors.
    /// - Throws: `DataError` when they are empty, differ in length, are not finite, or
    ///   a scale is not > 0.
    public init(mean: [Double], scale: [Double]) throws {
      if let problem = Scaling.problem(mean: mean, scale: scale) {
        throw DataError("ModelFile: scaler.\(problem.key) \(problem.message)")
      }
      self.mean = mean
      self.scale = scale
    }

    /// The statistics of a fitted `StandardScaler` (with mean and std, the defaults).
    /// - Throws: `NotFittedError` before `fit`; `ParameterError` when `withMean` or
    ///   `withStd` is off.
    public init(_ scaler: StandardScaler) throws {
      guard scaler.isFitted else { throw NotFittedError(estimator: "StandardScaler") }
      guard scaler.withMean, scaler.withStd, let mean = scaler.mean, let scale = scaler.scale
      else {
        throw ParameterError(
          parameter: "scaler", expected: "a StandardScaler with withMean and withStd on",
          got: "withMean: \(scaler.withMean), withStd: \(scaler.withStd)")
      }
      try self.init(mean: mean, scale: scale)
    }

    /// `(x − mean) / scale` for `x: [samples, features]`, in `StandardScaler`'s order
    /// of operations (subtract, then divide), so the numbers are identical.
    /// - Throws: `ShapeError` when `x` is not 2-D with `mean.count` columns.
    public func transform(_ x: Tensor) throws -> Tensor {
      guard x.rank == 2, x.shape[1] == mean.count else {
        throw ShapeError(
          operation: "ModelFile.Scaling.transform", shapes: [x.shape, [mean.count]],
          reason: "x must be [samples, \(mean.count)], one column per scaled feature")
      }
      var z = x.scalars
      let m = mean.count
      for i in 0..<x.shape[0] {
        for j in 0..<m {
          z[i * m + j] -= mean[j]
          z[i * m + j] /= scale[j]
        }
      }
      return Tensor(unchecked: x.shape, z)  // [samples, features]
    }

    static func problem(mean: [Double], scale: [Double]) -> ModelFile.Problem? {
      guard !mean.isEmpty else { return .init("mean", "must hold one number per feature") }
      guard mean.count == scale.count else {
        return .init(
          "scale", "has \(scale.count) numbers but mean has \(mean.count); one of each per feature")
      }
      if let j = mean.firstIndex(where: { !$0.isFinite }) {
        return .init("mean[\(j)]", "is \(mean[j]); it must be a finite number")
      }
      if let j = scale.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
        return .init("scale[\(j)]", "is \(scale[j]); it must be a finite number > 0")
      }
      return nil
    }
  }

  /// The name of the label column in the training CSV.
  public let target: String
  /// The feature columns, in the order the first layer expects them.
  public let featureNames: [String]
  /// The class labels, sorted as sklearn's `classes_`.
  public let classes: [ClassLabel]
  /// The hidden layers' activation.
  public let activation: Activation
  /// `coefs[i]: [fanIn, fanOut]`.
  public let coefs: [Tensor]
  /// `intercepts[i]: [fanOut]`.
  public let intercepts: [Tensor]
  /// The scaling applied to the features first, or `nil` for none.
  public let scaling: Scaling?

  /// `[features, hidden…, outputs]`.
  public var layerUnits: [Int] { [coefs[0].shape[0]] + coefs.map { $0.shape[1] } }
  /// The hidden layer sizes (sklearn's `hidden_layer_sizes`), possibly empty.
  public var hiddenLayerSizes: [Int] { coefs.dropLast().map { $0.shape[1] } }
  /// The number of features (sklearn's `n_features_in_`).
  public var nFeaturesIn: Int { featureNames.count }
  /// `.logistic` for one or two classes, `.softmax` for more (sklearn's `out_activation_`).
  public var outActivation: MLPClassifier.OutputActivation {
    classes.count <= 2 ? .logistic : .softmax
  }

  /// A model from its parts.
  /// - Throws: `DataError` naming the part (by its JSON key) that does not fit: names
  ///   empty or repeated, classes unsorted, repeated or of mixed kinds, weights that do
  ///   not chain from `featureNames.count` inputs to the outputs the classes need,
  ///   non-finite weights, or a scaling of the wrong length.
  public init(
    target: String, featureNames: [String], classes: [ClassLabel], activation: Activation,
    coefs: [Tensor], intercepts: [Tensor], scaling: Scaling?
  ) throws {
    if let problem = ModelFile.problem(
      target: target, featureNames: featureNames, classes: classes, coefs: coefs,
      intercepts: intercepts, scaling: scaling)
    {
      throw DataError("ModelFile: \(problem.key) \(problem.message)")
    }
    self.target = target
    self.featureNames = featureNames
    self.classes = classes
    self.activation = activation
    self.coefs = coefs
    self.intercepts = intercepts
    self.scaling = scaling
  }

  /// The fitted `classifier` with the feature and label names of its data and the
  /// scaling fitted on its training rows.
  /// - Throws: `NotFittedError` before `fit`; `DataError` as the memberwise init
  ///   (e.g. a `featureNames` count other than `nFeaturesIn`).
  public init(
    classifier: MLPClassifier, featureNames: [String], target: String, scaling: Scaling?
  ) throws {
    guard classifier.isFitted else { throw NotFittedError(estimator: "MLPClassifier") }
    try self.init(
      target: target, featureNames: featureNames, classes: classifier.classes,
      activation: classifier.activation, coefs: classifier.coefs,
      intercepts: classifier.intercepts, scaling: scaling)
  }

  /// One thing wrong with a model, named by its JSON key (`coefs[1]`).
  struct Problem: Equatable {
    let key: String
    let message: String
    init(_ key: String, _ message: String) {
      self.key = key
      self.message = message
    }
  }
}
