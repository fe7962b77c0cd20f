import Foundation
import MLPKit
import Testing

/// The estimator checks about what must not change: predictions of a row do not
/// depend on the other rows or their order, a saved model predicts what the fitted one
/// did, and no input is modified (sklearn's check_methods_subset_invariance,
/// check_methods_sample_order_invariance, check_estimators_pickle and
/// check_dont_overwrite_parameters / check_estimators_dtypes' input checks).
@Suite struct EstimatorChecksInvarianceTests {
  static let solvers: [MLPClassifier.Solver] = [.lbfgs, .sgd, .adam]

  /// A fitted model and its training data (three blobs, or two classes with names).
  static func fitted(_ solver: MLPClassifier.Solver, binary: Bool = false) throws -> (
    MLPClassifier, Tensor, [ClassLabel]
  ) {
    let data = try makeBlobs(
      nSamples: 45, centers: binary ? [[0, 0], [3, 1]] : [[0, 0], [4, 0], [0, 4]], randomState: 11)
    let y = binary ? data.y.map { $0 == 0 ? ClassLabel.string("no") : "yes" } : data.y
    let model = EstimatorChecksTests.model(solver)
    try model.fit(data.x, y)
    return (model, data.x, y)
  }

  /// Each row's prediction is computed alone: a subset or a single row gets the numbers
  /// it gets inside the full batch, within sklearn's `atol=1e-7`. Not bit for bit: like
  /// NumPy, a one-output layer sums a single row (`ddot`) in another order than several
  /// (`dgemv_t`), which moves the last bit or two.
  @Test(arguments: solvers) func predictionsDoNotDependOnOtherRows(_ solver: MLPClassifier.Solver)
    throws
  {
    for binary in [false, true] {
      let (model, x, _) = try Self.fitted(solver, binary: binary)
      let all = try model.predictProba(x)
      let k = all.columnCount
      for range in [0..<1, 7..<8, 3..<19, 44..<45] {
        let part = try model.predictProba(try x.rows(range))
        let inBatch = Array(all.scalars[(range.lowerBound * k)..<(range.upperBound * k)])
        #expect(allClose(part.scalars, inBatch, rtol: 0, atol: 1e-7))
        #expect(try model.predict(try x.rows(range)) == Array(try model.predict(x)[range]))
      }
    }
  }

  /// Rows in another order give the same predictions in that order (sklearn checks
  /// `atol=1e-9`; a permutation keeps the batch size, so here they are identical).
  @Test(arguments: solvers) func predictionsFollowTheRowOrder(_ solver: MLPClassifier.Solver) throws
  {
    let (model, x, _) = try Self.fitted(solver)
    var rng = RandomState(seed: 5)
    let order = rng.permutation(x.rowCount)
    let labels = try model.predict(x)
    #expect(try model.predict(try x.rows(order)) == order.map { labels[$0] })
    let proba = try model.predictProba(x)
    #expect(try model.predictProba(try x.rows(order)) == (try proba.rows(order)))
  }

  /// A model saved as a model file and read back predicts the same numbers, bit for bit
  /// (the JSON numbers are written in their shortest exact form).
  @Test(arguments: solvers) func aSavedModelPredictsTheSame(_ solver: MLPClassifier.Solver) throws {
    for binary in [false, true] {
      let (model, x, _) = try Self.fitted(solver, binary: binary)
      let file = try ModelFile(
        classifier: model, featureNames: ["a", "b"], target: "y", scaling: nil)
      let back = MLPClassifier(model: try ModelFile(jsonText: file.jsonText))
      #expect(back.classes == model.classes)
      #expect(try back.predictProba(x) == (try model.predictProba(x)))
      #expect(try back.predict(x) == (try model.predict(x)))
    }
  }

  /// Nothing the caller passes in is changed: x, y, classes and injected weights keep
  /// their exact bits through fit, partialFit, predict and score.
  @Test(arguments: solvers) func noInputIsModified(_ solver: MLPClassifier.Solver) throws {
    let data = try makeBlobs(nSamples: 30, centers: [[0, 0], [3, 0], [0, 3]], randomState: 2)
    let (x, y) = (data.x, data.y)
    let xBits = x.scalars.map(\.bitPattern)
    let yCopy = y
    let coefs = [
      try Tensor(shape: [2, 5], scalars: (0..<10).map { Double($0) / 20 - 0.2 }),
      try Tensor(shape: [5, 3], scalars: (0..<15).map { Double($0) / 30 - 0.2 }),
    ]
    let intercepts = [Tensor([0.1, 0, -0.1, 0.2, 0]), Tensor([0, 0.1, -0.1])]
    let model = EstimatorChecksTests.model(solver)
    try model.setInitialWeights(coefs: coefs, intercepts: intercepts)
    try model.fit(x, y)
    _ = try model.predict(x)
    _ = try model.predictProba(x)
    _ = try model.score(x, y)
    if solver.isStochastic {
      let fresh = EstimatorChecksTests.model(solver)
      let classes: [ClassLabel] = [2, 0, 1]
      try fresh.partialFit(x, y, classes: classes)
      #expect(classes == [2, 0, 1])
    }
    #expect(x.scalars.map(\.bitPattern) == xBits)
    #expect(y == yCopy)
    #expect(coefs[0].scalars == (0..<10).map { Double($0) / 20 - 0.2 })
    #expect(intercepts[1].scalars == [0, 0.1, -0.1])
    // the fit moved away from the injected weights, into the model's own storage
    #expect(model.coefs[0] != coefs[0])
  }
}
