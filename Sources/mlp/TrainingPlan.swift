import MLPKit

/// What `mlp train` is about to fit, known before training starts: the data, the
/// split, the scaling and the network. The summary's first rows print it.
/// Introduced in §2.3.
struct TrainingPlan {
  let data: Dataset
  /// Rows per part; `testRows` is 0 with `--test-size 0`.
  let trainRows: Int
  let testRows: Int
  /// Whether the features are standardised (`--scale standard`).
  let scaled: Bool
  /// The classifier, not fitted yet.
  let classifier: MLPClassifier
  /// The distinct labels of the training rows.
  let classCount: Int

  /// sklearn's output layer: one logistic unit for up to 2 classes (`LabelBinarizer`
  /// gives one column), otherwise one softmax unit per class.
  var outputs: Int { classCount <= 2 ? 1 : classCount }

  /// The output activation `fit` will choose.
  var outActivation: String { outputs == 1 ? "logistic" : "softmax" }

  /// Units per layer, inputs first: `[features, hidden…, outputs]`.
  var units: [Int] { [data.featureCount] + classifier.hiddenLayerSizes + [outputs] }
}
