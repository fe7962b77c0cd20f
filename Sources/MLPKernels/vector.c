// Dot products and matrix-vector products summed in the exact orders OpenBLAS uses
// behind NumPy (see NumPyArithmetic.swift), so the classifier reproduces sklearn's
// numbers to the last bit. In C so that every fused multiply-add is one instruction
// where the CPU has FMA (chosen at run time), instead of a call into libm.
#pragma STDC FP_CONTRACT OFF
#include "MLPKernels.h"

#include <math.h>

#if defined(__x86_64__) || defined(_M_X64)
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
FMA_TARGET static void gemv_fma(const double *a, long lda, const double *b, double *c, long ldc,
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

double mlpk_ddot_openblas(const double *x, const double *y, long n) {
#ifdef MLPK_X86
  if (has_fma()) return dot_fma(x, y, n);
#endif
  return dot_portable(x, y, n);
}

void mlpk_dgemv_t_openblas_strided(const double *a, long lda, const double *b, double *c,
                                   long ldc, long n, long k) {
#ifdef MLPK_X86
  if (has_fma()) {
    gemv_fma(a, lda, b, c, ldc, n, k);
    return;
  }
#endif
  gemv_portable(a, lda, b, c, ldc, n, k);
}

void mlpk_dgemv_t_openblas(const double *a, const double *b, double *c, long n, long k) {
  mlpk_dgemv_t_openblas_strided(a, k, b, c, 1, n, k);
}
