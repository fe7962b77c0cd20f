// The matrix-product driver: picks a kernel for the CPU, lays out the work in tiles
// (gemm_x86.c, gemm_portable.c) and splits it over threads.
//
// Small products (the training loops' 200×100 batches) go straight to the tiles:
// no copies, no padding (the tiles mask the last columns). A product with few
// columns whose op(A) is stored transposed is computed as Cᵀ = op(B)ᵀ·op(A)ᵀ, which
// runs the same chains with the long side in the vectors (sklearn's aᵀ·δ for one
// output). Large products are blocked for the caches: op(B) is copied into panels of
// whole tile widths, op(A) into panels of tile heights, and p runs in blocks of KC;
// a later block starts from the sums in C, so every element is still one chain.
#pragma STDC FP_CONTRACT OFF
#include <stdlib.h>
#include <string.h>

#include "gemm_internal.h"

enum { KC = 256, MC = 96 };

// ---- dispatch ------------------------------------------------------------------

static const gemm_kernel *const kernels[] = {
    &mlpk_kernel_avx512, &mlpk_kernel_avx2, &mlpk_kernel_neon, &mlpk_kernel_generic};
static const int kernel_count = (int)(sizeof(kernels) / sizeof(kernels[0]));

static int cpu_can_run(const gemm_kernel *kernel) {
  if (kernel->block == NULL) return 0;  // not built for this architecture
  const char *name = kernel->name;
  if (strcmp(name, "generic") == 0 || strcmp(name, "neon") == 0) return 1;
#if defined(__x86_64__) || defined(_M_X64)
  __builtin_cpu_init();
  if (strcmp(name, "avx512") == 0) return __builtin_cpu_supports("avx512f");
  if (strcmp(name, "avx2") == 0)
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#endif
  return 0;
}

// −1 until first use; then the index of the kernel in use. Every kernel computes the
// same bits, so switching kernels (tests, benchmarks) never changes a result.
static _Atomic int chosen = -1;

static int automatic_index(void) {
  for (int i = 0; i < kernel_count; i++)
    if (cpu_can_run(kernels[i])) return i;
  return kernel_count - 1;
}

static const gemm_kernel *current_kernel(void) {
  int index = chosen;
  if (index < 0) {
    index = automatic_index();
    chosen = index;
  }
  return kernels[index];
}

const char *mlpk_kernel_name(void) { return current_kernel()->name; }

int mlpk_force_kernel(const char *name) {
  if (name == NULL) {
    chosen = automatic_index();
    return 1;
  }
  for (int i = 0; i < kernel_count; i++) {
    if (kernels[i]->name != NULL && strcmp(kernels[i]->name, name) == 0 &&
        cpu_can_run(kernels[i])) {
      chosen = i;
      return 1;
    }
  }
  return 0;
}

// ---- per-thread scratch for the packed panels (grown, never shrunk) --------------

enum { SCRATCH_A, SCRATCH_B, SCRATCH_C, SCRATCH_SLOTS };
static _Thread_local double *scratch_memory[SCRATCH_SLOTS];
static _Thread_local size_t scratch_capacity[SCRATCH_SLOTS];

static double *scratch(int slot, size_t count) {
  if (count > scratch_capacity[slot]) {
    free(scratch_memory[slot]);
    size_t bytes = (count * sizeof(double) + 63) & ~(size_t)63;
    scratch_memory[slot] = aligned_alloc(64, bytes);
    scratch_capacity[slot] = scratch_memory[slot] ? bytes / sizeof(double) : 0;
  }
  return scratch_memory[slot];
}

// ---- the textbook loop: the fallback when scratch memory cannot be had ----------

static void textbook(long n, long m, long k, const double *A, long sai, long sap,
                     const double *B, long sbp, long sbj, int add, double *C, long sci,
                     long scj, const tile_epilogue *e) {
  for (long i = 0; i < n; i++) {
    for (long j = 0; j < m; j++) {
      double s = 0;
      for (long p = 0; p < k; p++) s = __builtin_fma(A[i * sai + p * sap], B[p * sbp + j * sbj], s);
      tile_epilogue shifted;
      mlpk_tile_store_row(&s, C + i * sci + j * scj, scj, 1, add ? TILE_ADD : TILE_STORE,
                          e ? (shifted = mlpk_shift_epilogue(e, i, j), &shifted) : NULL, 0);
    }
  }
}

// ---- packing ---------------------------------------------------------------------

