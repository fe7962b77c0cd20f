extension MLPClassifier {
  /// A fitted classifier holding a model file's weights, ready for `predict`,
  /// `predictProba` and `score` — the same code paths as after `fit`, so a saved
  /// model predicts exactly what the classifier that wrote it predicted.
  ///
  /// `hiddenLayerSizes` and `activation` come from the model; the other
  /// hyperparameters keep their defaults (a model file stores no training settings).
  /// The model's scaling is not applied here: transform `x` with `model.scaling`
  /// first, as `mlp predict` does. Introduced in §2.5.
  public convenience init(model: ModelFile) {
    self.init(hiddenLayerSizes: model.hiddenLayerSizes, activation: model.activation)
    let units = model.layerUnits
    network = MLPNetwork(
      layerUnits: units, coefs: model.coefs.map(\.scalars),
      intercepts: model.intercepts.map(\.scalars), hiddenActivation: model.activation,
      outputIsLogistic: units[units.count - 1] == 1)
    classes = model.classes
    classIndex = Dictionary(uniqueKeysWithValues: model.classes.enumerated().map { ($1, $0) })
    nFeaturesIn = units[0]
    nOutputs = units[units.count - 1]
    nLayers = units.count
  }
}
