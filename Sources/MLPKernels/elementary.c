// exp and log for the losses, softmax and the sigmoid, written out so that they
// vectorise and give the same bits on every machine.
//
// The binary log-loss takes one logarithm per sample, 240 000 of them in the seed's
// 300-epoch fit, and softmax an exponential per logit: a tenth of the time of the
// seed's examples with the C library's scalar functions. The algorithms are fdlibm's
// `__ieee754_log` and `__ieee754_exp` (Sun Microsystems, 1993: "Permission to use,
// copy, modify, and distribute this software is freely granted, provided that this
// notice is preserved"), error below 1 ulp, with their branches turned into selects so
// that an array runs 8 lanes at a time. Only IEEE additions, multiplications and
// divisions, never contracted into fused multiply-adds (FP_CONTRACT is off), so the
// AVX-512, AVX2 and baseline builds of each loop agree bit for bit — as the C
// libraries of different systems do not always.
#pragma STDC FP_CONTRACT OFF
#include "MLPKernels.h"
#include "elementary_internal.h"
#include "simd_dispatch.h"

#define INLINE static inline __attribute__((always_inline))

INLINE void exp_array_body(const double *x, double *out, long count) {
  for (long i = 0; i < count; i++) out[i] = exp_any(x[i]);
}

INLINE void log_array_body(const double *x, double *out, long count) {
  for (long i = 0; i < count; i++) out[i] = log_positive(x[i]);
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

double mlpk_log(double x) { return log_positive(x); }
double mlpk_exp(double x) { return exp_any(x); }

// Each loop three times: baseline, AVX2 and AVX-512 (simd_dispatch.h).
#define DEFINE_LOOPS(SUFFIX, ATTRIBUTES)                                                   \
  ATTRIBUTES static void terms_##SUFFIX(const double *p, const double *y, double *terms,   \
                                        long count) {                                      \
    terms_body(p, y, terms, count);                                                        \
  }                                                                                        \
  ATTRIBUTES static void exp_array_##SUFFIX(const double *x, double *out, long count) {   \
    exp_array_body(x, out, count);                                                         \
  }                                                                                        \
  ATTRIBUTES static void log_array_##SUFFIX(const double *x, double *out, long count) {   \
    log_array_body(x, out, count);                                                         \
  }

DEFINE_LOOPS(base, )
#if defined(__x86_64__) || defined(_M_X64)
DEFINE_LOOPS(avx2, __attribute__((target("avx2"))))
DEFINE_LOOPS(avx512, __attribute__((target("avx512f"))))
#endif

void mlpk_logistic_loss_terms(const double *p, const double *y, double *terms, long count) {
  MLPK_PICK(terms, p, y, terms, count)
}
void mlpk_exp_array(const double *x, double *out, long count) {
  MLPK_PICK(exp_array, x, out, count)
}
void mlpk_log_array(const double *x, double *out, long count) {
  MLPK_PICK(log_array, x, out, count)
}
