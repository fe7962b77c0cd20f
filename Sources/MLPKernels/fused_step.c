// sklearn's `_backprop` for the seed's network — features → ReLU hidden layer → one
// logistic output — fused over blocks of 8 rows, so that the hidden activations and
// deltas of a minibatch never leave L1 and need no separate passes.
//
// Every number is formed by the same operations in the same order as the general path
// (the products of gemm.c, dgemv_t of vector.c, the epilogues), because each sum over
// the rows of the batch is a chain that simply continues from block to block, rows in
// order. The general path stays the definition; the tests compare the two bit for bit.
#pragma STDC FP_CONTRACT OFF
#include <math.h>
#include <stdlib.h>

#include "MLPKernels.h"
#include "elementary_internal.h"
#include "vector_internal.h"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

enum { BLOCK = 8 };

static _Thread_local double *block_memory;
static _Thread_local long block_capacity;

// One fused multiply-add, as the hardware instruction.
static inline __attribute__((always_inline, target("avx512f"))) double fma1(double a, double b,
                                                                             double c) {
  return _mm_cvtsd_f64(_mm_fmadd_sd(_mm_set_sd(a), _mm_set_sd(b), _mm_set_sd(c)));
}

// One block of R rows (R = 8 for all but the last block, so the loops over rows unroll).
// Loops run over 8 hidden units at a time, rows inside, so that weights, biases and the
// running sums of g2 stay in registers while the rows go by, rows in order.
static inline __attribute__((always_inline, target("avx512f"))) void block_avx512(
    const int R, long r0, long f, long h, const double *x, long ldx, const double *y,
    const double *W1, const double *b1, const double *w2, double b2, double *p, double *d2,
    double *g1, double *g2, double *a1, double *dl, long hp) {
  const long hv = hp / 8;
  const __mmask8 last = (h % 8) ? (__mmask8)((1u << (h % 8)) - 1) : (__mmask8)0xFF;
  const __m512d zero = _mm512_setzero_pd();
  // forward: a1 = max(Σᵢ x·W1 + b1, 0), each sum a fused chain from 0 over i
  for (long v = 0; v < hv; v++) {
    const __mmask8 m = v == hv - 1 ? last : (__mmask8)0xFF;
    const __m512d bias = _mm512_maskz_loadu_pd(m, b1 + 8 * v);
    __m512d acc[BLOCK];
    for (int r = 0; r < R; r++) acc[r] = zero;
    for (long i = 0; i < f; i++) {
      const __m512d w = _mm512_maskz_loadu_pd(m, W1 + i * h + 8 * v);
      for (int r = 0; r < R; r++)
        acc[r] = _mm512_fmadd_pd(_mm512_set1_pd(x[(r0 + r) * ldx + i]), w, acc[r]);
    }
    for (int r = 0; r < R; r++) {
      __m512d z = _mm512_add_pd(acc[r], bias);
      z = _mm512_maskz_mov_pd(_mm512_cmp_pd_mask(z, zero, _CMP_NLT_UQ), z);
      _mm512_storeu_pd(a1 + r * hp + 8 * v, z);
    }
  }
  // the output, in dgemv_t's order: lane q of a row's 4-lane sum is the chain s_q over
  // the units 4t + q, t in order; then (s0 + s2) + (s1 + s3), 0 + that, the last 1–3
  // units as dgemv_t adds them; + b2, the sigmoid, δ₂ = p − y
  const long h4 = h & ~3L;
  __m256d s[BLOCK];
  for (int r = 0; r < R; r++) s[r] = _mm256_setzero_pd();
  for (long t = 0; t < h4; t += 4) {
    const __m256d w = _mm256_loadu_pd(w2 + t);
    for (int r = 0; r < R; r++) s[r] = _mm256_fmadd_pd(_mm256_loadu_pd(a1 + r * hp + t), w, s[r]);
  }
  double z[BLOCK];
  for (int r = 0; r < R; r++) {
    double total = 0.0;
    if (h4 > 0) {
      __m128d pairs = _mm_add_pd(_mm256_castpd256_pd128(s[r]), _mm256_extractf128_pd(s[r], 1));
      double inner = _mm_cvtsd_f64(pairs) + _mm_cvtsd_f64(_mm_unpackhi_pd(pairs, pairs));
      total = 0.0 + inner;
    }
    const double *t = a1 + r * hp + h4, *u = w2 + h4;
    switch (h - h4) {
      case 1: total = fma1(t[0], u[0], total); break;
      case 2: total = total + fma1(t[0], u[0], t[1] * u[1]); break;
      case 3: total = total + fma1(t[2], u[2], fma1(t[0], u[0], t[1] * u[1])); break;
      default: break;
    }
    z[r] = total;
  }
  // the sigmoid of the block's 8 outputs at once, with the library's exp (the general
  // path's `1 / (1 + mlpk_exp(−z))`)
  double probability[BLOCK];
  for (int r = 0; r < R; r++) probability[r] = 1 / (1 + exp_any(-(z[r] + b2)));
  __m512d d[BLOCK];
  for (int r = 0; r < R; r++) {
    double pr = probability[r];
    p[r0 + r] = pr;
    d2[r0 + r] = pr - y[r0 + r];
    d[r] = _mm512_set1_pd(d2[r0 + r]);
  }
  // backward: g2 += a1·δ₂ (rows in order); δ₁ = δ₂·w2 where a1 ≠ 0, else 0
  for (long v = 0; v < hv; v++) {
    const __mmask8 m = v == hv - 1 ? last : (__mmask8)0xFF;
    const __m512d w = _mm512_maskz_loadu_pd(m, w2 + 8 * v);
    __m512d g = _mm512_maskz_loadu_pd(m, g2 + 8 * v);
    for (int r = 0; r < R; r++) {
      const __m512d a = _mm512_loadu_pd(a1 + r * hp + 8 * v);
      g = _mm512_fmadd_pd(d[r], a, g);
      __m512d delta = _mm512_fmadd_pd(d[r], w, zero);
      delta = _mm512_mask_mov_pd(delta, _mm512_cmp_pd_mask(a, zero, _CMP_EQ_OQ), zero);
      _mm512_storeu_pd(dl + r * hp + 8 * v, delta);
    }
    _mm512_mask_storeu_pd(g2 + 8 * v, m, g);
  }
  // g1 += [x | 1]ᵀ·δ₁: row i of g1 continues its chains over this block's rows
  for (long i = 0; i < f; i++) {
    __m512d xi[BLOCK];
    for (int r = 0; r < R; r++) xi[r] = _mm512_set1_pd(x[(r0 + r) * ldx + i]);
    for (long v = 0; v < hv; v++) {
      const __mmask8 m = v == hv - 1 ? last : (__mmask8)0xFF;
      __m512d acc = _mm512_maskz_loadu_pd(m, g1 + i * h + 8 * v);
      for (int r = 0; r < R; r++) acc = _mm512_fmadd_pd(xi[r], _mm512_loadu_pd(dl + r * hp + 8 * v), acc);
      _mm512_mask_storeu_pd(g1 + i * h + 8 * v, m, acc);
    }
  }
  // the bias row: fma(1, δ, s) is s + δ, and an add runs on other ports than an FMA
  for (long v = 0; v < hv; v++) {
    const __mmask8 m = v == hv - 1 ? last : (__mmask8)0xFF;
    __m512d acc = _mm512_maskz_loadu_pd(m, g1 + f * h + 8 * v);
    for (int r = 0; r < R; r++) acc = _mm512_add_pd(acc, _mm512_loadu_pd(dl + r * hp + 8 * v));
    _mm512_mask_storeu_pd(g1 + f * h + 8 * v, m, acc);
  }
}

