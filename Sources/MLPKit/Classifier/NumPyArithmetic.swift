import MLPKernels

/// The summation orders of NumPy that `MLPClassifier` reproduces, so that the workbook
/// prints sklearn's loss curve to the last digit instead of to the tenth.
///
/// NumPy hands `a @ w` to OpenBLAS. Its `dgemm` kernel accumulates every element
/// `c[i][j] = Σₚ a[i][p]·w[p][j]` as one chain of fused multiply-adds in order of `p`,
/// starting from 0 (`mlpk_dgemm_ex`, the product of `MatrixProduct`); a matrix times a
/// single column goes to `dgemv_t` instead, which keeps four interleaved partial sums
/// (`mlpk_dgemv_t_openblas_strided`), and a row times a column to `ddot` (`dot` below).
/// `np.sum` over a contiguous run is pairwise (`pairwiseSum` below); `np.sum(δ, axis=0)`
/// of a matrix with several columns adds row after row, which is what the extra row of
/// ones in `[a | 1]ᵀ·δ` computes (see `MLPBackpropBuffers`). (`aᵀ·δ` with a single
/// column of `δ` goes to OpenBLAS's `dgemv_n`, whose order is not reproduced: one fused
/// chain per element is used there, which can differ in the last bit.) The fused chains
/// run in the C kernels, where a fused multiply-add is one instruction rather than a
/// call into libm. Introduced in §2.4.
enum NumPyArithmetic {
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
      // eight running sums (lane j takes elements j, j + 8, j + 16, …), kept in a
      // SIMD value so that the loop allocates nothing; each lane adds as a scalar would
      func eight(from i: Int) -> SIMD8<Double> {
        let p = x + i * s
        return SIMD8(p[0], p[s], p[2 * s], p[3 * s], p[4 * s], p[5 * s], p[6 * s], p[7 * s])
      }
      var r = eight(from: 0)
      var i = 8
      while i < n - n % 8 {
        r += eight(from: i)
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
}