// op(B)[p0 + p][j] for p < kc, all m columns, as panels of nr columns: panel q holds
// kc rows of nr values (the last panel's extra columns are never read).
static void pack_b(const double *B, long sbp, long sbj, long p0, long kc, long m, long nr,
                   double *out) {
  for (long j0 = 0; j0 < m; j0 += nr) {
    long cols = m - j0 < nr ? m - j0 : nr;
    double *panel = out + (j0 / nr) * nr * kc;
    const double *src = B + p0 * sbp + j0 * sbj;
    if (sbj == 1) {
      for (long p = 0; p < kc; p++) memcpy(panel + p * nr, src + p * sbp, sizeof(double) * cols);
    } else {
      // stored transposed: read along p, which is contiguous
      for (long c = 0; c < cols; c++)
        for (long p = 0; p < kc; p++) panel[p * nr + c] = src[c * sbj + p * sbp];
    }
  }
}

// op(A)[i0 + i][p0 + p] for i < rows, p < kc, as panels of mr rows: panel r holds kc
// groups of mr values.
static void pack_a(const double *A, long sai, long sap, long i0, long rows, long p0, long kc,
                   long mr, double *out) {
  for (long r0 = 0; r0 < rows; r0 += mr) {
    long height = rows - r0 < mr ? rows - r0 : mr;
    double *panel = out + (r0 / mr) * mr * kc;
    const double *src = A + (i0 + r0) * sai + p0 * sap;
    for (long r = 0; r < height; r++)
      for (long p = 0; p < kc; p++) panel[p * mr + r] = src[r * sai + p * sap];
  }
}

// ---- the blocked product ---------------------------------------------------------

static void drive(const gemm_kernel *K, long n, long m, long k, const double *A, long sai,
                  long sap, const double *B, long sbp, long sbj, int add, double *C, long sci,
                  long scj, const tile_epilogue *e) {
  if (k <= 0) {
    double zero = 0;
    for (long i = 0; i < n; i++) {
      for (long j = 0; j < m; j++) {
        tile_epilogue shifted;
        mlpk_tile_store_row(&zero, C + i * sci + j * scj, scj, 1, add ? TILE_ADD : TILE_STORE,
                            e ? (shifted = mlpk_shift_epilogue(e, i, j), &shifted) : NULL, 0);
      }
    }
    return;
  }
  // few columns, op(A) stored transposed: compute Cᵀ = op(B)ᵀ·op(A)ᵀ (same chains)
  if (e == NULL && m < 8 && n > m && sai == 1) {
    long t;
    const double *T;
    t = n, n = m, m = t;
    T = A, A = B, B = T;
    long new_sai = sbj, new_sap = sbp, new_sbp = sap, new_sbj = sai;
    sai = new_sai, sap = new_sap, sbp = new_sbp, sbj = new_sbj;
    t = sci, sci = scj, scj = t;
  }
  if (add && k > KC) {
    // C += product with p in blocks: the blocks continue their sums in a scratch copy
    double *sums = scratch(SCRATCH_C, (size_t)(n * m));
    if (sums == NULL) {
      textbook(n, m, k, A, sai, sap, B, sbp, sbj, add, C, sci, scj, e);
      return;
    }
    drive(K, n, m, k, A, sai, sap, B, sbp, sbj, 0, sums, m, 1, NULL);
    for (long i = 0; i < n; i++) {
      tile_epilogue shifted;
      mlpk_tile_store_row(sums + i * m, C + i * sci, scj, (int)m, TILE_ADD,
                          e ? (shifted = mlpk_shift_epilogue(e, i, 0), &shifted) : NULL, 0);
    }
    return;
  }
  const int wide = K->wide_rows > 0 && n <= K->wide_rows;
  const long mr = wide ? n : K->mr;
  const long nr = wide ? K->wide_nr : K->nr;
  // copy op(B) when its rows are not contiguous, or when it is reused by many rows
  const int packB = sbj != 1 || (n >= 4 * mr && k >= 32 && m > nr);
  // copy op(A) when its rows are long and strided
  const int packA = sai != 1 && k >= 32 && n >= 2 * mr;
  double *bufB = NULL, *bufA = NULL;
  if (packB) bufB = scratch(SCRATCH_B, (size_t)(((m + nr - 1) / nr) * nr * (k < KC ? k : KC)));
  if (packA) bufA = scratch(SCRATCH_A, (size_t)(((MC + mr - 1) / mr) * mr * (k < KC ? k : KC)));
  if ((packB && bufB == NULL) || (packA && bufA == NULL)) {
    textbook(n, m, k, A, sai, sap, B, sbp, sbj, add, C, sci, scj, e);
    return;
  }
  for (long p0 = 0; p0 < k; p0 += KC) {
    const long kc = k - p0 < KC ? k - p0 : KC;
    const int mode = p0 == 0 ? (add ? TILE_ADD : TILE_STORE) : TILE_CONTINUE;
    const int lastBlock = p0 + kc == k;
    if (packB) pack_b(B, sbp, sbj, p0, kc, m, nr, bufB);
    for (long i0 = 0; i0 < n; i0 += MC) {
      const long mc = n - i0 < MC ? n - i0 : MC;
      if (packA) pack_a(A, sai, sap, i0, mc, p0, kc, mr, bufA);
      tile_block block = {
          .kc = kc,
          .A = packA ? bufA : A + i0 * sai + p0 * sap,
          .a_step = packA ? kc : sai,
          .sai = packA ? 1 : sai,
          .sap = packA ? mr : sap,
          .B = packB ? bufB : B + p0 * sbp,
          .b_step = packB ? kc : 1,
          .ldb = packB ? nr : sbp,
          .C = C + i0 * sci,
          .sci = sci,
          .scj = scj,
          .rows = mc,
          .cols = m,
          .mr = (int)mr,
          .nr = (int)nr,
          .mode = mode,
          // short sums are bound by the stores: walk C row block by row block, so that
          // whole lines are written one after the other; long sums keep a panel of
          // op(B) in L1 while the row blocks go by
          .rows_outer = kc < 16,
          .epilogue = NULL,
      };
      tile_epilogue shifted;
      if (e && lastBlock) {
        shifted = mlpk_shift_epilogue(e, i0, 0);
        block.epilogue = &shifted;
      }
      K->block(&block);
    }
  }
}

