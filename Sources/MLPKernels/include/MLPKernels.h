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

/// What `mlpk_dgemm_ex` does to each finished element of C before storing it, in
/// this order: `+ bias[j]` (bias has m entries), ReLU as NumPy's `maximum(z, 0)`
/// (z ≥ 0 and NaN are kept, everything else becomes +0), and `0` where
/// `mask[i·mask_ld + j] == 0` (sklearn's `delta[a == 0] = 0`). NULL fields are skipped.
typedef struct {
  const double *bias;
  int relu;
  const double *mask;
  long mask_ld;
} mlpk_epilogue;

/// `mlpk_dgemm` with an optional epilogue (NULL for none), applied to beta·C + the
/// product, and split
/// over the worker threads when n·m·k ≥ parallel_threshold (≤ 0: never). The bits
/// are those of `mlpk_dgemm` followed by the epilogue, for any thread count.
void mlpk_dgemm_ex(int transA, int transB, long n, long m, long k,
                   const double *A, long lda, const double *B, long ldb,
                   double beta, double *C, long ldc,
                   const mlpk_epilogue *epilogue, long parallel_threshold);

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

/// `mlpk_dgemv_t_openblas` with the rows of a lda apart, and c[i] at c + i·ldc.
void mlpk_dgemv_t_openblas_strided(const double *a, long lda, const double *b, double *c,
                                   long ldc, long n, long k);

// ---- threads ----------------------------------------------------------------------

/// A piece of work for `mlpk_parallel_for`: called once for each index.
typedef void (*mlpk_task)(void *context, long index);

/// Runs task(context, i) for every i in 0..<count, spread over the worker threads and
/// the calling thread, and returns when all have finished. A call made from inside a
/// task, or while another thread's call is running, runs on the calling thread alone.
void mlpk_parallel_for(long count, mlpk_task task, void *context);

/// How many threads `mlpk_parallel_for` uses (the caller included): the number of
/// online CPUs, or the environment variable MLPK_NUM_THREADS, or the last
/// `mlpk_set_thread_count`.
int mlpk_thread_count(void);

/// Sets the thread count (1 = everything on the calling thread; 0 = automatic).
void mlpk_set_thread_count(int threads);

// ---- memory --------------------------------------------------------------------------

/// Makes glibc keep freed memory for reuse: blocks under 32 MB come from the heap
/// instead of fresh mappings, and up to 64 MB of free heap stays in the process
/// (defaults: 128 KB each). Does nothing with other C libraries.
void mlpk_keep_freed_memory(void);

/// Returns the free heap memory glibc holds to the system (malloc_trim), for memory
/// measurements that must not count or reuse it. Does nothing with other C libraries.
void mlpk_release_free_memory(void);

// ---- a fused training step ---------------------------------------------------------

/// sklearn's `_backprop` for a [f, h, 1] network (ReLU hidden layer, logistic output)
/// with h ≥ 2 on n ≥ 2 rows, fused over blocks of rows; every number is bit-identical to the
/// general path. x: n rows of f features, ldx apart; y: n targets 0/1; W1: f×h; b1: h;
/// w2: h; b2: the output bias. Writes p (n probabilities), d2 = p − y (n), g1 =
/// [x | 1]ᵀ·δ₁ ((f+1)×h: the weight sums, then the column sums of δ₁) and g2 = a₁ᵀ·δ₂
/// (h), all before sklearn's scaling. Returns 1, or 0 (nothing written) when this
/// machine or kernel choice has no fused path.
int mlpk_relu_logistic_step(long n, long f, long h, const double *x, long ldx, const double *y,
                            const double *W1, const double *b1, const double *w2, double b2,
                            double *p, double *d2, double *g1, double *g2);

// ---- exp and log of the losses and softmax (elementary.c) ---------------------------

/// log x for a positive normal x (NaN stays NaN): fdlibm's algorithm, error below 1 ulp,
/// the same bits on every machine.
double mlpk_log(double x);

/// exp x for any x (0 below −745.13, +inf above 709.78, NaN stays NaN): fdlibm's
/// algorithm, error below 1 ulp, the same bits on every machine.
double mlpk_exp(double x);

/// out[i] = mlpk_exp(x[i]), 8 at a time where the CPU allows (out may be x).
void mlpk_exp_array(const double *x, double *out, long count);

/// out[i] = mlpk_log(x[i]), 8 at a time where the CPU allows (out may be x).
void mlpk_log_array(const double *x, double *out, long count);

/// terms[i] = log q if y[i] = 1, else log(1 − q), with q = p[i] clipped to [ε, 1 − ε]
/// (ε = 2⁻⁵²) and log as `mlpk_log`: the per-sample terms of sklearn's binary log-loss,
/// 8 at a time where the CPU allows.
void mlpk_logistic_loss_terms(const double *p, const double *y, double *terms, long count);

// ---- element-wise loops of sklearn's training step (exact IEEE operations) ---------

/// z = NumPy's `maximum(z, 0)`: z ≥ 0 and NaN kept, everything else +0.
void mlpk_relu(double *z, long count);

/// d[i] = p[i] − y[i] (the output layer's delta).
void mlpk_subtract(const double *p, const double *y, double *d, long count);

/// g[i] = (g[i] + alpha·w[i]) / n (the weight gradient with its L2 term).
void mlpk_scale_gradient(double *g, const double *w, long count, double alpha, double n);

/// out[j] = Σᵢ d[i][j] row after row (NumPy's `sum(axis=0)` of a C-ordered matrix
/// with more than one column), then divided by `divisor` when it is not 0.
void mlpk_column_sums(const double *d, double *out, long n, long m, double divisor);

/// out[r·ldo + j] = x[rows[r]·f + j] for r < count, j < f: a minibatch gathered from
/// the rows of x (`X[batch_idx]`), the next rows prefetched while one is copied.
void mlpk_gather_rows(const double *x, long f, const long *rows, long count, double *out,
                      long ldo);

/// sklearn's Adam step: m = β₁m + (1−β₁)g, v = β₂v + (1−β₂)g², θ += rate·m / (√v + ε)
/// with rate = −lr_t, each operation rounded as NumPy rounds it. Long arrays are split
/// over the worker threads (element-wise, so the bits do not depend on it).
void mlpk_adam_sklearn(double *theta, const double *g, double *m, double *v, long count,
                       double beta1, double beta2, double rate, double epsilon);

/// sklearn's SGD step: v = μv − lr·g, θ += v (or θ += μv − lr·g with Nesterov).
void mlpk_sgd_sklearn(double *theta, const double *g, double *velocity, long count,
                      double momentum, double lr, int nesterov);

#endif
