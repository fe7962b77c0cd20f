import Foundation

/// Preallocated buffers for one minibatch: the activations of every layer, the
/// deltas and the gradients. Reused batch after batch so training allocates
/// nothing in its inner loop. Introduced in §2.4.
struct MLPBackpropBuffers {
  /// `activations[i]`: `[rows, units[i]]`; `activations[0]` is the input batch.
  var activations: [[Double]]
  /// `deltas[i] = ∂loss/∂z` of layer `i + 1`: `[rows, units[i+1]]`.
  var deltas: [[Double]]
  /// `[units[i], units[i+1]]`, the same layout as `coefs[i]`.
  var coefGrads: [[Double]]
  var interceptGrads: [[Double]]
  /// The targets of the batch: `[rows, outputs]` of 0 and 1.
  var targets: [Double]
  /// How many rows the buffers hold now.
  private(set) var rows = 0

  init(layerUnits: [Int], capacity: Int) {
    activations = layerUnits.map { [Double](repeating: 0, count: capacity * $0) }
    deltas = layerUnits.dropFirst().map { [Double](repeating: 0, count: capacity * $0) }
    coefGrads = zip(layerUnits, layerUnits.dropFirst()).map {
      [Double](repeating: 0, count: $0 * $1)
    }
    interceptGrads = layerUnits.dropFirst().map { [Double](repeating: 0, count: $0) }
    targets = [Double](repeating: 0, count: capacity * (layerUnits.last ?? 0))
    rows = capacity
  }

  /// Copies the rows `indices` of `x` (`[n, features]`) and of `y` (`[n, outputs]`)
  /// into the input and target buffers, as `X[batch_idx]` and `y[batch_idx]`.
  mutating func load<C: Collection>(rows indices: C, x: [Double], y: [Double], units: [Int])
  where C.Element == Int {
    let (f, o) = (units[0], units[units.count - 1])
    rows = indices.count
    if activations[0].count < rows * f {
      // a bigger batch than planned (full-batch L-BFGS): grow every buffer once
      self = MLPBackpropBuffers(layerUnits: units, capacity: rows)
    }
    var r = 0
    for i in indices {
      for j in 0..<f { activations[0][r * f + j] = x[i * f + j] }
      for j in 0..<o { targets[r * o + j] = y[i * o + j] }
      r += 1
    }
  }
}

extension MLPNetwork {
  /// One forward and backward pass over the batch in `buffers`: returns the batch
  /// loss and leaves the gradients in `buffers` (sklearn's `_backprop`).
  ///
  /// Loss (n = batch rows): binary `−(1/n) Σ [y log p + (1−y) log(1−p)]`, softmax
  /// `−Σₖ (1/n) Σᵢ yᵢₖ log pᵢₖ`, with `p` clipped to `[ε, 1−ε]`, plus
  /// `0.5·alpha·Σ‖W‖² / n`. Gradients: `δ_last = a_out − y`;
  /// `∂W = (aᵀ·δ + alpha·W) / n`, `∂b = Σᵢ δᵢ / n`; `δ_prev = (δ·Wᵀ) ⊙ f′(a)`.
  func lossAndGradients(_ buffers: inout MLPBackpropBuffers, alpha: Double) -> Double {
    let n = buffers.rows
    // forward
    for i in 0..<depth {
      // take the buffer out so writing it does not copy it
      var z: [Double] = []
      swap(&z, &buffers.activations[i + 1])  // [n, units[i+1]]
      affine(layer: i, input: buffers.activations[i], rows: n, into: &z)
      if i < depth - 1 {
        MLPNetwork.activate(&z, count: n * layerUnits[i + 1], hiddenActivation)
      } else {
        activateOutput(&z, rows: n)
      }
      swap(&z, &buffers.activations[i + 1])
    }
    var loss = dataLoss(output: buffers.activations[depth], targets: buffers.targets, rows: n)
    // Σ ‖W‖², each layer an np.dot of the raveled weights with themselves
    var squares = 0.0
    for w in coefs {
      squares += w.withUnsafeBufferPointer { p in
        p.baseAddress.map { NumPyArithmetic.dot($0, $0, count: p.count) } ?? 0
      }
    }
    loss += (0.5 * alpha) * squares / Double(n)

    // backward
    let last = depth - 1
    let outputs = layerUnits[depth]
    for j in 0..<(n * outputs) {
      buffers.deltas[last][j] = buffers.activations[depth][j] - buffers.targets[j]
    }
    gradients(layer: last, &buffers, alpha: alpha)
    for i in stride(from: last, to: 0, by: -1) {
      backpropagate(from: i, &buffers)
      gradients(layer: i - 1, &buffers, alpha: alpha)
    }
    return loss
  }