__attribute__((target("avx512f"))) static void step_avx512(
    long n, long f, long h, const double *x, long ldx, const double *y, const double *W1,
    const double *b1, const double *w2, double b2, double *p, double *d2, double *g1, double *g2,
    double *a1, double *dl, long hp) {
  for (long j = 0; j < (f + 1) * h; j++) g1[j] = 0;
  for (long j = 0; j < h; j++) g2[j] = 0;
  long r0 = 0;
  for (; r0 + BLOCK <= n; r0 += BLOCK)
    block_avx512(BLOCK, r0, f, h, x, ldx, y, W1, b1, w2, b2, p, d2, g1, g2, a1, dl, hp);
  switch (n - r0) {
#define TAIL(R) \
  case R: block_avx512(R, r0, f, h, x, ldx, y, W1, b1, w2, b2, p, d2, g1, g2, a1, dl, hp); break;
    TAIL(1) TAIL(2) TAIL(3) TAIL(4) TAIL(5) TAIL(6) TAIL(7)
#undef TAIL
    default: break;
  }
}
#endif

int mlpk_relu_logistic_step(long n, long f, long h, const double *x, long ldx, const double *y,
                            const double *W1, const double *b1, const double *w2, double b2,
                            double *p, double *d2, double *g1, double *g2) {
#if defined(__x86_64__) || defined(_M_X64)
  // one row is np.dot's order, not dgemv_t's; one hidden unit makes the first layer a
  // dgemv_t and its bias gradient a pairwise sum: the general path handles both
  if (n < 2 || f < 1 || h < 2 || mlpk_vector_level() != 2) return 0;
  const long hp = (h + 7) / 8 * 8;
  if (block_capacity < 2 * BLOCK * hp) {
    free(block_memory);
    block_memory = aligned_alloc(64, sizeof(double) * 2 * BLOCK * hp);
    block_capacity = block_memory ? 2 * BLOCK * hp : 0;
    if (!block_memory) return 0;
  }
  step_avx512(n, f, h, x, ldx, y, W1, b1, w2, b2, p, d2, g1, g2, block_memory,
              block_memory + BLOCK * hp, hp);
  return 1;
#else
  (void)n, (void)f, (void)h, (void)x, (void)ldx, (void)y, (void)W1, (void)b1, (void)w2, (void)b2;
  (void)p, (void)d2, (void)g1, (void)g2;
  return 0;
#endif
}
