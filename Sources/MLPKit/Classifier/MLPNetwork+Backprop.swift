import Foundation
import MLPKernels

extension MLPNetwork {
  /// One forward and backward pass over the batch in `buffers`: returns the batch
  /// loss and leaves the gradients in `buffers` (sklearn's `_backprop`).
  ///
  /// Loss (n = batch rows): binary `−(1/n) Σ [y log p + (1−y) log(1−p)]`, softmax
  /// `−Σₖ (1/n) Σᵢ yᵢₖ log pᵢₖ`, with `p` clipped to `[ε, 1−ε]`, plus
  /// `0.5·alpha·Σ‖W‖² / n`. Gradients: `δ_last = a_out − y`;
  /// `∂W = (aᵀ·δ + alpha·W) / n`, `∂b = Σᵢ δᵢ / n`; `δ_prev = (δ·Wᵀ) ⊙ f′(a)`.
  func lossAndGradients(_ buffers: MLPBackpropBuffers, alpha: Double) -> Double {
    let n = buffers.rows
    if fusedStep(buffers) {
      // the seed's shape: forward, δ and the products done in one fused pass
      var loss = dataLoss(buffers)
      loss += (0.5 * alpha) * squaredWeights / Double(n)
      finishGradients(layer: 1, buffers, alpha: alpha)
      finishGradients(layer: 0, buffers, alpha: alpha)
      return loss
    }
    // forward
    for i in 0..<depth {
      forward(
        layer: i, input: buffers.activation(i), inputStride: buffers.activationStride(i), rows: n,
        output: buffers.activation(i + 1), outputStride: buffers.activationStride(i + 1))
    }
    var loss = dataLoss(buffers)
    loss += (0.5 * alpha) * squaredWeights / Double(n)

    // backward
    let last = depth - 1
    // the output layer's activation and delta are dense
    mlpk_subtract(
      buffers.activation(depth), buffers.targets, buffers.delta(last), n * layerUnits[depth])
    gradients(layer: last, buffers, alpha: alpha)
    for i in stride(from: last, to: 0, by: -1) {
      backpropagate(from: i, buffers)
      gradients(layer: i - 1, buffers, alpha: alpha)
    }
    return loss
  }

  /// `Σ ‖W‖²`, each layer an `np.dot` of its raveled weights with themselves.
  var squaredWeights: Double {
    var squares = 0.0
    for w in coefs {
      squares += w.withUnsafeBufferPointer { p in
        p.baseAddress.map { NumPyArithmetic.dot($0, $0, count: p.count) } ?? 0
      }
    }
    return squares
  }

  /// The forward pass, the deltas and the raw gradient products of the seed's network
  /// (features → ReLU layer → one logistic output) in one pass over the batch, by
  /// `mlpk_relu_logistic_step`; false (nothing done) for any other network, a single
  /// hidden unit or row, or a machine without the fused kernel. The results are the general path's,
  /// bit for bit: the same operations in the same order, only never written out.
  func fusedStep(_ buffers: MLPBackpropBuffers) -> Bool {
    guard depth == 2, outputIsLogistic, hiddenActivation == .relu, layerUnits[2] == 1 else {
      return false
    }
    let (n, f, h) = (buffers.rows, layerUnits[0], layerUnits[1])
    return coefs[0].withUnsafeBufferPointer { w1 in
      intercepts[0].withUnsafeBufferPointer { b1 in
        coefs[1].withUnsafeBufferPointer { w2 in
          guard let w1 = w1.baseAddress, let b1 = b1.baseAddress, let w2 = w2.baseAddress,
            let b2 = intercepts[1].first
          else { return false }
          return mlpk_relu_logistic_step(
            n, f, h, buffers.activation(0), buffers.activationStride(0), buffers.targets, w1, b1,
            w2, b2, buffers.activation(2), buffers.delta(1), buffers.coefGrad(0),
            buffers.coefGrad(1)) == 1
        }
      }
    }
  }

  /// The mean log-loss of a batch, summed in NumPy's order (see the type comment of
  /// `NumPyArithmetic`): per-sample terms pairwise for one output, column by column then
  /// across columns for softmax. The logarithm is `mlpk_log` (fdlibm's, within 1 ulp like
  /// NumPy's own), the same bits on every machine and vectorised for a batch.
  func dataLoss(_ buffers: MLPBackpropBuffers) -> Double {
    let eps = Double.ulpOfOne
    let (n, m) = (buffers.rows, layerUnits[depth])
    let (p, y, terms) = (buffers.activation(depth), buffers.targets, buffers.lossTerms)
    if outputIsLogistic {
      // one output; xlogy(y, p) + xlogy(1 − y, 1 − p) has exactly one nonzero term,
      // log min(max(p, ε), 1 − ε) or log(1 − that), a batch at a time
      mlpk_logistic_loss_terms(p, y, terms, n)
      return -(NumPyArithmetic.pairwiseSum(terms, count: n) / Double(n))
    }
    terms.update(repeating: 0, count: m)
    for r in 0..<n {
      for j in 0..<m where y[r * m + j] == 1 {
        terms[j] += mlpk_log(min(max(p[r * m + j], eps), 1 - eps))
      }
    }
    for j in 0..<m { terms[j] /= Double(n) }
    return -NumPyArithmetic.pairwiseSum(terms, count: m)
  }