  /// The mean log-loss of a batch, summed in NumPy's order (see the type comment of
  /// `NumPyArithmetic`): per-sample terms pairwise for one output, column by column then
  /// across columns for softmax.
  func dataLoss(output p: [Double], targets y: [Double], rows n: Int) -> Double {
    let eps = Double.ulpOfOne
    let m = layerUnits[depth]
    if outputIsLogistic {
      // one output; xlogy(y, p) + xlogy(1 − y, 1 − p) has exactly one nonzero term
      let terms = (0..<n).map { i -> Double in
        let q = min(max(p[i], eps), 1 - eps)
        return y[i] == 1 ? log(q) : log(1 - q)
      }
      return -(NumPyArithmetic.pairwiseSum(terms) / Double(n))
    }
    var columnTotals = [Double](repeating: 0, count: m)
    for r in 0..<n {
      for j in 0..<m where y[r * m + j] == 1 {
        columnTotals[j] += log(min(max(p[r * m + j], eps), 1 - eps))
      }
    }
    return -NumPyArithmetic.pairwiseSum(columnTotals.map { $0 / Double(n) })
  }

  /// `∂W[i] = (a[i]ᵀ·δ[i] + alpha·W[i]) / n` and `∂b[i] = Σ δ[i] / n`.
  func gradients(layer i: Int, _ buffers: inout MLPBackpropBuffers, alpha: Double) {
    let n = buffers.rows
    let (k, m) = (layerUnits[i], layerUnits[i + 1])
    let count = Double(n)
    buffers.activations[i].withUnsafeBufferPointer { a in
      buffers.deltas[i].withUnsafeBufferPointer { d in
        buffers.coefGrads[i].withUnsafeMutableBufferPointer { g in
          guard let a0 = a.baseAddress, let d0 = d.baseAddress, let g0 = g.baseAddress else {
            return
          }
          NumPyArithmetic.multiplyTransposed(a0, d0, into: g0, n: n, k: k, m: m)  // [k, m]
          coefs[i].withUnsafeBufferPointer { w in
            for j in 0..<(k * m) { g0[j] = (g0[j] + alpha * w[j]) / count }
          }
        }
        buffers.interceptGrads[i].withUnsafeMutableBufferPointer { b in
          guard let d0 = d.baseAddress, let b0 = b.baseAddress else { return }
          NumPyArithmetic.columnSums(d0, into: b0, n: n, m: m)  // [m]
          for j in 0..<m { b0[j] /= count }
        }
      }
    }
  }

  /// `δ[i−1] = (δ[i] · W[i]ᵀ) ⊙ f′(a[i])`, the derivative written from the output.
  func backpropagate(from i: Int, _ buffers: inout MLPBackpropBuffers) {
    let n = buffers.rows
    let (k, m) = (layerUnits[i], layerUnits[i + 1])
    var previous: [Double] = []
    swap(&previous, &buffers.deltas[i - 1])  // [n, units[i]]
    buffers.deltas[i].withUnsafeBufferPointer { d in
      coefs[i].withUnsafeBufferPointer { w in
        previous.withUnsafeMutableBufferPointer { out in
          guard let d0 = d.baseAddress, let w0 = w.baseAddress, let o0 = out.baseAddress else {
            return
          }
          NumPyArithmetic.multiplyByTransposed(d0, w0, into: o0, n: n, m: m, k: k)
        }
      }
    }
    let a = buffers.activations[i]
    switch hiddenActivation {
    case .identity: break
    case .relu:
      for j in 0..<(n * k) where a[j] == 0 { previous[j] = 0 }
    case .logistic:
      for j in 0..<(n * k) { previous[j] = (previous[j] * a[j]) * (1 - a[j]) }
    case .tanh:
      for j in 0..<(n * k) { previous[j] *= 1 - a[j] * a[j] }
    }
    swap(&previous, &buffers.deltas[i - 1])
  }
}
