import MLPKernels

/// The few loops that do `MLPClassifier`'s arithmetic, written so that each sum is
/// formed in the same order as NumPy's, which makes the workbook print sklearn's
/// loss curve to the last digit instead of to the tenth.
///
/// NumPy hands `a @ w` to OpenBLAS. Its `dgemm` kernel accumulates every element
/// `c[i][j] = Σₚ a[i][p]·w[p][j]` as one chain of fused multiply-adds in order of `p`,
/// starting from 0; a matrix times a single column goes to `dgemv_t` instead, which
/// keeps four interleaved partial sums, and a row times a column to `ddot`. `np.sum`
/// over a contiguous run uses pairwise summation. (`aᵀ·δ` with a single column of
/// `δ` goes to OpenBLAS's `dgemv_n`, whose order is not reproduced: one fused chain
/// per element is used there, which can differ in the last bit.) The functions below
/// reproduce those orders on raw row-major buffers, because they sit in the training
/// loop. The fused chains run in the C kernels (`MatrixProduct`, and
/// `mlpk_ddot_openblas`/`mlpk_dgemv_t_openblas`), where a fused multiply-add is one
/// instruction rather than a call into libm. Introduced in §2.4.
enum NumPyArithmetic {
  /// `c[n×m] = a[n×k] · b[k×m]`, as NumPy's `a @ b` for float64 (OpenBLAS order).
  static func multiply(
    _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, into c: UnsafeMutablePointer<Double>,
    n: Int, k: Int, m: Int
  ) {
    if m == 1 {
      // a row times a column is np.dot (ddot); more rows go to dgemv_t
      if n == 1 {
        c[0] = dot(a, b, count: k)
      } else {
        mlpk_dgemv_t_openblas(a, b, c, n, k)
      }
      return
    }
    // dgemm: one fused multiply-add chain per element, in order of p
    MatrixProduct.gemm(n: n, m: m, k: k, a: a, b: b, c: c)
  }

  /// `c[k×m] = aᵀ · d` for `a: [n×k]`, `d: [n×m]`: one fused chain per element over
  /// the `n` rows, as NumPy's `a.T @ d`.
  static func multiplyTransposed(
    _ a: UnsafePointer<Double>, _ d: UnsafePointer<Double>, into c: UnsafeMutablePointer<Double>,
    n: Int, k: Int, m: Int
  ) {
    MatrixProduct.gemm(transposeA: true, n: k, m: m, k: n, a: a, b: d, c: c)
  }

  /// `c[n×k] = d[n×m] · bᵀ` for `b: [k×m]`, as NumPy's `d @ b.T`.
  static func multiplyByTransposed(
    _ d: UnsafePointer<Double>, _ b: UnsafePointer<Double>, into c: UnsafeMutablePointer<Double>,
    n: Int, m: Int, k: Int
  ) {
    MatrixProduct.gemm(transposeB: true, n: n, m: k, k: m, a: d, b: b, c: c)
  }

  /// `Σ xᵢ·yᵢ` in the order of OpenBLAS's AVX-512 `ddot` (NumPy's `np.dot` of two
  /// vectors): 32 fused lanes over blocks of 32, folded to 16 lanes that take one more
  /// block of 16 if there is one, summed lane-wise then pairwise, and the last
  /// `n mod 16` terms fused onto the total one by one.
  static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, count n: Int) -> Double {
    mlpk_ddot_openblas(x, y, n)
  }

  /// NumPy's pairwise sum of `count` values `stride` apart (`np.sum` over a
  /// contiguous axis): blocks of at most 128 summed with eight accumulators,
  /// larger runs split in two (at a multiple of 8) and added.
  static func pairwiseSum(_ x: UnsafePointer<Double>, count n: Int, stride s: Int = 1) -> Double {
    if n < 8 {
      var total = -0.0
      for i in 0..<n { total += x[i * s] }
      return total
    }
    if n <= 128 {
      var r = (0..<8).map { x[$0 * s] }
      var i = 8
      while i < n - n % 8 {
        for j in 0..<8 { r[j] += x[(i + j) * s] }
        i += 8
      }
      var total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
      while i < n {
        total += x[i * s]
        i += 1
      }
      return total
    }
    var half = n / 2
    half -= half % 8
    return pairwiseSum(x, count: half, stride: s)
      + pairwiseSum(x + half * s, count: n - half, stride: s)
  }

  /// `pairwiseSum` of a whole array (0 for an empty one).
  static func pairwiseSum(_ values: [Double]) -> Double {
    values.withUnsafeBufferPointer { v in
      v.baseAddress.map { pairwiseSum($0, count: v.count) } ?? 0
    }
  }

  /// The column sums of `d: [n×m]`, as `np.sum(d, axis=0)`: pairwise for a single
  /// column, row after row otherwise (NumPy's reduction order for each case).
  static func columnSums(
    _ d: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>, n: Int, m: Int
  ) {
    if m == 1 {
      out[0] = pairwiseSum(d, count: n)
      return
    }
    out.update(repeating: 0, count: m)
    for i in 0..<n {
      let row = d + i * m
      for j in 0..<m { out[j] += row[j] }
    }
  }
}
