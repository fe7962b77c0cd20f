// The element-wise loops of sklearn's training step. Each element gets exactly the
// IEEE operations NumPy applies (no fused multiply-adds: FP_CONTRACT is off), so
// vectorising them changes speed only. Each loop is written once and compiled for
// AVX-512, AVX2 and the baseline; the CPU picks at run time.
#pragma STDC FP_CONTRACT OFF
#include <math.h>

#include "MLPKernels.h"
#include "simd_dispatch.h"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>
#define MLPK_X86 1
#endif

#define INLINE static inline __attribute__((always_inline))

INLINE void relu_body(double *z, long count) {
  for (long i = 0; i < count; i++) z[i] = (z[i] >= 0 || z[i] != z[i]) ? z[i] : 0.0;
}

INLINE void subtract_body(const double *p, const double *y, double *d, long count) {
  for (long i = 0; i < count; i++) d[i] = p[i] - y[i];
}

INLINE void scale_gradient_body(double *g, const double *w, long count, double alpha, double n) {
  for (long i = 0; i < count; i++) g[i] = (g[i] + alpha * w[i]) / n;
}

// 32 columns at a time, their running sums kept in registers down all the rows
INLINE void column_sums_body(const double *d, double *out, long n, long m, double divisor) {
  long j0 = 0;
  for (; j0 + 32 <= m; j0 += 32) {
    double sums[32] = {0};
    for (long i = 0; i < n; i++) {
      const double *row = d + i * m + j0;
      for (int c = 0; c < 32; c++) sums[c] += row[c];
    }
    for (int c = 0; c < 32; c++) out[j0 + c] = divisor != 0 ? sums[c] / divisor : sums[c];
  }
  for (long j = j0; j < m; j++) out[j] = 0;
  for (long i = 0; i < n; i++) {
    const double *row = d + i * m;
    for (long j = j0; j < m; j++) out[j] += row[j];
  }
  if (divisor != 0)
    for (long j = j0; j < m; j++) out[j] /= divisor;
}

INLINE void sgd_body(double *theta, const double *g, double *velocity, long count, double momentum,
                     double lr, int nesterov) {
  for (long i = 0; i < count; i++) {
    double v = momentum * velocity[i] - lr * g[i];
    velocity[i] = v;
    theta[i] += nesterov ? momentum * v - lr * g[i] : v;
  }
}

// Adam needs √v without errno handling, so the vector versions use intrinsics.
INLINE void adam_scalar(double *theta, const double *g, double *m, double *v, long i, long count,
                        double beta1, double beta2, double rate, double epsilon) {
  const double keep1 = 1 - beta1, keep2 = 1 - beta2;
  for (; i < count; i++) {
    double mi = beta1 * m[i] + keep1 * g[i];
    double vi = beta2 * v[i] + keep2 * (g[i] * g[i]);
    m[i] = mi;
    v[i] = vi;
    theta[i] += rate * mi / (sqrt(vi) + epsilon);
  }
}

#define DEFINE_LOOPS(SUFFIX, ATTRIBUTES)                                                    \
  ATTRIBUTES static void relu_##SUFFIX(double *z, long count) { relu_body(z, count); }      \
  ATTRIBUTES static void subtract_##SUFFIX(const double *p, const double *y, double *d,     \
                                           long count) {                                    \
    subtract_body(p, y, d, count);                                                          \
  }                                                                                         \
  ATTRIBUTES static void scale_gradient_##SUFFIX(double *g, const double *w, long count,    \
                                                 double alpha, double n) {                  \
    scale_gradient_body(g, w, count, alpha, n);                                             \
  }                                                                                         \
  ATTRIBUTES static void column_sums_##SUFFIX(const double *d, double *out, long n, long m, \
                                              double divisor) {                             \
    column_sums_body(d, out, n, m, divisor);                                                \
  }                                                                                         \
  ATTRIBUTES static void sgd_##SUFFIX(double *theta, const double *g, double *velocity,     \
                                      long count, double momentum, double lr, int nesterov) { \
    sgd_body(theta, g, velocity, count, momentum, lr, nesterov);                            \
  }

DEFINE_LOOPS(base, )
static void adam_base(double *theta, const double *g, double *m, double *v, long count,
                      double beta1, double beta2, double rate, double epsilon) {
  adam_scalar(theta, g, m, v, 0, count, beta1, beta2, rate, epsilon);
}

#ifdef MLPK_X86
DEFINE_LOOPS(avx2, __attribute__((target("avx2,fma"))))
DEFINE_LOOPS(avx512, __attribute__((target("avx512f"))))

