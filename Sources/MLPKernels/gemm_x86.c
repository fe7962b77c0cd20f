// The x86-64 tiles of the matrix product: AVX-512 (8 lanes) and AVX2+FMA (4 lanes).
//
// A tile keeps up to MR×NV vectors of sums in registers. For each p it loads one row
// of op(B) (NV vectors, the last one masked so that any column count works without
// padding), broadcasts op(A)[r][p] for each row r, and does one fused multiply-add
// per vector: every element of C is one chain of fused multiply-adds in order of p,
// exactly as the textbook sum with fma, so all kernels give the same bits.
#pragma STDC FP_CONTRACT OFF
#include "gemm_internal.h"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

#define INLINE static inline __attribute__((always_inline))
#define AVX512 __attribute__((target("avx512f")))
#define AVX2 __attribute__((target("avx2,fma")))

// ---- AVX-512 ---------------------------------------------------------------------

INLINE AVX512 __mmask8 mask512(int v, int nv, __mmask8 last) {
  return v < nv - 1 ? (__mmask8)0xFF : last;
}

INLINE AVX512 void tile512(const int MR, const int NV, long k, const double *A, long sai,
                           long sap, const double *B, long ldb, double *C, long sci, long scj,
                           int cols, int mode, const tile_epilogue *e) {
  __m512d acc[8][4];
  const int tail = cols - 8 * (NV - 1);  // 1…8 columns in the last vector
  const __mmask8 last = (__mmask8)(tail >= 8 ? 0xFF : (1u << tail) - 1);
  double row[32];
  if (mode == TILE_CONTINUE && scj == 1) {
    // the chain goes on from the sums of the earlier blocks of p
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++)
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++)
        acc[r][v] = _mm512_maskz_loadu_pd(mask512(v, NV, last), C + r * sci + 8 * v);
  } else if (mode == TILE_CONTINUE) {
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++) {
      mlpk_tile_load_row(row, C + r * sci, scj, cols);
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++) acc[r][v] = _mm512_maskz_loadu_pd(mask512(v, NV, last), row + 8 * v);
    }
  } else {
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++)
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++) acc[r][v] = _mm512_setzero_pd();
  }
  for (long p = 0; p < k; p++) {
    const double *b = B + p * ldb;
    __m512d bv[4];
    _Pragma("clang loop unroll(full)")
    for (int v = 0; v < NV - 1; v++) bv[v] = _mm512_loadu_pd(b + 8 * v);
    bv[NV - 1] = _mm512_maskz_loadu_pd(last, b + 8 * (NV - 1));
    const double *a = A + p * sap;
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++) {
      __m512d av = _mm512_set1_pd(a[r * sai]);
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++) acc[r][v] = _mm512_fmadd_pd(av, bv[v], acc[r][v]);
    }
  }
  if (scj != 1) {
    // scattered columns (C is written transposed): through a row buffer
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++) {
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++) _mm512_storeu_pd(row + 8 * v, acc[r][v]);
      mlpk_tile_store_row(row, C + r * sci, scj, cols, mode, e, r);
    }
    return;
  }
  if (mode == TILE_ADD) {
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++)
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++)
        acc[r][v] = _mm512_add_pd(_mm512_maskz_loadu_pd(mask512(v, NV, last), C + r * sci + 8 * v),
                                  acc[r][v]);
  }
  const __m512d zero = _mm512_setzero_pd();
  if (e && e->bias) {
    __m512d bias[4];
    _Pragma("clang loop unroll(full)")
    for (int v = 0; v < NV; v++) bias[v] = _mm512_maskz_loadu_pd(mask512(v, NV, last), e->bias + 8 * v);
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++)
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++) acc[r][v] = _mm512_add_pd(acc[r][v], bias[v]);
  }
  if (e && e->relu) {
    // ReLU as np.maximum(z, 0): keep z >= 0 and NaN
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++)
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++)
        acc[r][v] = _mm512_maskz_mov_pd(_mm512_cmp_pd_mask(acc[r][v], zero, _CMP_NLT_UQ), acc[r][v]);
  }
  if (e && e->mask) {
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++) {
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++) {
        __m512d a = _mm512_maskz_loadu_pd(mask512(v, NV, last), e->mask + r * e->mask_ld + 8 * v);
        acc[r][v] = _mm512_mask_mov_pd(acc[r][v], _mm512_cmp_pd_mask(a, zero, _CMP_EQ_OQ), zero);
      }
    }
  }
  _Pragma("clang loop unroll(full)")
  for (int r = 0; r < MR; r++)
    _Pragma("clang loop unroll(full)")
    for (int v = 0; v < NV; v++) {
      // a masked store is slow on some CPUs (AMD Zen 4): only the last, partial vector
      if (v < NV - 1 || last == 0xFF) {
        _mm512_storeu_pd(C + r * sci + 8 * v, acc[r][v]);
      } else {
        _mm512_mask_storeu_pd(C + r * sci + 8 * v, last, acc[r][v]);
      }
    }
}

