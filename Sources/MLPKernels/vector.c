// Dot products and matrix-vector products summed in the exact orders OpenBLAS uses
// behind NumPy (see NumPyArithmetic.swift), so the classifier reproduces sklearn's
// numbers to the last bit. In C so that every fused multiply-add is one instruction
// where the CPU has FMA (chosen at run time), instead of a call into libm.
#pragma STDC FP_CONTRACT OFF
#include "MLPKernels.h"
#include "vector_internal.h"

#include <math.h>

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>
#define MLPK_X86 1
#define FMA_TARGET __attribute__((target("fma")))
#else
#define FMA_TARGET
#endif

// The bodies are written once, as macros over a fused multiply-add, and instantiated
// for an FMA-capable target and for a portable fallback (libm's fma, exact but slow).

#define DOT_BODY                                                                   \
  long n16 = n & ~15L, n32 = n16 & ~31L, i = 0;                                    \
  double wide[32] = {0}, narrow[16], lanes[4], total = 0.0;                        \
  for (; i < n32; i += 32)                                                         \
    for (int l = 0; l < 32; l++) wide[l] = fma(x[i + l], y[i + l], wide[l]);       \
  for (int r = 0; r < 4; r++)                                                      \
    for (int l = 0; l < 4; l++) narrow[r * 4 + l] = wide[r * 8 + l] + wide[r * 8 + l + 4]; \
  for (; i < n16; i += 16)                                                         \
    for (int l = 0; l < 16; l++) narrow[l] = fma(x[i + l], y[i + l], narrow[l]);   \
  if (n16 > 0) {                                                                   \
    for (int l = 0; l < 4; l++) {                                                  \
      double first = narrow[l] + narrow[4 + l];                                    \
      lanes[l] = (first + narrow[8 + l]) + narrow[12 + l];                         \
    }                                                                              \
    double even = lanes[0] + lanes[2], odd = lanes[1] + lanes[3];                  \
    total = even + odd;                                                            \
  }                                                                                \
  for (; i < n; i++) total = fma(y[i], x[i], total);                               \
  return total;

#define GEMV_BODY                                                                  \
  long k4 = k & ~3L;                                                               \
  for (long i = 0; i < n; i++) {                                                   \
    const double *row = a + i * lda;                                               \
    double total = 0.0;                                                            \
    if (k4 > 0) {                                                                  \
      double s0 = 0, s1 = 0, s2 = 0, s3 = 0;                                       \
      for (long p = 0; p < k4; p += 4) {                                           \
        s0 = fma(row[p], b[p], s0);                                                \
        s1 = fma(row[p + 1], b[p + 1], s1);                                        \
        s2 = fma(row[p + 2], b[p + 2], s2);                                        \
        s3 = fma(row[p + 3], b[p + 3], s3);                                        \
      }                                                                            \
      double inner = (s0 + s2) + (s1 + s3);                                        \
      total = 0.0 + inner;                                                         \
    }                                                                              \
    const double *t = row + k4, *x = b + k4;                                       \
    switch (k - k4) {                                                              \
      case 1: total = fma(t[0], x[0], total); break;                               \
      case 2: { double last = t[1] * x[1]; total = total + fma(t[0], x[0], last); break; } \
      case 3: {                                                                    \
        double last = t[1] * x[1];                                                 \
        total = total + fma(t[2], x[2], fma(t[0], x[0], last));                    \
        break;                                                                     \
      }                                                                            \
      default: break;                                                              \
    }                                                                              \
    c[i * ldc] = total;                                                            \
  }

#ifdef MLPK_X86
FMA_TARGET static double dot_fma(const double *x, const double *y, long n) { DOT_BODY }
FMA_TARGET void mlpk_gemv_fma(const double *a, long lda, const double *b, double *c, long ldc,
                              long n, long k) {
  GEMV_BODY
}
#endif
static double dot_portable(const double *x, const double *y, long n) { DOT_BODY }
static void gemv_portable(const double *a, long lda, const double *b, double *c, long ldc,
                          long n, long k) {
  GEMV_BODY
}