__attribute__((target("avx512f"))) static void adam_avx512(double *theta, const double *g,
                                                           double *m, double *v, long count,
                                                           double beta1, double beta2,
                                                           double rate, double epsilon) {
  const __m512d b1 = _mm512_set1_pd(beta1), b2 = _mm512_set1_pd(beta2);
  const __m512d k1 = _mm512_set1_pd(1 - beta1), k2 = _mm512_set1_pd(1 - beta2);
  const __m512d r = _mm512_set1_pd(rate), eps = _mm512_set1_pd(epsilon);
  long i = 0;
  for (; i + 8 <= count; i += 8) {
    __m512d gi = _mm512_loadu_pd(g + i);
    __m512d mi = _mm512_add_pd(_mm512_mul_pd(b1, _mm512_loadu_pd(m + i)), _mm512_mul_pd(k1, gi));
    __m512d vi = _mm512_add_pd(_mm512_mul_pd(b2, _mm512_loadu_pd(v + i)),
                               _mm512_mul_pd(k2, _mm512_mul_pd(gi, gi)));
    _mm512_storeu_pd(m + i, mi);
    _mm512_storeu_pd(v + i, vi);
    __m512d step = _mm512_div_pd(_mm512_mul_pd(r, mi), _mm512_add_pd(_mm512_sqrt_pd(vi), eps));
    _mm512_storeu_pd(theta + i, _mm512_add_pd(_mm512_loadu_pd(theta + i), step));
  }
  adam_scalar(theta, g, m, v, i, count, beta1, beta2, rate, epsilon);
}

__attribute__((target("avx2,fma"))) static void adam_avx2(double *theta, const double *g,
                                                          double *m, double *v, long count,
                                                          double beta1, double beta2,
                                                          double rate, double epsilon) {
  const __m256d b1 = _mm256_set1_pd(beta1), b2 = _mm256_set1_pd(beta2);
  const __m256d k1 = _mm256_set1_pd(1 - beta1), k2 = _mm256_set1_pd(1 - beta2);
  const __m256d r = _mm256_set1_pd(rate), eps = _mm256_set1_pd(epsilon);
  long i = 0;
  for (; i + 4 <= count; i += 4) {
    __m256d gi = _mm256_loadu_pd(g + i);
    __m256d mi = _mm256_add_pd(_mm256_mul_pd(b1, _mm256_loadu_pd(m + i)), _mm256_mul_pd(k1, gi));
    __m256d vi = _mm256_add_pd(_mm256_mul_pd(b2, _mm256_loadu_pd(v + i)),
                               _mm256_mul_pd(k2, _mm256_mul_pd(gi, gi)));
    _mm256_storeu_pd(m + i, mi);
    _mm256_storeu_pd(v + i, vi);
    __m256d step = _mm256_div_pd(_mm256_mul_pd(r, mi), _mm256_add_pd(_mm256_sqrt_pd(vi), eps));
    _mm256_storeu_pd(theta + i, _mm256_add_pd(_mm256_loadu_pd(theta + i), step));
  }
  adam_scalar(theta, g, m, v, i, count, beta1, beta2, rate, epsilon);
}

// Column sums 32 columns at a time with masked loads, so that narrow matrices (10 or 2
// columns) are one or two vectors per row; each column's sum is still 0 + row 0 + row 1 …
__attribute__((target("avx512f"))) static void column_sums_masked(const double *d, double *out,
                                                                  long n, long m,
                                                                  double divisor) {
  for (long j0 = 0; j0 < m; j0 += 32) {
    const long width = m - j0 < 32 ? m - j0 : 32;
    __mmask8 masks[4];
    for (int v = 0; v < 4; v++) {
      long lanes = width - 8 * v;
      masks[v] = lanes >= 8 ? (__mmask8)0xFF : (lanes <= 0 ? 0 : (__mmask8)((1u << lanes) - 1));
    }
    __m512d s0 = _mm512_setzero_pd(), s1 = s0, s2 = s0, s3 = s0;
    for (long i = 0; i < n; i++) {
      const double *row = d + i * m + j0;
      s0 = _mm512_add_pd(s0, _mm512_maskz_loadu_pd(masks[0], row));
      if (masks[1]) s1 = _mm512_add_pd(s1, _mm512_maskz_loadu_pd(masks[1], row + 8));
      if (masks[2]) s2 = _mm512_add_pd(s2, _mm512_maskz_loadu_pd(masks[2], row + 16));
      if (masks[3]) s3 = _mm512_add_pd(s3, _mm512_maskz_loadu_pd(masks[3], row + 24));
    }
    if (divisor != 0) {
      const __m512d q = _mm512_set1_pd(divisor);
      s0 = _mm512_div_pd(s0, q), s1 = _mm512_div_pd(s1, q);
      s2 = _mm512_div_pd(s2, q), s3 = _mm512_div_pd(s3, q);
    }
    _mm512_mask_storeu_pd(out + j0, masks[0], s0);
    _mm512_mask_storeu_pd(out + j0 + 8, masks[1], s1);
    _mm512_mask_storeu_pd(out + j0 + 16, masks[2], s2);
    _mm512_mask_storeu_pd(out + j0 + 24, masks[3], s3);
  }
}

