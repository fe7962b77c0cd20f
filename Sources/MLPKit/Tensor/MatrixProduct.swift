import MLPKernels

/// The fast matrix product every layer and training loop runs on.
///
/// `c = beta·c + op(a) • op(b)` on raw row-major buffers, where `op(x)` is `x` or `xᵀ`.
/// The arithmetic is the textbook sum `Σₚ a[i][p]·b[p][j]` for `p = 0, 1, …, k−1`, done
/// as one chain of fused multiply-adds per element by a C kernel that picks AVX-512,
/// AVX2 or NEON at run time (`MLPKernels`). Because the sum for an element is never
/// split or reordered, the result is the same bit for bit on every machine and for any
/// number of threads; large products are split by rows over the available cores.
///
/// How the kernel lays out the work (`Sources/MLPKernels/gemm.c`): C is cut into tiles
/// of up to 8 rows × 16 columns (AVX-512) whose sums stay in registers while `p` runs.
/// Small products read `a` and `b` where they are, and mask the last columns instead of
/// padding them; a result with fewer than 8 columns whose `a` is stored transposed is
/// computed as `cᵀ = bᵀ·aᵀ`, so that its long side fills the vectors; large products
/// copy `b` into panels a tile wide and `a` into panels a tile high, and take `p` in
/// blocks of 256 that continue each element's chain from where the last block left it.
/// `Tensor.referenceMultiply` is the plain Swift version the tests compare against.
/// Introduced in §1.2.
public enum MatrixProduct {
  /// Products smaller than this many multiply-adds stay on one thread (measured:
  /// below it, waking a second thread costs more than it saves).
  public static let parallelThreshold = 1 << 20

  /// The kernel in use on this machine: `"avx512"`, `"avx2"`, `"neon"` or `"generic"`.
  public static var kernelName: String { String(cString: mlpk_kernel_name()) }

  /// The kernels this build and CPU can run, fastest first.
  public static var availableKernels: [String] {
    let current = kernelName
    defer { _ = mlpk_force_kernel(current) }
    return ["avx512", "avx2", "neon", "generic"].filter { mlpk_force_kernel($0) == 1 }
  }

  /// Makes every product use `kernel` (or the automatic choice for `nil`); returns
  /// false when this machine cannot run it. Results do not change, only speed.
  @discardableResult
  public static func useKernel(_ kernel: String?) -> Bool {
    guard let kernel else { return mlpk_force_kernel(nil) == 1 }
    return mlpk_force_kernel(kernel) == 1
  }

  /// `c[n, m] = beta·c + op(a) • op(b)`; `op(a)` is `[n, k]`, `op(b)` is `[k, m]`.
  ///
  /// With `transposeA`, `a` is stored `[k, n]`; with `transposeB`, `b` is stored `[m, k]`
  /// (PyTorch's weight layout). Leading dimensions are the stored row lengths. Products
  /// of at least `parallelThreshold` multiply-adds are split over the cores by whole
  /// rows (or columns) of `c`, so no sum is split and the bits do not change.
  public static func gemm(
    transposeA: Bool = false, transposeB: Bool = false, n: Int, m: Int, k: Int,
    a: UnsafePointer<Double>, b: UnsafePointer<Double>, beta: Double = 0,
    c: UnsafeMutablePointer<Double>
  ) {
    mlpk_dgemm_ex(
      transposeA ? 1 : 0, transposeB ? 1 : 0, n, m, k, a, transposeA ? n : k, b,
      transposeB ? k : m, beta, c, m, nil, parallelThreshold)
  }
}
