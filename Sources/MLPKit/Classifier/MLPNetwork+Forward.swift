import Foundation
import MLPKernels

extension MLPNetwork {
  /// One layer of sklearn's forward pass on raw row-major buffers:
  /// `z = f(a · coefs[i] + intercepts[i])`, `a: [rows, units[i]]` → `z: [rows, units[i+1]]`,
  /// their rows `lda` and `ldz` apart. The output layer must be written densely (`ldz`
  /// equal to its units).
  ///
  /// The product is rounded as NumPy's `a @ W` (see `NumPyArithmetic`), then the bias is
  /// added and the activation applied. With more than one output column the product is
  /// `dgemm`, and the bias and a ReLU ride in the kernel's epilogue: the same roundings,
  /// without two more passes over `z`. Hidden layers use `hiddenActivation`; the last
  /// layer the sigmoid or the softmax. Introduced in §2.4.
  func forward(
    layer i: Int, input a: UnsafePointer<Double>, inputStride lda: Int, rows: Int,
    output z: UnsafeMutablePointer<Double>, outputStride ldz: Int,
    parallelThreshold: Int = MatrixProduct.parallelThreshold
  ) {
    let (k, m) = (layerUnits[i], layerUnits[i + 1])
    let hidden = i < depth - 1
    let fusedReLU = hidden && hiddenActivation == .relu
    coefs[i].withUnsafeBufferPointer { wp in
      intercepts[i].withUnsafeBufferPointer { bp in
        guard let w = wp.baseAddress, let b = bp.baseAddress else { return }
        if m == 1 {
          // a single column: np.dot (one row) or dgemv_t, then + b
          if rows == 1 {
            z[0] = NumPyArithmetic.dot(a, w, count: k)
          } else {
            mlpk_dgemv_t_openblas_strided(a, lda, w, z, ldz, rows, k)
          }
          for r in 0..<rows { z[r * ldz] += b[0] }
          if fusedReLU {
            for r in 0..<rows where !(z[r * ldz] >= 0) && !z[r * ldz].isNaN { z[r * ldz] = 0 }
          }
        } else {
          var epilogue = mlpk_epilogue(bias: b, relu: fusedReLU ? 1 : 0, mask: nil, mask_ld: 0)
          mlpk_dgemm_ex(0, 0, rows, m, k, a, lda, w, m, 0, z, ldz, &epilogue, parallelThreshold)  // [rows, m]
        }
      }
    }
    if hidden {
      if !fusedReLU {
        for r in 0..<rows { MLPNetwork.activate(z + r * ldz, count: m, hiddenActivation) }
      }
    } else {
      activateOutput(z, rows: rows)
    }
  }

  /// A hidden activation in place. ReLU keeps NaN (as `np.maximum`), so a diverged
  /// network is reported as non-finite instead of silently zeroed.
  static func activate(_ z: UnsafeMutablePointer<Double>, count: Int, _ activation: Activation) {
    switch activation {
    case .identity: return
    case .relu: mlpk_relu(z, count)
    case .logistic:
      // scipy's expit, 1 / (1 + e^−z), with the library's exp over the whole array
      for i in 0..<count { z[i] = -z[i] }
      mlpk_exp_array(z, z, count)
      for i in 0..<count { z[i] = 1 / (1 + z[i]) }
    case .tanh:
      for i in 0..<count { z[i] = Foundation.tanh(z[i]) }
    }
  }

  /// The output activation in place: the sigmoid, or a row-wise softmax computed as
  /// `exp(z − rowmax) / rowsum` (sklearn's `inplace_softmax`).
  func activateOutput(_ z: UnsafeMutablePointer<Double>, rows: Int) {
    if outputIsLogistic {
      MLPNetwork.activate(z, count: rows, .logistic)
      return
    }
    let m = layerUnits[depth]
    for r in 0..<rows {
      let row = z + r * m
      var top = row[0]
      for j in 1..<Swift.max(m, 1) where row[j] > top || row[j].isNaN { top = row[j] }
      for j in 0..<m { row[j] -= top }
    }
    mlpk_exp_array(z, z, rows * m)  // exp(z − rowmax), every row at once
    for r in 0..<rows {
      let row = z + r * m
      let total = 0.0 + NumPyArithmetic.pairwiseSum(row, count: m)
      for j in 0..<m { row[j] /= total }
    }
  }
}
