import MLPKernels

extension MatrixProduct {
  /// What the product does to each finished element `c[i][j]` before storing it, in
  /// this order: add `bias[j]`; apply ReLU as NumPy's `maximum(z, 0)` (`z ≥ 0` and NaN
  /// are kept, everything else becomes `+0`); set it to 0 where `mask[i·maskStride + j]`
  /// is 0 (sklearn's ReLU derivative, `δ[a == 0] = 0`). Each is the same rounding as the
  /// separate pass it replaces, so fusing them changes speed only. Introduced in §1.5.
  public struct Epilogue {
    /// `m` numbers added to every row, or `nil`.
    public var bias: UnsafePointer<Double>?
    /// Whether to apply ReLU after the bias.
    public var relu: Bool
    /// A `[n, m]` matrix whose zeros zero the result, rows `maskStride` apart, or `nil`.
    public var mask: UnsafePointer<Double>?
    /// The row stride of `mask`.
    public var maskStride: Int

    /// An epilogue; the default does nothing.
    public init(
      bias: UnsafePointer<Double>? = nil, relu: Bool = false, mask: UnsafePointer<Double>? = nil,
      maskStride: Int = 0
    ) {
      self.bias = bias
      self.relu = relu
      self.mask = mask
      self.maskStride = maskStride
    }
  }

  /// `c[n, m] = epilogue(beta·c + op(a) • op(b))` on strided row-major buffers.
  ///
  /// `lda`, `ldb`, `ldc` are the distances between stored rows (at least the stored
  /// row lengths): `a` is `[n, k]` (`[k, n]` with `transposeA`), `b` is `[k, m]` (`[m, k]`
  /// with `transposeB`). Each element is the fused chain `Σₚ` in order of `p`, whichever
  /// kernel runs; products of at least `parallelThreshold` multiply-adds are split over
  /// the cores by whole rows or columns. `beta` is 0 or 1; the epilogue applies to
  /// `beta·c + op(a) • op(b)`.
  public static func gemm(
    transposeA: Bool = false, transposeB: Bool = false, n: Int, m: Int, k: Int,
    a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int, beta: Double = 0,
    c: UnsafeMutablePointer<Double>, ldc: Int, epilogue: Epilogue? = nil,
    parallelThreshold: Int = MatrixProduct.parallelThreshold
  ) {
    guard let epilogue else {
      mlpk_dgemm_ex(
        transposeA ? 1 : 0, transposeB ? 1 : 0, n, m, k, a, lda, b, ldb, beta, c, ldc, nil,
        parallelThreshold)
      return
    }
    var fused = mlpk_epilogue(
      bias: epilogue.bias, relu: epilogue.relu ? 1 : 0, mask: epilogue.mask,
      mask_ld: epilogue.maskStride)
    mlpk_dgemm_ex(
      transposeA ? 1 : 0, transposeB ? 1 : 0, n, m, k, a, lda, b, ldb, beta, c, ldc, &fused,
      parallelThreshold)
  }

  /// How many threads large products use (the calling thread included): the number of
  /// online CPUs, or the environment variable `MLPK_NUM_THREADS`.
  public static var threadCount: Int {
    get { Int(mlpk_thread_count()) }
    set { mlpk_set_thread_count(Int32(clamping: Swift.max(0, newValue))) }
  }
}
