import Foundation

/// The weights of a fitted or training MLP in sklearn's layout, plus the two
/// activations, with the forward pass `MLPClassifier` predicts with.
///
/// `layerUnits = [features, hidden…, outputs]`; `coefs[i]` is `[units[i], units[i+1]]`
/// row-major and `intercepts[i]` has `units[i+1]` entries, exactly `coefs_` and
/// `intercepts_`. Introduced in §2.5.
struct MLPNetwork: Equatable {
  var layerUnits: [Int]
  var coefs: [[Double]]
  var intercepts: [[Double]]
  var hiddenActivation: Activation
  /// True for one sigmoid output (two classes or one), false for a softmax.
  var outputIsLogistic: Bool

  /// The number of weight layers (`nLayers − 1`).
  var depth: Int { coefs.count }

  /// Every weight and bias, coefs first then intercepts, each raveled row-major:
  /// sklearn's `_pack`, the vector L-BFGS works on.
  var packed: [Double] { coefs.flatMap { $0 } + intercepts.flatMap { $0 } }

  /// Reads the weights back from a vector laid out as `packed`.
  mutating func unpack(_ vector: [Double]) {
    var start = 0
    for i in 0..<depth {
      let end = start + coefs[i].count
      coefs[i] = Array(vector[start..<end])
      start = end
    }
    for i in 0..<depth {
      let end = start + intercepts[i].count
      intercepts[i] = Array(vector[start..<end])
      start = end
    }
  }

  /// True when no weight or bias is NaN or infinite.
  var isFinite: Bool {
    coefs.allSatisfy { $0.allSatisfy(\.isFinite) }
      && intercepts.allSatisfy { $0.allSatisfy(\.isFinite) }
  }

  /// The output layer for `rows` samples of `x` (row-major `[rows, units[0]]`):
  /// `[rows, outputs]`, sigmoid or softmax applied (sklearn's `_forward_pass_fast`).
  func outputs(_ x: [Double], rows: Int) -> [Double] {
    var a = x
    for i in 0..<depth {
      // forward
      var z = [Double](repeating: 0, count: rows * layerUnits[i + 1])  // [rows, units[i+1]]
      affine(layer: i, input: a, rows: rows, into: &z)
      if i < depth - 1 {
        MLPNetwork.activate(&z, count: z.count, hiddenActivation)
      } else {
        activateOutput(&z, rows: rows)
      }
      a = z
    }
    return a
  }

  /// `z = a · coefs[layer] + intercepts[layer]`: NumPy's `a @ W` rounded, then `+= b`.
  func affine(layer i: Int, input a: [Double], rows: Int, into z: inout [Double]) {
    let (k, m) = (layerUnits[i], layerUnits[i + 1])
    a.withUnsafeBufferPointer { ap in
      coefs[i].withUnsafeBufferPointer { wp in
        z.withUnsafeMutableBufferPointer { zp in
          guard let a0 = ap.baseAddress, let w0 = wp.baseAddress, let z0 = zp.baseAddress else {
            return
          }
          NumPyArithmetic.multiply(a0, w0, into: z0, n: rows, k: k, m: m)
          intercepts[i].withUnsafeBufferPointer { b in
            for r in 0..<rows {
              for j in 0..<m { z0[r * m + j] += b[j] }
            }
          }
        }
      }
    }
  }

  /// A hidden activation in place. ReLU keeps NaN (as `np.maximum`), so a diverged
  /// network is reported as non-finite instead of silently zeroed.
  static func activate(_ z: inout [Double], count: Int, _ activation: Activation) {
    switch activation {
    case .identity: return
    case .relu:
      for i in 0..<count where !(z[i] >= 0) && !z[i].isNaN { z[i] = 0 }
    case .logistic:
      // scipy's expit
      for i in 0..<count { z[i] = 1 / (1 + exp(-z[i])) }
    case .tanh:
      for i in 0..<count { z[i] = Foundation.tanh(z[i]) }
    }
  }

  /// The output activation in place: the sigmoid, or a row-wise softmax computed as
  /// `exp(z − rowmax) / rowsum` (sklearn's `inplace_softmax`).
  func activateOutput(_ z: inout [Double], rows: Int) {
    if outputIsLogistic {
      MLPNetwork.activate(&z, count: rows, .logistic)
      return
    }
    let m = layerUnits[depth]
    z.withUnsafeMutableBufferPointer { zp in
      guard let z0 = zp.baseAddress else { return }
      for r in 0..<rows {
        let row = z0 + r * m
        var top = row[0]
        for j in 1..<max(m, 1) where row[j] > top || row[j].isNaN { top = row[j] }
        for j in 0..<m { row[j] = exp(row[j] - top) }
        let total = 0.0 + NumPyArithmetic.pairwiseSum(row, count: m)
        for j in 0..<m { row[j] /= total }
      }
    }
  }
}