#ifdef MLPK_X86
// dgemv_t for 8 rows at a time, one row per lane: each group of 4 columns of the 8 rows
// is loaded and transposed in registers, so lane l keeps row l's four chains s0…s3
// exactly as the scalar body does; the combination and the 1–3 last columns follow the
// same order. The other rows (n mod 8) go through the scalar body.
// Row i0 + l of a (8 rows, lda apart) times b, in dgemv_t's order, for l < 8.
__attribute__((target("avx512f"))) void mlpk_gemv8_openblas(const double *a, long lda,
                                                            const double *b, long k,
                                                            double totals[8]) {
  const long k4 = k & ~3L;
  const __m512i low = _mm512_setr_epi64(0, 1, 8, 9, 4, 5, 12, 13);
  const __m512i high = _mm512_setr_epi64(2, 3, 10, 11, 6, 7, 14, 15);
  const double *r = a;
  __m512d s0 = _mm512_setzero_pd(), s1 = s0, s2 = s0, s3 = s0;
  for (long p = 0; p < k4; p += 4) {
    // rows l and l + 4 side by side, then pairs of columns, then whole columns
    __m512d t0 = _mm512_insertf64x4(_mm512_castpd256_pd512(_mm256_loadu_pd(r + p)),
                                    _mm256_loadu_pd(r + 4 * lda + p), 1);
    __m512d t1 = _mm512_insertf64x4(_mm512_castpd256_pd512(_mm256_loadu_pd(r + lda + p)),
                                    _mm256_loadu_pd(r + 5 * lda + p), 1);
    __m512d t2 = _mm512_insertf64x4(_mm512_castpd256_pd512(_mm256_loadu_pd(r + 2 * lda + p)),
                                    _mm256_loadu_pd(r + 6 * lda + p), 1);
    __m512d t3 = _mm512_insertf64x4(_mm512_castpd256_pd512(_mm256_loadu_pd(r + 3 * lda + p)),
                                    _mm256_loadu_pd(r + 7 * lda + p), 1);
    __m512d u0 = _mm512_unpacklo_pd(t0, t1), u1 = _mm512_unpackhi_pd(t0, t1);
    __m512d u2 = _mm512_unpacklo_pd(t2, t3), u3 = _mm512_unpackhi_pd(t2, t3);
    s0 = _mm512_fmadd_pd(_mm512_permutex2var_pd(u0, low, u2), _mm512_set1_pd(b[p]), s0);
    s1 = _mm512_fmadd_pd(_mm512_permutex2var_pd(u1, low, u3), _mm512_set1_pd(b[p + 1]), s1);
    s2 = _mm512_fmadd_pd(_mm512_permutex2var_pd(u0, high, u2), _mm512_set1_pd(b[p + 2]), s2);
    s3 = _mm512_fmadd_pd(_mm512_permutex2var_pd(u1, high, u3), _mm512_set1_pd(b[p + 3]), s3);
  }
  for (int l = 0; l < 8; l++) totals[l] = 0.0;
  if (k4 > 0) {
    __m512d inner = _mm512_add_pd(_mm512_add_pd(s0, s2), _mm512_add_pd(s1, s3));
    _mm512_storeu_pd(totals, _mm512_add_pd(_mm512_setzero_pd(), inner));
  }
  for (int l = 0; l < 8; l++) {
    const double *t = r + l * lda + k4, *x = b + k4;
    double total = totals[l];
    switch (k - k4) {
      case 1: total = _mm_cvtsd_f64(_mm_fmadd_sd(_mm_set_sd(t[0]), _mm_set_sd(x[0]), _mm_set_sd(total))); break;
      case 2: {
        double last = t[1] * x[1];
        total = total + _mm_cvtsd_f64(_mm_fmadd_sd(_mm_set_sd(t[0]), _mm_set_sd(x[0]), _mm_set_sd(last)));
        break;
      }
      case 3: {
        double last = t[1] * x[1];
        double inner = _mm_cvtsd_f64(_mm_fmadd_sd(_mm_set_sd(t[0]), _mm_set_sd(x[0]), _mm_set_sd(last)));
        total = total + _mm_cvtsd_f64(_mm_fmadd_sd(_mm_set_sd(t[2]), _mm_set_sd(x[2]), _mm_set_sd(inner)));
        break;
      }
      default: break;
    }
    totals[l] = total;
  }
}

// dgemv_t for 8 rows at a time, one row per lane: each group of 4 columns of the 8 rows
// is loaded and transposed in registers, so lane l keeps row l's four chains s0…s3
// exactly as the scalar body does; the combination and the 1–3 last columns follow the
// same order. The other rows (n mod 8) go through the scalar body.
__attribute__((target("avx512f"))) static void gemv_avx512(const double *a, long lda,
                                                           const double *b, double *c,
                                                           long ldc, long n, long k) {
  long i0 = 0;
  for (; i0 + 8 <= n; i0 += 8) {
    double totals[8];
    mlpk_gemv8_openblas(a + i0 * lda, lda, b, k, totals);
    for (int l = 0; l < 8; l++) c[(i0 + l) * ldc] = totals[l];
  }
  if (i0 < n) mlpk_gemv_fma(a + i0 * lda, lda, b, c + i0 * ldc, ldc, n - i0, k);
}

// arm64 needs no check: its compilers turn fma() into one instruction
static int has_fma(void) {
  static int known = -1;
  if (known < 0) {
    __builtin_cpu_init();
    known = __builtin_cpu_supports("fma") ? 1 : 0;
  }
  return known;
}

#endif

#include <string.h>

// The instruction set of the matrix kernel in use (mlpk_force_kernel chooses it for
// tests and benchmarks): 2 = AVX-512, 1 = FMA, 0 = portable. Every path gives the
// same bits.
int mlpk_vector_level(void) {
  const char *name = mlpk_kernel_name();
#ifdef MLPK_X86
  if (strcmp(name, "avx512") == 0) return 2;
  if (strcmp(name, "avx2") == 0) return 1;
  if (strcmp(name, "generic") == 0) return 0;
  return has_fma();
#else
  return strcmp(name, "generic") == 0 ? 0 : 1;
#endif
}

double mlpk_ddot_openblas(const double *x, const double *y, long n) {
#ifdef MLPK_X86
  if (mlpk_vector_level() >= 1) return dot_fma(x, y, n);
#endif
  return dot_portable(x, y, n);
}

void mlpk_dgemv_t_openblas_strided(const double *a, long lda, const double *b, double *c,
                                   long ldc, long n, long k) {
#ifdef MLPK_X86
  const int isa = mlpk_vector_level();
  if (n >= 8 && isa == 2) {
    gemv_avx512(a, lda, b, c, ldc, n, k);
    return;
  }
  if (isa >= 1) {
    mlpk_gemv_fma(a, lda, b, c, ldc, n, k);
    return;
  }
#endif
  gemv_portable(a, lda, b, c, ldc, n, k);
}

void mlpk_dgemv_t_openblas(const double *a, const double *b, double *c, long n, long k) {
  mlpk_dgemv_t_openblas_strided(a, k, b, c, 1, n, k);
}
