// The natural logarithm of sklearn's training loss, written out so that it vectorises
// and gives the same bits on every machine.
//
// The binary log-loss takes one logarithm per sample, 240 000 of them in the seed's
// 300-epoch fit: a tenth of its time with the C library's scalar `log`. The algorithm
// below is fdlibm's `__ieee754_log` (Sun Microsystems, 1993: "Permission to use, copy,
// modify, and distribute this software is freely granted, provided that this notice
// is preserved"), error below 1 ulp, with its branches turned into selects so that a
// whole batch runs 8 lanes at a time. Only IEEE additions, multiplications and one
// division, never contracted into fused multiply-adds (FP_CONTRACT is off), so the
// AVX-512, AVX2 and baseline builds of the loop agree bit for bit — as the C libraries
// of different systems do not always.
#pragma STDC FP_CONTRACT OFF
#include <stdint.h>
#include <string.h>

#include "MLPKernels.h"

#define INLINE static inline __attribute__((always_inline))

INLINE uint64_t bits(double x) {
  uint64_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}

INLINE double from_bits(uint64_t u) {
  double x;
  memcpy(&x, &u, sizeof x);
  return x;
}

// log x for a positive normal x or NaN (all the loss ever takes: p is clipped to
// [ε, 1 − ε] first); x = 2^k · m with m in [√2/2, √2), f = m − 1, s = f / (2 + f), and
// log(1 + f) = f − s·(f − R(s²)), R a minimax polynomial (fdlibm's Lg1…Lg7).
INLINE double log_positive(double x) {
  const double ln2_hi = 6.93147180369123816490e-01;  // 3fe62e42 fee00000
  const double ln2_lo = 1.90821492927058770002e-10;  // 3dea39ef 35793c76
  const double Lg1 = 6.666666666666735130e-01, Lg2 = 3.999999999940941908e-01;
  const double Lg3 = 2.857142874366239149e-01, Lg4 = 2.222219843214978396e-01;
  const double Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01;
  const double Lg7 = 1.479819860511658591e-01;
  const uint64_t u = bits(x);
  const int32_t high = (int32_t)(u >> 32);
  const int32_t hx = high & 0x000fffff;  // the top 20 bits of the mantissa
  // m or m/2 so that the mantissa lands in [√2/2, √2): i is 0x100000 when halved
  const int32_t i = (hx + 0x95f64) & 0x100000;
  const int32_t k = ((high >> 20) - 1023) + (i >> 20);
  const double m = from_bits(((uint64_t)(uint32_t)(hx | (i ^ 0x3ff00000)) << 32) |
                             (u & 0xffffffffu));
  const double f = m - 1.0;
  const double dk = (double)k;
  // |f| < 2⁻²⁰: two terms of the series
  const double r_small = f * f * (0.5 - 0.33333333333333333 * f);
  const double small = dk * ln2_hi - ((r_small - dk * ln2_lo) - f);
  // otherwise
  const double s = f / (2.0 + f);
  const double z = s * s;
  const double w = z * z;
  const double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  const double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  const double r = t2 + t1;
  const double hfsq = 0.5 * f * f;
  const double far = dk * ln2_hi - ((hfsq - (s * (hfsq + r) + dk * ln2_lo)) - f);
  const double near = dk * ln2_hi - ((s * (f - r) - dk * ln2_lo) - f);
  const double general = ((hx - 0x6147a) | (0x6b851 - hx)) > 0 ? far : near;
  const double result = (0x000fffff & (2 + hx)) < 3 ? small : general;
  return x != x ? x : result;  // NaN stays NaN
}

INLINE void terms_body(const double *p, const double *y, double *terms, long count) {
  const double eps = 0x1p-52;  // NumPy's float64 eps, Double.ulpOfOne
  for (long i = 0; i < count; i++) {
    // p clipped to [ε, 1 − ε] as Swift's max(p, ε) then min(·, 1 − ε): NaN passes through
    double q = eps >= p[i] ? eps : p[i];
    q = (1 - eps) < q ? (1 - eps) : q;
    // xlogy(y, q) + xlogy(1 − y, 1 − q): for a 0/1 target one term is zero
    terms[i] = log_positive(y[i] == 1 ? q : 1 - q);
  }
}

static void terms_base(const double *p, const double *y, double *terms, long count) {
  terms_body(p, y, terms, count);
}

double mlpk_log(double x) { return log_positive(x); }

#if defined(__x86_64__) || defined(_M_X64)
__attribute__((target("avx2"))) static void terms_avx2(const double *p, const double *y,
                                                       double *terms, long count) {
  terms_body(p, y, terms, count);
}
__attribute__((target("avx512f,avx512dq"))) static void terms_avx512(const double *p,
                                                                    const double *y,
                                                                    double *terms, long count) {
  terms_body(p, y, terms, count);
}

void mlpk_logistic_loss_terms(const double *p, const double *y, double *terms, long count) {
  static int level = -1;
  if (level < 0) {
    __builtin_cpu_init();
    level = (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq")) ? 2
            : __builtin_cpu_supports("avx2")                                          ? 1
                                                                                      : 0;
  }
  if (level == 2) terms_avx512(p, y, terms, count);
  else if (level == 1) terms_avx2(p, y, terms, count);
  else terms_base(p, y, terms, count);
}
#else
void mlpk_logistic_loss_terms(const double *p, const double *y, double *terms, long count) {
  terms_base(p, y, terms, count);
}
#endif
