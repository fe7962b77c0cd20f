import Foundation

extension MLPClassifier {
  /// sklearn's `_fit_stochastic`: epochs of shuffled minibatches with SGD or Adam.
  ///
  /// Per epoch: the index order is shuffled in place (so orders compose across
  /// epochs, `idx = idx[perm]`); the batches are consecutive slices of it, the last
  /// one smaller; each batch is one forward/backward pass and one optimizer step.
  /// The epoch loss is the mean of the batch losses weighted by batch size. Random
  /// draws, in order: initial weights (first pass), the early-stopping split, one
  /// shuffle per epoch.
  func fitStochastic(
    x: [Double], targets: [Double], labels: [ClassLabel], rows n: Int, incremental: Bool,
    rng: inout RandomState
  ) throws {
    guard let units = network?.layerUnits else { return }
    if !incremental || optimizer == nil { optimizer = makeOptimizer(units: units) }
    var trainRows = Array(0..<n)
    var validation: (x: [Double], labels: [ClassLabel])? = nil
    if earlyStopping {
      // stratified only for one output (binary), as sklearn
      let stratify = units[units.count - 1] == 1 ? targets.map { ClassLabel.int(Int($0)) } : nil
      let split = try trainTestSplitIndices(
        sampleCount: n, testSize: .fraction(validationFraction), stratify: stratify,
        randomState: &rng)
      guard split.test.count >= 2 else {
        throw ParameterError(
          parameter: "validationFraction",
          expected:
            "large enough for a validation set of at least 2 samples (increase it or the data)",
          got: "\(validationFraction), which holds out \(split.test.count) of \(n) samples")
      }
      trainRows = split.train
      let f = units[0]
      validation = (
        split.test.flatMap { x[($0 * f)..<($0 * f + f)] }, split.test.map { labels[$0] }
      )
    }
    let nTrain = trainRows.count
    let (batch, clipped) = batchSize.resolved(samples: nTrain)
    if clipped { warningSink(MLPClassifier.batchSizeClippedWarning) }

    // train on local copies so that updates do not copy the stored arrays
    guard var net = network, var opt = optimizer else { return }
    network = nil
    optimizer = nil
    defer {
      network = net
      optimizer = opt
    }
    let buffers = MLPBackpropBuffers(layerUnits: units, capacity: batch)
    var order = Array(0..<nTrain)
    // this epoch's sample rows in batch order (reused, so no allocation per batch);
    // without a validation split the rows are the shuffled order itself
    let allRows = trainRows.count == n
    var epochRows = allRows ? [] : trainRows
    nIter = 0
    for _ in 0..<maxIter {
      if shuffle { rng.shuffle(&order) }
      if !allRows { for j in 0..<nTrain { epochRows[j] = trainRows[order[j]] } }
      var accumulated = 0.0
      var start = 0
      while start < nTrain {
        let end = min(start + batch, nTrain)
        // forward, backward
        buffers.load(rows: (allRows ? order : epochRows)[start..<end], x: x, y: targets)
        let batchLoss = net.lossAndGradients(buffers, alpha: alpha)
        accumulated += batchLoss * Double(end - start)
        // update
        opt.update(&net, buffers)
        start = end
      }
      nIter += 1
      let epochLoss = accumulated / Double(nTrain)
      loss = epochLoss
      t += nTrain
      lossCurve.append(epochLoss)
      if verbose { verboseSink(MLPClassifier.iterationLine(nIter, loss: epochLoss)) }
      updateNoImprovementCount(net, validation: validation)
      opt.epochEnded(samplesSeen: t)
      if noImprovementCount > nIterNoChange {
        let what = earlyStopping ? "Validation score" : "Training loss"
        let message =
          "\(what) did not improve more than tol=\(String(format: "%f", tol)) for \(nIterNoChange) consecutive epochs."
        let (stop, line) = opt.triggerStopping(message)
        if verbose { verboseSink(line) }
        if stop { break }
        noImprovementCount = 0
      }
      if incremental { break }
      if nIter == maxIter { warningSink(MLPClassifier.maxIterationsWarning(maxIter)) }
    }
    if earlyStopping {
      // restore the best weights, whatever ended the loop
      if !bestIsLive, let best = bestNetwork {
        net.coefs = best.coefs
        net.intercepts = best.intercepts
      }
      bestIsLive = true
    }
  }

  /// sklearn's `_update_no_improvement_count`: counts epochs without an improvement
  /// of more than `tol`, in validation accuracy (early stopping, keeping a snapshot
  /// of the best weights) or in training loss.
  func updateNoImprovementCount(
    _ net: MLPNetwork, validation: (x: [Double], labels: [ClassLabel])?
  ) {
    if let validation {
      let predicted = predictedLabels(net, validation.x, rows: validation.labels.count)
      let correct = zip(predicted, validation.labels).filter { $0 == $1 }.count
      let score = Double(correct) / Double(validation.labels.count)
      validationScores = (validationScores ?? []) + [score]
      if verbose { verboseSink("Validation score: " + String(format: "%f", score)) }
      let best = bestValidationScore ?? -.infinity
      noImprovementCount = score < best + tol ? noImprovementCount + 1 : 0
      if score > best {
        bestValidationScore = score
        bestNetwork = net
        bestIsLive = false
      }
    } else if let last = lossCurve.last {
      let best = bestLoss ?? .infinity
      noImprovementCount = last > best - tol ? noImprovementCount + 1 : 0
      if last < best { bestLoss = last }
    }
  }

  /// A new sklearn-style SGD or Adam over every coef and intercept of `units`.
  func makeOptimizer(units: [Int]) -> MLPStochasticOptimizer {
    let shapes =
      zip(units, units.dropFirst()).map { $0 * $1 } + units.dropFirst().map { $0 }
    let kind: MLPStochasticOptimizer.Kind =
      solver == .sgd
      ? .sgd(
        momentum: momentum, nesterov: nesterovsMomentum, schedule: learningRate, powerT: powerT)
      : .adam(beta1: beta1, beta2: beta2, epsilon: epsilon)
    return MLPStochasticOptimizer(kind: kind, learningRateInit: learningRateInit, shapes: shapes)
  }
}
