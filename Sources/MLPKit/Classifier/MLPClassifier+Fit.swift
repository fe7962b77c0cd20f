extension MLPClassifier {
  /// Trains the network on `x: [samples, features]` and one label per row.
  ///
  /// A cold fit (the default, or the first fit) draws fresh weights; with `warmStart`
  /// a later fit continues from the current weights, with a *new* optimizer (Adam's
  /// `t`, `m`, `v` start over), `nIter` counted from 0, and `lossCurve` and `t`
  /// growing. SGD/Adam run up to `maxIter` epochs and warn through `warningSink`
  /// when they hit the limit; L-BFGS runs up to `maxIter` iterations.
  /// - Throws: `ParameterError` for a bad hyperparameter; `ShapeError` when `x` is
  ///   not 2-D, is empty, has a row count other than `y.count`, or (warm start) a
  ///   different feature count; `DataError` for NaN or infinite inputs or weights;
  ///   `LabelError` for mixed label kinds or a warm start with other classes.
  /// Introduced in §2.2.
  public func fit(_ x: Tensor, _ y: [ClassLabel]) throws {
    try validateHyperparameters()
    try train(x, y, incremental: false, declaredClasses: nil)
  }

  /// Runs exactly one epoch over `x`, keeping the optimizer's state between calls.
  ///
  /// The first call must name every class the model will ever see (`classes`), as
  /// sklearn requires; later calls may omit it. With an integer `randomState` the
  /// stream restarts on every call, so shuffled `partialFit` epochs differ from one
  /// `fit` with `maxIter` epochs; with `shuffle: false` they are identical. Never warns.
  /// - Throws: `ParameterError` for L-BFGS, early stopping, a missing or changed
  ///   `classes`; `LabelError` for labels outside `classes`; the errors of `fit`.
  /// Introduced in §2.6.
  public func partialFit(_ x: Tensor, _ y: [ClassLabel], classes: [ClassLabel]? = nil) throws {
    try validateHyperparameters()
    guard solver.isStochastic else {
      throw ParameterError(
        parameter: "solver",
        expected: "'sgd' or 'adam' for partialFit (lbfgs is not stochastic and has no partial fit)",
        got: "'\(solver.rawValue)'")
    }
    guard !earlyStopping else {
      throw ParameterError(
        parameter: "earlyStopping",
        expected: "false for partialFit (it does not support early stopping)",
        got: "true")
    }
    var declared: [ClassLabel]? = nil
    if let classes, classes.isEmpty {
      throw ParameterError(
        parameter: "classes", expected: "every class y will ever hold (at least one label)",
        got: "[]")
    }
    if let classes {
      let sorted = try ClassLabel.sortedClasses(classes)
      if self.classes.isEmpty {
        declared = sorted
      } else if sorted != self.classes {
        throw ParameterError(
          parameter: "classes",
          expected:
            "the same as on the last call to partialFit (\(MLPClassifier.list(self.classes)))",
          got: MLPClassifier.list(sorted))
      }
    } else if self.classes.isEmpty {
      throw ParameterError(
        parameter: "classes", expected: "passed on the first call to partialFit", got: "nil")
    }
    try train(x, y, incremental: true, declaredClasses: declared)
  }

  /// sklearn's `_fit`: checks the data and labels, initialises on a first pass,
  /// runs the solver, and rejects non-finite weights.
  func train(_ x: Tensor, _ y: [ClassLabel], incremental: Bool, declaredClasses: [ClassLabel]?)
    throws
  {
    MemoryReuse.enable()
    let operation = incremental ? "partialFit" : "fit"
    let firstPass = network == nil || (!warmStart && !incremental)
    let (n, features) = try checkInput(x, operation: operation)
    guard y.count == n else {
      throw ShapeError(
        operation: operation, shapes: [x.shape, [y.count]], reason: "x needs one row per label")
    }
    if !firstPass, let network {
      try checkFeatures(features, operation: operation)
      guard Array(network.layerUnits.dropFirst().dropLast()) == hiddenLayerSizes else {
        throw ParameterError(
          parameter: "hiddenLayerSizes",
          expected:
            "unchanged when continuing training (\(Array(network.layerUnits.dropFirst().dropLast())))",
          got: "\(hiddenLayerSizes)")
      }
    }
    let newClasses = try resolveClasses(y, incremental: incremental, declared: declaredClasses)
    let outputs = newClasses.count <= 2 ? 1 : newClasses.count
    // what could still fail is checked before anything changes: a failed fit keeps the model
    let units = [features] + hiddenLayerSizes + [outputs]
    try checkSizes(
      units: units, samples: n, classCount: newClasses.count, operation: operation)
    if earlyStopping && solver.isStochastic {
      try checkValidationSplit(y, classes: newClasses, outputs: outputs)
    }
    let index = Dictionary(uniqueKeysWithValues: newClasses.enumerated().map { ($1, $0) })
    // sklearn's LabelBinarizer: one 0/1 column (1 = classes[1]) or one-hot rows
    var targets = [Double](repeating: 0, count: n * outputs)
    let positions = MLPClassifier.positions(of: y, in: newClasses, index: index)
    for (row, c) in positions.enumerated() {
      if outputs == 1 {
        targets[row] = c == 1 ? 1 : 0
      } else {
        targets[row * outputs + c] = 1
      }
    }
    var rng = randomState.map { RandomState(seed: UInt32($0)) } ?? ownStream
    if firstPass {
      try initialize(units: units, classes: newClasses, index: index, rng: &rng)
    }
    network?.hiddenActivation = activation
    if solver.isStochastic {
      try fitStochastic(
        x: x.scalars, targets: targets, labels: y, rows: n, incremental: incremental, rng: &rng)
    } else {
      fitLBFGS(x: x.scalars, targets: targets, rows: n)
    }
    if randomState == nil { ownStream = rng }
    guard network?.isFinite ?? true else {
      throw DataError(
        "Solver produced non-finite parameter weights. The input data may contain large values and need to be preprocessed."
      )
    }
  }

  /// A first pass (sklearn's `_initialize`): fresh weights and fresh fitted state.
  func initialize(
    units: [Int], classes newClasses: [ClassLabel], index: [ClassLabel: Int],
    rng: inout RandomState
  ) throws {
    let (coefs, intercepts) = try startingWeights(units: units, rng: &rng)
    let fresh = MLPNetwork(
      layerUnits: units, coefs: coefs, intercepts: intercepts, hiddenActivation: activation,
      outputIsLogistic: units[units.count - 1] == 1)
    network = fresh
    // only early stopping reads the snapshot; sharing the arrays otherwise would make
    // the first update copy every weight
    bestNetwork = earlyStopping ? fresh : nil
    bestIsLive = false
    optimizer = nil
    classes = newClasses
    classIndex = index
    nFeaturesIn = units[0]
    nOutputs = units[units.count - 1]
    nLayers = units.count
    nIter = 0
    t = 0
    loss = nil
    lossCurve = []
    noImprovementCount = 0
    let stochastic = solver.isStochastic
    validationScores = stochastic && earlyStopping ? [] : nil
    bestValidationScore = stochastic && earlyStopping ? -.infinity : nil
    bestLoss = stochastic && !earlyStopping ? .infinity : nil
  }
}