// The whole block in one function, so each tile is inlined with its shape fixed:
// no call per tile, and its sums never leave the registers.
static AVX512 void block_avx512(const tile_block *b) {
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
      const tile_epilogue *e = NULL;
      if (b->epilogue) {
        shifted = mlpk_shift_epilogue(b->epilogue, r0, j0);
        e = &shifted;
      }
      const double *A = b->A + r0 * b->a_step, *B = b->B + j0 * b->b_step;
      double *C = b->C + r0 * b->sci + j0 * b->scj;
#define TILE(MR, NV)                                                                       \
  case (MR - 1) * 4 + NV - 1:                                                              \
    tile512(MR, NV, b->kc, A, b->sai, b->sap, B, b->ldb, C, b->sci, b->scj, cols, b->mode, e); \
    break;
      switch ((rows - 1) * 4 + (cols + 7) / 8 - 1) {
        TILE(1, 1) TILE(1, 2) TILE(1, 3) TILE(1, 4)
        TILE(2, 1) TILE(2, 2) TILE(2, 3) TILE(2, 4)
        TILE(3, 1) TILE(3, 2) TILE(3, 3) TILE(3, 4)
        TILE(4, 1) TILE(4, 2) TILE(4, 3) TILE(4, 4)
        TILE(5, 1) TILE(5, 2) TILE(6, 1) TILE(6, 2)
        TILE(7, 1) TILE(7, 2) TILE(8, 1) TILE(8, 2)
        default: break;
      }
#undef TILE
    }
  }
}

const gemm_kernel mlpk_kernel_avx512 = {"avx512", block_avx512, 8, 16, 4, 32};

// ---- AVX2 + FMA ------------------------------------------------------------------

INLINE AVX2 __m256i mask256(int v, int nv, int tail) {
  int lanes = v < nv - 1 ? 4 : tail;
  return _mm256_cmpgt_epi64(_mm256_set1_epi64x(lanes), _mm256_setr_epi64x(0, 1, 2, 3));
}

// vmaskmovpd is slow on AMD CPUs: a full vector is loaded plainly
INLINE AVX2 __m256d load256(const double *p, int v, int nv, int tail) {
  return v < nv - 1 || tail == 4 ? _mm256_loadu_pd(p) : _mm256_maskload_pd(p, mask256(v, nv, tail));
}

