// fdlibm's exp and log without branches (see elementary.c), inline so that the loops
// that use them — elementary.c's array functions, the fused training step's sigmoid —
// vectorise them and all give the same bits.
#ifndef MLPK_ELEMENTARY_INTERNAL_H
#define MLPK_ELEMENTARY_INTERNAL_H
#pragma STDC FP_CONTRACT OFF  // as in every file that includes this one
#include <stdint.h>
#include <string.h>

#define MLPK_INLINE static inline __attribute__((always_inline))

MLPK_INLINE uint64_t bits(double x) {
  uint64_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}

MLPK_INLINE double from_bits(uint64_t u) {
  double x;
  memcpy(&x, &u, sizeof x);
  return x;
}

// log x for a positive normal x or NaN (all the loss ever takes: p is clipped to
// [ε, 1 − ε] first); x = 2^k · m with m in [√2/2, √2), f = m − 1, s = f / (2 + f), and
// log(1 + f) = f − s·(f − R(s²)), R a minimax polynomial (fdlibm's Lg1…Lg7).
MLPK_INLINE double log_positive(double x) {
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

// exp x for any x: x = k·ln2 + r with |r| ≤ ln2/2 (r as hi − lo for precision), then
// exp r = 1 − ((lo − r·c/(2 − c)) − hi) with c = r − r²·P(r²) (fdlibm's P1…P5), scaled
// by 2^k. The cases are fdlibm's, decided on the high word of |x| as there.
MLPK_INLINE double exp_any(double x) {
  const double ln2_hi = 6.93147180369123816490e-01;  // 3fe62e42 fee00000
  const double ln2_lo = 1.90821492927058770002e-10;  // 3dea39ef 35793c76
  const double inv_ln2 = 1.44269504088896338700e+00;  // 3ff71547 652b82fe
  const double P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03;
  const double P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06;
  const double P5 = 4.13813679705723846039e-08;
  const double o_threshold = 7.09782712893383973096e+02;   // 40862e42 fefa39ef
  const double u_threshold = -7.45133219101941108420e+02;  // c0874910 d52d3051
  const uint32_t hx = (uint32_t)(bits(x) >> 32) & 0x7fffffff;  // high word of |x|
  const int negative = x < 0;
  // k = round(x / ln2) as fdlibm's (int)(x/ln2 ± 0.5), on x clamped to where that
  // conversion is defined (beyond ±800 the thresholds decide; NaN is passed at the end)
  const double xc = x > 800 ? 800 : (x < -800 ? -800 : (x != x ? 0 : x));
  int32_t k = (int32_t)(inv_ln2 * xc + (negative ? -0.5 : 0.5));
  k = hx < 0x3ff0a2b2 ? (negative ? -1 : 1) : k;  // |x| < 1.5·ln2: k = ±1
  k = hx > 0x3fd62e42 ? k : 0;                    // |x| ≤ 0.5·ln2: no reduction
  const double t = (double)k;
  const double hi = xc - t * ln2_hi;  // exact: t·ln2_hi has 32 significant bits
  const double lo = t * ln2_lo;
  const double r = hi - lo;
  const double r2 = r * r;
  const double c = r - r2 * (P1 + r2 * (P2 + r2 * (P3 + r2 * (P4 + r2 * P5))));
  // fdlibm's k = 0 form, 1 − ((r·c)/(c − 2) − r), is this one with lo = 0 and hi = r,
  // operation for operation (a/(c − 2) = −(a/(2 − c)) exactly): one division for both
  const double y1 = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
  // times 2^k in two exact halves: one rounding even for a subnormal result
  const int32_t k1 = k / 2, k2 = k - k / 2;
  const double s1 = from_bits((uint64_t)(k1 + 1023) << 52);
  const double s2 = from_bits((uint64_t)(k2 + 1023) << 52);
  double y = (y1 * s1) * s2;
  y = hx < 0x3e300000 ? 1.0 + xc : y;  // |x| < 2⁻²⁸: 1 + x
  y = x > o_threshold ? (double)__builtin_inf() : y;
  y = x < u_threshold ? 0.0 : y;
  return x != x ? x : y;
}

#endif
