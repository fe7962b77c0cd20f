#ifndef MLP_KERNELS_H
#define MLP_KERNELS_H

/// The matrix product behind `Tensor.matmul` and the training loops, in C so that it
/// can use AVX-512 or AVX2+FMA where the CPU has them (chosen at run time) and still
/// run on any x86-64 or arm64 machine.
///
/// C[i][j] = beta·C[i][j] + Σ_p op(A)[i][p] · op(B)[p][j], with op(X) = X or Xᵀ.
/// Every element's sum runs over p = 0, 1, …, k−1 in order as one chain of fused
/// multiply-adds, whichever kernel runs, so the result is bit-identical on every
/// machine and for any number of threads (rows are split, sums never are).
/// A is n×k (or k×n when transposed) with row stride lda; B is k×m (or m×k) with
/// row stride ldb; C is n×m with row stride ldc. beta is 0 or 1.
void mlpk_dgemm(int transA, int transB, long n, long m, long k,
                const double *A, long lda, const double *B, long ldb,
                double beta, double *C, long ldc);

/// Which kernel `mlpk_dgemm` uses on this machine: "avx512", "avx2", "neon" or "generic".
const char *mlpk_kernel_name(void);

/// Chooses a kernel for the whole process ("avx512", "avx2", "neon", "generic"), for
/// tests and benchmarks; returns 0 when this build or CPU cannot run it (the choice is
/// then unchanged), 1 otherwise. NULL restores the automatic choice. All kernels give
/// the same bits, so this changes speed only.
int mlpk_force_kernel(const char *name);

/// Σ xᵢ·yᵢ in the order of OpenBLAS's AVX-512 `ddot` (NumPy's `np.dot` of two
/// vectors): 32 fused lanes, folded to 16, lane sums, then the tail one by one.
double mlpk_ddot_openblas(const double *x, const double *y, long n);

/// c[i] = Σₚ a[i][p]·b[p] for a: n×k row-major, in OpenBLAS `dgemv_t`'s order: four
/// interleaved fused chains, combined as (s₀ + s₂) + (s₁ + s₃), then the 1–3 last terms.
void mlpk_dgemv_t_openblas(const double *a, const double *b, double *c, long n, long k);

#endif