INLINE AVX2 void tile256(const int MR, const int NV, long k, const double *A, long sai,
                         long sap, const double *B, long ldb, double *C, long sci, long scj,
                         int cols, int mode, const tile_epilogue *e) {
  __m256d acc[6][4];
  const int tail = cols - 4 * (NV - 1);  // 1…4 columns in the last vector
  const __m256i last = mask256(NV - 1, NV, tail);
  double row[16];
  if (mode == TILE_CONTINUE && scj == 1) {
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++)
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++)
        acc[r][v] = load256(C + r * sci + 4 * v, v, NV, tail);
  } else if (mode == TILE_CONTINUE) {
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++) {
      mlpk_tile_load_row(row, C + r * sci, scj, cols);
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++) acc[r][v] = load256(row + 4 * v, v, NV, tail);
    }
  } else {
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++)
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++) acc[r][v] = _mm256_setzero_pd();
  }
  for (long p = 0; p < k; p++) {
    const double *b = B + p * ldb;
    __m256d bv[4];
    _Pragma("clang loop unroll(full)")
    for (int v = 0; v < NV - 1; v++) bv[v] = _mm256_loadu_pd(b + 4 * v);
    bv[NV - 1] = load256(b + 4 * (NV - 1), NV - 1, NV, tail);
    const double *a = A + p * sap;
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++) {
      __m256d av = _mm256_broadcast_sd(a + r * sai);
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++) acc[r][v] = _mm256_fmadd_pd(av, bv[v], acc[r][v]);
    }
  }
  if (scj != 1) {
    // scattered columns (C is written transposed): through a row buffer
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++) {
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++) _mm256_storeu_pd(row + 4 * v, acc[r][v]);
      mlpk_tile_store_row(row, C + r * sci, scj, cols, mode, e, r);
    }
    return;
  }
  if (mode == TILE_ADD) {
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++)
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++)
        acc[r][v] = _mm256_add_pd(load256(C + r * sci + 4 * v, v, NV, tail),
                                  acc[r][v]);
  }
  const __m256d zero = _mm256_setzero_pd();
  if (e && e->bias) {
    __m256d bias[4];
    _Pragma("clang loop unroll(full)")
    for (int v = 0; v < NV; v++) bias[v] = load256(e->bias + 4 * v, v, NV, tail);
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++)
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++) acc[r][v] = _mm256_add_pd(acc[r][v], bias[v]);
  }
  if (e && e->relu) {
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++)
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++)
        acc[r][v] = _mm256_and_pd(acc[r][v], _mm256_cmp_pd(acc[r][v], zero, _CMP_NLT_UQ));
  }
  if (e && e->mask) {
    _Pragma("clang loop unroll(full)")
    for (int r = 0; r < MR; r++) {
      _Pragma("clang loop unroll(full)")
      for (int v = 0; v < NV; v++) {
        __m256d a = load256(e->mask + r * e->mask_ld + 4 * v, v, NV, tail);
        acc[r][v] = _mm256_andnot_pd(_mm256_cmp_pd(a, zero, _CMP_EQ_OQ), acc[r][v]);
      }
    }
  }
  _Pragma("clang loop unroll(full)")
  for (int r = 0; r < MR; r++)
    _Pragma("clang loop unroll(full)")
    for (int v = 0; v < NV; v++) {
      if (v < NV - 1 || tail == 4) {
        _mm256_storeu_pd(C + r * sci + 4 * v, acc[r][v]);
      } else {
        _mm256_maskstore_pd(C + r * sci + 4 * v, last, acc[r][v]);
      }
    }
}

static AVX2 void block_avx2(const tile_block *b) {
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
      const tile_epilogue *e = NULL;
      if (b->epilogue) {
        shifted = mlpk_shift_epilogue(b->epilogue, r0, j0);
        e = &shifted;
      }
      const double *A = b->A + r0 * b->a_step, *B = b->B + j0 * b->b_step;
      double *C = b->C + r0 * b->sci + j0 * b->scj;
#define TILE(MR, NV)                                                                       \
  case (MR - 1) * 4 + NV - 1:                                                              \
    tile256(MR, NV, b->kc, A, b->sai, b->sap, B, b->ldb, C, b->sci, b->scj, cols, b->mode, e); \
    break;
      switch ((rows - 1) * 4 + (cols + 3) / 4 - 1) {
        TILE(1, 1) TILE(1, 2) TILE(1, 3) TILE(1, 4)
        TILE(2, 1) TILE(2, 2) TILE(2, 3) TILE(2, 4)
        TILE(3, 1) TILE(3, 2) TILE(3, 3) TILE(3, 4)
        TILE(4, 1) TILE(4, 2) TILE(5, 1) TILE(5, 2) TILE(6, 1) TILE(6, 2)
        default: break;
      }
#undef TILE
    }
  }
}

const gemm_kernel mlpk_kernel_avx2 = {"avx2", block_avx2, 6, 8, 3, 16};

#else
const gemm_kernel mlpk_kernel_avx512 = {0};
const gemm_kernel mlpk_kernel_avx2 = {0};
#endif
