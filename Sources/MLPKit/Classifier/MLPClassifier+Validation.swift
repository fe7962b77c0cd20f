extension MLPClassifier {
  /// Checks every hyperparameter against sklearn's `_parameter_constraints`, as
  /// sklearn does at the start of `fit`.
  /// - Throws: `ParameterError` naming the parameter, its range and the value, e.g.
  ///   `learningRateInit must be a number in (0, ∞); got 0.0`.
  /// Introduced in §2.2.
  public func validateHyperparameters() throws {
    if hiddenLayerSizes.contains(where: { $0 <= 0 }) {
      throw ParameterError(
        parameter: "hiddenLayerSizes", expected: "> 0", got: "\(hiddenLayerSizes)")
    }
    try check("alpha", alpha, above: 0, inclusive: true)
    if case .size(let size) = batchSize, size < 1 {
      throw ParameterError(
        parameter: "batchSize", expected: "'auto' or an integer in [1, ∞)", got: "\(size)")
    }
    try check("learningRateInit", learningRateInit, above: 0, inclusive: false)
    try check("powerT", powerT, above: 0, inclusive: true)
    try check("maxIter", maxIter, atLeast: 1)
    if let seed = randomState, seed < 0 || seed > Int(UInt32.max) {
      throw ParameterError(
        parameter: "randomState", expected: "nil or an integer in [0, 4294967295]", got: "\(seed)")
    }
    try check("tol", tol, above: 0, inclusive: true)
    try check("momentum", momentum, in: "[0, 1]") { $0 >= 0 && $0 <= 1 }
    try check("validationFraction", validationFraction, in: "[0, 1)") { $0 >= 0 && $0 < 1 }
    try check("beta1", beta1, in: "[0, 1)") { $0 >= 0 && $0 < 1 }
    try check("beta2", beta2, in: "[0, 1)") { $0 >= 0 && $0 < 1 }
    try check("epsilon", epsilon, above: 0, inclusive: false)
    try check("nIterNoChange", nIterNoChange, atLeast: 1)
    try check("maxFun", maxFun, atLeast: 1)
    if earlyStopping && solver.isStochastic && validationFraction == 0 {
      // sklearn accepts 0.0 here and then fails inside train_test_split
      throw ParameterError(
        parameter: "validationFraction",
        expected: "a number in (0, 1) when earlyStopping is on", got: "\(validationFraction)")
    }
  }

  private func check(_ name: String, _ value: Double, above low: Double, inclusive: Bool) throws {
    let ok = inclusive ? value >= low : value > low
    guard ok else {
      throw ParameterError(
        parameter: name,
        expected: "a number in \(inclusive ? "[" : "(")\(low == 0 ? "0" : "\(low)"), ∞)",
        got: "\(value)")
    }
  }

  private func check(_ name: String, _ value: Double, in range: String, _ ok: (Double) -> Bool)
    throws
  {
    guard ok(value) else {
      throw ParameterError(parameter: name, expected: "a number in \(range)", got: "\(value)")
    }
  }

  private func check(_ name: String, _ value: Int, atLeast low: Int) throws {
    guard value >= low else {
      throw ParameterError(parameter: name, expected: "an integer in [\(low), ∞)", got: "\(value)")
    }
  }
}