// ---- the entry points ------------------------------------------------------------

typedef struct {
  const gemm_kernel *kernel;
  long n, m, k;
  const double *A;
  long sai, sap;
  const double *B;
  long sbp, sbj;
  int add;
  double *C;
  long ldc;
  const tile_epilogue *e;
  int splitRows;
  long chunk;
} split_product;

// One thread's share: whole rows (or whole columns) of C, so no sum is split.
static void run_share(void *context, long index) {
  const split_product *s = context;
  long start = index * s->chunk;
  long total = s->splitRows ? s->n : s->m;
  long size = total - start < s->chunk ? total - start : s->chunk;
  if (size <= 0) return;
  tile_epilogue shifted;
  if (s->splitRows) {
    const tile_epilogue *e = s->e ? (shifted = mlpk_shift_epilogue(s->e, start, 0), &shifted) : NULL;
    drive(s->kernel, size, s->m, s->k, s->A + start * s->sai, s->sai, s->sap, s->B, s->sbp,
          s->sbj, s->add, s->C + start * s->ldc, s->ldc, 1, e);
  } else {
    const tile_epilogue *e = s->e ? (shifted = mlpk_shift_epilogue(s->e, 0, start), &shifted) : NULL;
    drive(s->kernel, s->n, size, s->k, s->A, s->sai, s->sap, s->B + start * s->sbj, s->sbp,
          s->sbj, s->add, s->C + start, s->ldc, 1, e);
  }
}

void mlpk_dgemm_ex(int transA, int transB, long n, long m, long k, const double *A, long lda,
                   const double *B, long ldb, double beta, double *C, long ldc,
                   const mlpk_epilogue *epilogue, long parallel_threshold) {
  if (n <= 0 || m <= 0) return;
  const gemm_kernel *K = current_kernel();
  split_product s = {K, n, m, k, A, transA ? 1 : lda, transA ? lda : 1, B, transB ? 1 : ldb,
                     transB ? ldb : 1, beta != 0, C, ldc, epilogue, 1, n};
  const int threads = mlpk_thread_count();
  if (threads > 1 && parallel_threshold > 0 && n * m * (k > 0 ? k : 1) >= parallel_threshold) {
    // whole tiles per thread: rows when there are enough, else columns
    long parts = threads;
    if (n >= 2 * K->mr) {
      long tiles = (n + K->mr - 1) / K->mr;
      s.chunk = ((tiles + parts - 1) / parts) * K->mr;
      s.splitRows = 1;
      mlpk_parallel_for((n + s.chunk - 1) / s.chunk, run_share, &s);
      return;
    }
    if (m >= 2 * K->nr) {
      long tiles = (m + K->nr - 1) / K->nr;
      s.chunk = ((tiles + parts - 1) / parts) * K->nr;
      s.splitRows = 0;
      mlpk_parallel_for((m + s.chunk - 1) / s.chunk, run_share, &s);
      return;
    }
  }
  drive(K, n, m, k, s.A, s.sai, s.sap, B, s.sbp, s.sbj, s.add, C, ldc, 1, epilogue);
}

void mlpk_dgemm(int transA, int transB, long n, long m, long k, const double *A, long lda,
                const double *B, long ldb, double beta, double *C, long ldc) {
  mlpk_dgemm_ex(transA, transB, n, m, k, A, lda, B, ldb, beta, C, ldc, NULL, 0);
}
