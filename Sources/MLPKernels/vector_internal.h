// The pieces of vector.c that the fused training step (fused_step.c) reuses.
#ifndef MLPK_VECTOR_INTERNAL_H
#define MLPK_VECTOR_INTERNAL_H

// The instruction set of the matrix kernel in use: 2 = AVX-512, 1 = FMA, 0 = portable.
int mlpk_vector_level(void);

#if defined(__x86_64__) || defined(_M_X64)
// dgemv_t's order for 8 rows of a (lda apart) at once (AVX-512 only).
void mlpk_gemv8_openblas(const double *a, long lda, const double *b, long k, double totals[8]);
// dgemv_t's order row by row, with hardware fused multiply-adds (FMA only).
void mlpk_gemv_fma(const double *a, long lda, const double *b, double *c, long ldc, long n,
                   long k);
#endif

#endif
