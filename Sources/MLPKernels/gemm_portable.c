// The portable tiles of the matrix product: plain C with fma() (any machine), and
// NEON for arm64. Same contract as the x86 tiles (gemm_internal.h): one chain of
// fused multiply-adds per element, in order of p.
#pragma STDC FP_CONTRACT OFF
#include <math.h>

#include "gemm_internal.h"

#if defined(__aarch64__)
#include <arm_neon.h>
#endif

// ---- the epilogue, shared by every tile for scattered or portable stores ----------

void mlpk_tile_load_row(double *sums, const double *C, long scj, int cols) {
  for (int c = 0; c < cols; c++) sums[c] = C[c * scj];
}

void mlpk_tile_store_row(const double *sums, double *C, long scj, int cols, int mode,
                         const tile_epilogue *e, int row) {
  for (int c = 0; c < cols; c++) {
    double x = sums[c];
    double *dst = C + c * scj;
    if (mode == TILE_ADD) x = *dst + x;
    if (e) {
      if (e->bias) x = x + e->bias[c];
      if (e->relu && !(x >= 0) && !isnan(x)) x = 0;  // np.maximum(z, 0) keeps NaN
      if (e->mask && e->mask[row * e->mask_ld + c] == 0) x = 0;
    }
    *dst = x;
  }
}

// ---- the tile walk of a block ----------------------------------------------------

void mlpk_block_loop(const tile_block *b, tile_fn tile) {
  const long columnBlocks = (b->cols + b->nr - 1) / b->nr;
  const long rowBlocks = (b->rows + b->mr - 1) / b->mr;
  const long outerCount = b->rows_outer ? rowBlocks : columnBlocks;
  const long innerCount = b->rows_outer ? columnBlocks : rowBlocks;
  for (long outer = 0; outer < outerCount; outer++) {
    for (long inner = 0; inner < innerCount; inner++) {
      const long j0 = (b->rows_outer ? inner : outer) * b->nr;
      const long r0 = (b->rows_outer ? outer : inner) * b->mr;
      const int cols = (int)(b->cols - j0 < b->nr ? b->cols - j0 : b->nr);
      const int rows = (int)(b->rows - r0 < b->mr ? b->rows - r0 : b->mr);
      tile_epilogue shifted;
      if (b->epilogue) shifted = mlpk_shift_epilogue(b->epilogue, r0, j0);
      tile(b->kc, b->A + r0 * b->a_step, b->sai, b->sap, b->B + j0 * b->b_step, b->ldb,
           b->C + r0 * b->sci + j0 * b->scj, b->sci, b->scj, rows, cols, b->mode,
           b->epilogue ? &shifted : NULL);
    }
  }
}

// ---- generic ----------------------------------------------------------------------

#define G_MR 4
#define G_NR 8
static void tile_generic(long k, const double *A, long sai, long sap, const double *B, long ldb,
                         double *C, long sci, long scj, int rows, int cols, int mode,
                         const tile_epilogue *e) {
  double acc[G_MR][G_NR] = {{0}};
  if (mode == TILE_CONTINUE)
    for (int r = 0; r < rows; r++) mlpk_tile_load_row(acc[r], C + r * sci, scj, cols);
  for (long p = 0; p < k; p++) {
    const double *b = B + p * ldb;
    for (int r = 0; r < rows; r++) {
      double a = A[r * sai + p * sap];
      for (int c = 0; c < cols; c++) acc[r][c] = fma(a, b[c], acc[r][c]);
    }
  }
  for (int r = 0; r < rows; r++) mlpk_tile_store_row(acc[r], C + r * sci, scj, cols, mode, e, r);
}

static void block_generic(const tile_block *block) { mlpk_block_loop(block, tile_generic); }

const gemm_kernel mlpk_kernel_generic = {"generic", block_generic, G_MR, G_NR, 0, G_NR};

// ---- NEON ---------------------------------------------------------------------------

#if defined(__aarch64__)
#define N_MR 4
#define N_NR 8
// one float64x2 of row b starting at column c, the second lane 0 past the last column
static inline float64x2_t load_pair(const double *b, int c, int cols) {
  return c + 1 < cols ? vld1q_f64(b + c) : vcombine_f64(vld1_f64(b + c), vdup_n_f64(0.0));
}

static void tile_neon(long k, const double *A, long sai, long sap, const double *B, long ldb,
                      double *C, long sci, long scj, int rows, int cols, int mode,
                      const tile_epilogue *e) {
  float64x2_t acc[N_MR][N_NR / 2];
  double row[N_NR];
  const int pairs = (cols + 1) / 2;
  for (int r = 0; r < rows; r++) {
    for (int v = 0; v < pairs; v++) acc[r][v] = vdupq_n_f64(0.0);
    if (mode != TILE_CONTINUE) continue;
    mlpk_tile_load_row(row, C + r * sci, scj, cols);
    for (int v = 0; v < pairs; v++) acc[r][v] = load_pair(row, 2 * v, cols);
  }
  for (long p = 0; p < k; p++) {
    const double *b = B + p * ldb;
    float64x2_t bv[N_NR / 2];
    for (int v = 0; v < pairs; v++) bv[v] = load_pair(b, 2 * v, cols);
    for (int r = 0; r < rows; r++) {
      float64x2_t av = vdupq_n_f64(A[r * sai + p * sap]);
      for (int v = 0; v < pairs; v++) acc[r][v] = vfmaq_f64(acc[r][v], av, bv[v]);
    }
  }
  for (int r = 0; r < rows; r++) {
    double wide[N_NR];
    for (int v = 0; v < pairs; v++) vst1q_f64(wide + 2 * v, acc[r][v]);
    mlpk_tile_store_row(wide, C + r * sci, scj, cols, mode, e, r);
  }
}

static void block_neon(const tile_block *block) { mlpk_block_loop(block, tile_neon); }

const gemm_kernel mlpk_kernel_neon = {"neon", block_neon, N_MR, N_NR, 0, N_NR};
#else
const gemm_kernel mlpk_kernel_neon = {0};
#endif