// simd_dispatch.h: the loops of this file and of elementary.c run with this level
int mlpk_simd_level(void) {
  static int known = -1;
  if (known < 0) {
    __builtin_cpu_init();
    known = __builtin_cpu_supports("avx512f")                                       ? 2
            : (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) ? 1
                                                                                  : 0;
  }
  return known;
}
#endif

void mlpk_relu(double *z, long count) { MLPK_PICK(relu, z, count) }
void mlpk_subtract(const double *p, const double *y, double *d, long count) {
  MLPK_PICK(subtract, p, y, d, count)
}
void mlpk_scale_gradient(double *g, const double *w, long count, double alpha, double n) {
  MLPK_PICK(scale_gradient, g, w, count, alpha, n)
}
void mlpk_column_sums(const double *d, double *out, long n, long m, double divisor) {
#ifdef MLPK_X86
  if (mlpk_simd_level() == 2) {
    column_sums_masked(d, out, n, m, divisor);
    return;
  }
#endif
  MLPK_PICK(column_sums, d, out, n, m, divisor)
}
static void adam_serial(double *theta, const double *g, double *m, double *v, long count,
                        double beta1, double beta2, double rate, double epsilon) {
  MLPK_PICK(adam, theta, g, m, v, count, beta1, beta2, rate, epsilon)
}

typedef struct {
  double *theta;
  const double *g;
  double *m, *v;
  long count, chunk;
  double beta1, beta2, rate, epsilon;
} adam_share;

static void adam_part(void *context, long index) {
  const adam_share *s = context;
  long start = index * s->chunk;
  long size = s->count - start < s->chunk ? s->count - start : s->chunk;
  if (size > 0)
    adam_serial(s->theta + start, s->g + start, s->m + start, s->v + start, size, s->beta1,
                s->beta2, s->rate, s->epsilon);
}

void mlpk_adam_sklearn(double *theta, const double *g, double *m, double *v, long count,
                       double beta1, double beta2, double rate, double epsilon) {
  // below ~8000 numbers a second thread costs more than it saves
  long parts = count >= 8192 ? mlpk_thread_count() : 1;
  if (parts < 2) {
    adam_serial(theta, g, m, v, count, beta1, beta2, rate, epsilon);
    return;
  }
  long chunk = ((count + parts - 1) / parts + 7) & ~7L;
  adam_share s = {theta, g, m, v, count, chunk, beta1, beta2, rate, epsilon};
  mlpk_parallel_for((count + chunk - 1) / chunk, adam_part, &s);
}

void mlpk_gather_rows(const double *x, long f, const long *rows, long count, double *out,
                      long ldo) {
  enum { AHEAD = 8 };
  // rows of a cache line or more are fetched ahead; short rows are cheap to wait for
  const int prefetch = f >= 8;
  for (long r = 0; r < count; r++) {
    if (prefetch && r + AHEAD < count) {
      const char *next = (const char *)(x + rows[r + AHEAD] * f);
      for (long b = 0; b < f * (long)sizeof(double); b += 64) __builtin_prefetch(next + b);
    }
    const double *src = x + rows[r] * f;
    double *dst = out + r * ldo;
    // one and two columns (targets, 2-D data sets) without a loop
    if (f == 1) {
      dst[0] = src[0];
    } else if (f == 2) {
      dst[0] = src[0];
      dst[1] = src[1];
    } else {
      for (long j = 0; j < f; j++) dst[j] = src[j];
    }
  }
}
void mlpk_sgd_sklearn(double *theta, const double *g, double *velocity, long count,
                      double momentum, double lr, int nesterov) {
  MLPK_PICK(sgd, theta, g, velocity, count, momentum, lr, nesterov)
}
