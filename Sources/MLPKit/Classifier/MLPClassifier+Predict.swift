import Foundation

extension MLPClassifier {
  /// The predicted label of each row of `x: [samples, features]`.
  ///
  /// One output: `classes[1]` when `p > 0.5` (strictly; 0.5 gives `classes[0]`).
  /// Softmax: the class of the largest probability, the first one on a tie.
  /// - Throws: `NotFittedError` before fitting; `ShapeError` when `x` is not 2-D or
  ///   has the wrong number of features; `DataError` for NaN or infinite inputs.
  /// Introduced in §2.3.
  public func predict(_ x: Tensor) throws -> [ClassLabel] {
    let net = try fittedNetwork()
    let rows = try checkPredictInput(x)
    return predictedLabels(net, x.scalars, rows: rows)
  }

  /// Class probabilities, `[samples, classes.count]`, columns in `classes` order.
  ///
  /// One output `p` becomes the two columns `[1 − p, p]` (two columns even for a
  /// single class); softmax rows are returned as they are.
  /// - Throws: as `predict`.
  /// Introduced in §2.3.
  public func predictProba(_ x: Tensor) throws -> Tensor {
    let net = try fittedNetwork()
    let rows = try checkPredictInput(x)
    let p = net.outputs(x.scalars, rows: rows)
    if net.outputIsLogistic {
      var columns = [Double](repeating: 0, count: 2 * rows)
      for (i, value) in p.enumerated() {
        columns[2 * i] = 1 - value
        columns[2 * i + 1] = value
      }
      return Tensor(unchecked: [rows, 2], columns)  // [samples, 2]
    }
    return Tensor(unchecked: [rows, net.layerUnits[net.depth]], p)  // [samples, classes]
  }

  /// `log(predictProba(x))`, element by element (so a probability of 0 gives −∞).
  /// - Throws: as `predict`.
  /// Introduced in §2.5.
  public func predictLogProba(_ x: Tensor) throws -> Tensor {
    try predictProba(x).map { Foundation.log($0) }
  }

  /// The accuracy of `predict(x)` against `y`: the fraction of equal labels.
  /// - Throws: as `predict`, and `ShapeError` when `y.count` is not the row count.
  /// Introduced in §2.3.
  public func score(_ x: Tensor, _ y: [ClassLabel]) throws -> Double {
    let predicted = try predict(x)
    guard predicted.count == y.count else {
      throw ShapeError(
        operation: "score", shapes: [x.shape, [y.count]], reason: "x needs one row per label")
    }
    return Double(zip(predicted, y).filter { $0 == $1 }.count) / Double(y.count)
  }

  /// The network, or sklearn's `NotFittedError`.
  func fittedNetwork() throws -> MLPNetwork {
    guard let network else { throw NotFittedError(estimator: "MLPClassifier") }
    return network
  }

  /// Rows of `x` after the checks of `fit` and the feature count.
  func checkPredictInput(_ x: Tensor) throws -> Int {
    let (rows, features) = try checkInput(x, operation: "predict")
    try checkFeatures(features, operation: "predict")
    return rows
  }

  /// sklearn's `LabelBinarizer.inverse_transform` of the network's outputs.
  func predictedLabels(_ net: MLPNetwork, _ x: [Double], rows: Int) -> [ClassLabel] {
    let p = net.outputs(x, rows: rows)
    if net.outputIsLogistic {
      // a single class is predicted whatever p is
      guard classes.count == 2 else { return Array(repeating: classes[0], count: rows) }
      return p.map { $0 > 0.5 ? classes[1] : classes[0] }
    }
    let m = net.layerUnits[net.depth]
    return p.withUnsafeBufferPointer { p in
      (0..<rows).map { r in
        classes[Tensor.argmax(of: UnsafeBufferPointer(rebasing: p[(r * m)..<(r * m + m)]))]
      }
    }
  }
}