  /// `∂W[i] = (a[i]ᵀ·δ[i] + alpha·W[i]) / n` and `∂b[i] = Σ δ[i] / n`.
  ///
  /// With more than one output column both come from one product, `[a | 1]ᵀ · δ`
  /// (`[k + 1, m]`): its last row is `Σᵢ δᵢ`, summed row after row as `np.sum(δ, 0)`.
  /// A single column's sum is pairwise in NumPy, so it is formed on its own.
  func gradients(layer i: Int, _ buffers: MLPBackpropBuffers, alpha: Double) {
    let n = buffers.rows
    let (k, m) = (layerUnits[i], layerUnits[i + 1])
    let (a, lda) = (buffers.activation(i), buffers.activationStride(i))
    let (d, ldd) = (buffers.delta(i), buffers.deltaStride(i))
    let g = buffers.coefGrad(i)
    if m == 1 {
      mlpk_dgemm_ex(1, 0, k, 1, n, a, lda, d, ldd, 0, g, 1, nil, MatrixProduct.parallelThreshold)  // [k, 1]
    } else {
      // NumPy's a.T @ δ and δ.sum(0) at once: lda covers the ones column
      mlpk_dgemm_ex(
        1, 0, k + 1, m, n, a, lda, d, ldd, 0, g, m, nil, MatrixProduct.parallelThreshold)  // [k + 1, m]
    }
    finishGradients(layer: i, buffers, alpha: alpha)
  }

  /// From the raw products to sklearn's gradients: `∂W = (aᵀ·δ + alpha·W) / n`, and
  /// `∂b = Σ δ / n` (a single column's sum formed here, pairwise, as NumPy does).
  func finishGradients(layer i: Int, _ buffers: MLPBackpropBuffers, alpha: Double) {
    let n = buffers.rows
    let (k, m) = (layerUnits[i], layerUnits[i + 1])
    let (d, ldd) = (buffers.delta(i), buffers.deltaStride(i))
    let (g, b) = (buffers.coefGrad(i), buffers.interceptGrad(i))
    if m == 1 {
      b[0] = NumPyArithmetic.pairwiseSum(d, count: n, stride: ldd) / Double(n)
    } else {
      for j in 0..<m { b[j] /= Double(n) }
    }
    coefs[i].withUnsafeBufferPointer { w in
      if let w0 = w.baseAddress { mlpk_scale_gradient(g, w0, k * m, alpha, Double(n)) }
    }
  }

  /// `δ[i−1] = (δ[i] · W[i]ᵀ) ⊙ f′(a[i])`, the derivative written from the output.
  /// For ReLU the product's epilogue zeroes `δ` where `a[i] == 0` as it stores it.
  func backpropagate(from i: Int, _ buffers: MLPBackpropBuffers) {
    let n = buffers.rows
    let (k, m) = (layerUnits[i], layerUnits[i + 1])
    let (d, ldd) = (buffers.delta(i), buffers.deltaStride(i))
    let (previous, ldp) = (buffers.delta(i - 1), buffers.deltaStride(i - 1))
    let (a, lda) = (buffers.activation(i), buffers.activationStride(i))
    coefs[i].withUnsafeBufferPointer { wp in
      guard let w = wp.baseAddress else { return }
      var epilogue = mlpk_epilogue(
        bias: nil, relu: 0, mask: hiddenActivation == .relu ? UnsafePointer(a) : nil,
        mask_ld: lda)
      // NumPy's δ @ W.T: [n, m] · [m, k] with W stored [k, m]
      mlpk_dgemm_ex(
        0, 1, n, k, m, d, ldd, w, m, 0, previous, ldp, &epilogue, MatrixProduct.parallelThreshold)  // [n, k]
    }
    switch hiddenActivation {
    case .identity, .relu: break
    case .logistic:
      for r in 0..<n {
        for j in 0..<k {
          let q = a[r * lda + j]
          previous[r * ldp + j] = (previous[r * ldp + j] * q) * (1 - q)
        }
      }
    case .tanh:
      for r in 0..<n {
        for j in 0..<k {
          let q = a[r * lda + j]
          previous[r * ldp + j] *= 1 - q * q
        }
      }
    }
  }
}
