extension MLPClassifier {
  /// Makes every fresh fit start from these weights instead of random draws (for
  /// parity tests and `mlp --init-weights`). Nothing is drawn from the random
  /// stream for them, so the shuffles start at the stream's first draw.
  ///
  /// Shapes: `coefs[i]` is `[fanIn, fanOut]`, `intercepts[i]` is `[fanOut]`, chained
  /// `[features, hidden…, outputs]`. They are checked against the data at `fit`.
  /// - Throws: `ShapeError` naming the layer and both shapes when the list does not
  ///   chain; `ParameterError` when the lists are empty or of different lengths.
  /// Introduced in §2.5.
  public func setInitialWeights(coefs: [Tensor], intercepts: [Tensor]) throws {
    guard !coefs.isEmpty, coefs.count == intercepts.count else {
      throw ParameterError(
        parameter: "initial weights",
        expected: "one intercept vector per weight matrix (at least one layer)",
        got: "\(coefs.count) coefs and \(intercepts.count) intercepts")
    }
    for (i, (w, b)) in zip(coefs, intercepts).enumerated() {
      guard w.rank == 2 else {
        throw ShapeError(
          operation: "initialCoefs[\(i)]", shapes: [w.shape],
          reason: "a layer's weights are [fanIn, fanOut]")
      }
      guard b.shape == [w.shape[1]] else {
        throw ShapeError(
          operation: "initialIntercepts[\(i)]", shapes: [b.shape, w.shape],
          reason: "layer \(i) has \(w.shape[1]) units, so its intercepts must be [\(w.shape[1])]")
      }
      if i > 0, coefs[i - 1].shape[1] != w.shape[0] {
        throw ShapeError(
          operation: "initialCoefs[\(i)]", shapes: [coefs[i - 1].shape, w.shape],
          reason:
            "layer \(i - 1) has \(coefs[i - 1].shape[1]) outputs but layer \(i) takes \(w.shape[0]) inputs"
        )
      }
    }
    initialCoefs = coefs
    initialIntercepts = intercepts
  }

  /// Goes back to Glorot draws for fresh fits. Introduced in §2.5.
  public func removeInitialWeights() {
    initialCoefs = nil
    initialIntercepts = nil
  }

  /// The weights a first pass starts from: the injected ones, checked against
  /// `units`, or sklearn's Glorot-uniform draws.
  ///
  /// Glorot: `bound = √(factor / (fanIn + fanOut))`, factor 2 for logistic hidden
  /// units and 6 otherwise; the `[fanIn, fanOut]` weights are drawn row-major from
  /// `U(−bound, bound)`, then the `fanOut` intercepts with the same bound, layer by
  /// layer (sklearn's `_init_coef`).
  func startingWeights(units: [Int], rng: inout RandomState) throws -> ([[Double]], [[Double]]) {
    if let initialCoefs, let initialIntercepts {
      guard initialCoefs.count == units.count - 1 else {
        throw ShapeError(
          operation: "initial weights", shapes: initialCoefs.map(\.shape),
          reason:
            "the network \(units) has \(units.count - 1) weight layers, \(initialCoefs.count) were given"
        )
      }
      for i in 0..<(units.count - 1) where initialCoefs[i].shape != [units[i], units[i + 1]] {
        throw ShapeError(
          operation: "initialCoefs[\(i)]",
          shapes: [initialCoefs[i].shape, [units[i], units[i + 1]]],
          reason:
            "layer \(i) of the network \(units) needs [fanIn, fanOut] = [\(units[i]), \(units[i + 1])]"
        )
      }
      return (initialCoefs.map(\.scalars), initialIntercepts.map(\.scalars))
    }
    var coefs: [[Double]] = []
    var intercepts: [[Double]] = []
    let factor = activation == .logistic ? 2.0 : 6.0
    for i in 0..<(units.count - 1) {
      let (fanIn, fanOut) = (units[i], units[i + 1])
      let bound = (factor / Double(fanIn + fanOut)).squareRoot()
      coefs.append(rng.uniform(low: -bound, high: bound, count: fanIn * fanOut))  // [fanIn, fanOut]
      intercepts.append(rng.uniform(low: -bound, high: bound, count: fanOut))  // [fanOut]
    }
    return (coefs, intercepts)
  }
}
