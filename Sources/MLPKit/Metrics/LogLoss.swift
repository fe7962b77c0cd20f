import Foundation

/// The mean negative log-likelihood of the true labels under predicted
/// probabilities, as sklearn 1.9's `log_loss`.
///
/// `L = −(1/n) Σᵢ log clip(Pᵢ,yᵢ, ε, 1−ε)` with `ε = 2.220446049250313e-16` (float64
/// machine epsilon), for `yProba: [samples, classes]` whose columns follow the
/// sorted classes (sklearn's `LabelBinarizer` order: `labels` if given, otherwise
/// the classes in `yTrue`). A 1-D `[samples]` or one-column `yProba` holds
/// P(classes[1]) and is read as the two columns `[1 − p, p]`. Rows are not
/// renormalised: rows that do not sum to 1 give a warning and are used as they are.
/// Clipping bounds every term: a perfect prediction gives `−log(1−ε) =
/// 2.220446049250313e-16`, a fully wrong one `−log ε = 36.04365338911715`. With
/// `normalize: false`, the sum instead of the mean. Introduced in §2.3.
/// - Throws: `ShapeError` for a `yProba` that is not 1-D or 2-D, is empty, or has
///   one row per sample missing, or whose columns do not match the classes;
///   `DataError` for NaN or infinite probabilities; `ParameterError` for values
///   outside `[0, 1]` or fewer than two `labels`; `LabelError` when `yTrue` holds a
///   single class and `labels` is nil, or a label missing from `labels`.
public func logLoss(
  _ yTrue: [ClassLabel], _ yProba: Tensor, labels: [ClassLabel]? = nil,
  normalize: Bool = true, warn: (String) -> Void = printWarningOnStandardError
) throws -> Double {
  try LogLossInputs.checkProbabilities(yProba, sampleCount: yTrue.count)
  let classes = try LogLossInputs.classes(of: yTrue, labels: labels, warn: warn)
  let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
  let n = yProba.shape[0]
  // a single column holds P(classes[1]); sklearn prepends 1 − p as column 0
  let probabilities: [Double]
  let k: Int
  if yProba.rank == 1 || yProba.shape[1] == 1 {
    probabilities = yProba.scalars.flatMap { [1 - $0, $0] }  // [samples, 2]
    k = 2
  } else {
    probabilities = yProba.scalars
    k = yProba.shape[1]
  }
  let sums = NumPySummation.rowSums(probabilities, rows: n, columns: k)  // [samples]
  let tolerance = 1e-8 + Double.ulpOfOne.squareRoot()  // np.isclose(sum, 1, rtol=√ε)
  if sums.contains(where: { !(abs($0 - 1) <= tolerance) }) {
    warn("The y_prob values do not sum to one. Make sure to pass probabilities.")
  }
  guard classes.count == k else {
    let reason =
      labels == nil
      ? "y_true and y_prob contain different number of classes: \(classes.count) vs \(k). "
        + "Please provide the true labels explicitly through the labels argument. "
        + "Classes found in y_true: \(ClassLabel.listed(classes))"
      : "the number of classes in labels (\(classes.count)) is different from that in "
        + "y_prob (\(k)). Classes found in labels: \(ClassLabel.listed(classes))"
    throw ShapeError(operation: "logLoss", shapes: [yProba.shape], reason: reason)
  }
  let eps = Double.ulpOfOne
  let losses = yTrue.enumerated().map { i, label -> Double in
    // every label has a column: `classes` holds all of yTrue's labels
    let p = probabilities[i * k + (index[label] ?? 0)]
    return -numPyLog(Swift.min(Swift.max(p, eps), 1 - eps))
  }
  let total = NumPySummation.pairwise(losses)
  return normalize ? total / Double(n) : total
}

/// `logLoss` with class-index targets, e.g. the `LabelTensor` a training loop uses.
/// - Throws: as above, and `ShapeError` when `yTrue` is not 1-D.
public func logLoss(
  _ yTrue: LabelTensor, _ yProba: Tensor, labels: [ClassLabel]? = nil,
  normalize: Bool = true, warn: (String) -> Void = printWarningOnStandardError
) throws -> Double {
  try logLoss(
    MetricInputs.classLabels(yTrue, name: "yTrue", operation: "logLoss"), yProba,
    labels: labels, normalize: normalize, warn: warn)
}

/// `log(x)` as NumPy computes it for the log loss.
///
/// NumPy's vectorised `log` (SVML on AVX-512 machines) returns exactly `−ε` for
/// `log(1 − ε)`, where glibc's correctly rounded `log` gives one ulp more. `1 − ε` is
/// the upper clip bound, which every confident prediction hits, so it gets NumPy's
/// value; elsewhere the two agree to within 1 ulp.
func numPyLog(_ x: Double) -> Double {
  x == 1 - Double.ulpOfOne ? -Double.ulpOfOne : log(x)
}
