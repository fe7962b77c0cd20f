extension MLPClassifier {
  /// sklearn's `_fit_lbfgs`: full-batch L-BFGS over the packed weights (every coef
  /// raveled, then every intercept), `maxIter` iterations, `maxFun` evaluations,
  /// `tol` as the gradient tolerance. The loss is the whole-data log-loss with
  /// `0.5·alpha·Σ‖W‖² / n`. Warns in sklearn's words when it stops short.
  func fitLBFGS(x: [Double], targets: [Double], rows n: Int) {
    guard var net = network else { return }
    let units = net.layerUnits
    let buffers = MLPBackpropBuffers(layerUnits: units, capacity: n)
    let minimizer = LBFGSMinimizer(
      maxIterations: maxIter, maxEvaluations: maxFun, gtol: tol)
    let all = Array(0..<n)[...]
    let result = minimizer.minimize(from: net.packed) { point, gradient in
      net.unpack(point)
      buffers.load(rows: all, x: x, y: targets)
      let value = net.lossAndGradients(buffers, alpha: alpha)
      gradient = buffers.packedGradient
      return value
    }
    net.unpack(result.x)
    network = net
    nIter = min(result.iterations, maxIter)
    loss = result.f
    if result.status != 0 {
      warningSink(
        MLPClassifier.lbfgsWarning(
          iterations: nIter, status: result.status, message: result.stop.message, maxIter: maxIter))
    }
  }
}
