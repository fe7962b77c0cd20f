// A packed, register-blocked matrix product. The packing routines copy op(A) into
// panels of MR rows and op(B) into panels of NR columns (zero-padded), so one
// microkernel serves all four transpose cases; the microkernel keeps an MR×NR block
// of C in registers and walks p = 0..k−1, one fused multiply-add per element per p.
#pragma STDC FP_CONTRACT OFF
#include "MLPKernels.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>
#define MLPK_X86 1
#elif defined(__aarch64__)
#include <arm_neon.h>
#define MLPK_NEON 1
#endif

typedef void (*microkernel)(long k, const double *a, const double *b, double *c);

// ---- packing -----------------------------------------------------------------

// op(A)[i][p] for rows i0..i0+rows−1, stored as k groups of mr values (padded with 0).
static void pack_a(int trans, const double *A, long lda, long i0, long rows, long k, long mr,
                   double *out) {
  for (long p = 0; p < k; p++) {
    for (long r = 0; r < mr; r++) {
      double v = 0;
      if (r < rows) v = trans ? A[p * lda + i0 + r] : A[(i0 + r) * lda + p];
      out[p * mr + r] = v;
    }
  }
}

// op(B)[p][j] for columns j0..j0+cols−1, stored as k groups of nr values.
static void pack_b(int trans, const double *B, long ldb, long j0, long cols, long k, long nr,
                   double *out) {
  for (long p = 0; p < k; p++) {
    for (long c = 0; c < nr; c++) {
      double v = 0;
      if (c < cols) v = trans ? B[(j0 + c) * ldb + p] : B[p * ldb + j0 + c];
      out[p * nr + c] = v;
    }
  }
}

// ---- microkernels: c[MR][NR] = Σ_p a[p][·] ⊗ b[p][·] -----------------------------

#define G_MR 4
#define G_NR 4
static void kernel_generic(long k, const double *a, const double *b, double *c) {
  double acc[G_MR][G_NR] = {{0}};
  for (long p = 0; p < k; p++) {
    for (int r = 0; r < G_MR; r++) {
      for (int s = 0; s < G_NR; s++) acc[r][s] = fma(a[p * G_MR + r], b[p * G_NR + s], acc[r][s]);
    }
  }
  memcpy(c, acc, sizeof(acc));
}

#ifdef MLPK_X86
#define A2_MR 6
#define A2_NR 8
__attribute__((target("avx2,fma"))) static void kernel_avx2(long k, const double *a,
                                                            const double *b, double *c) {
  __m256d acc[A2_MR][2];
  for (int r = 0; r < A2_MR; r++) acc[r][0] = acc[r][1] = _mm256_setzero_pd();
  for (long p = 0; p < k; p++) {
    __m256d b0 = _mm256_loadu_pd(b + p * A2_NR);
    __m256d b1 = _mm256_loadu_pd(b + p * A2_NR + 4);
    for (int r = 0; r < A2_MR; r++) {
      __m256d av = _mm256_broadcast_sd(a + p * A2_MR + r);
      acc[r][0] = _mm256_fmadd_pd(av, b0, acc[r][0]);
      acc[r][1] = _mm256_fmadd_pd(av, b1, acc[r][1]);
    }
  }
  for (int r = 0; r < A2_MR; r++) {
    _mm256_storeu_pd(c + r * A2_NR, acc[r][0]);
    _mm256_storeu_pd(c + r * A2_NR + 4, acc[r][1]);
  }
}

#define A5_MR 8
#define A5_NR 16
__attribute__((target("avx512f"))) static void kernel_avx512(long k, const double *a,
                                                             const double *b, double *c) {
  __m512d acc[A5_MR][2];
  for (int r = 0; r < A5_MR; r++) acc[r][0] = acc[r][1] = _mm512_setzero_pd();
  for (long p = 0; p < k; p++) {
    __m512d b0 = _mm512_loadu_pd(b + p * A5_NR);
    __m512d b1 = _mm512_loadu_pd(b + p * A5_NR + 8);
    for (int r = 0; r < A5_MR; r++) {
      __m512d av = _mm512_set1_pd(a[p * A5_MR + r]);
      acc[r][0] = _mm512_fmadd_pd(av, b0, acc[r][0]);
      acc[r][1] = _mm512_fmadd_pd(av, b1, acc[r][1]);
    }
  }
  for (int r = 0; r < A5_MR; r++) {
    _mm512_storeu_pd(c + r * A5_NR, acc[r][0]);
    _mm512_storeu_pd(c + r * A5_NR + 8, acc[r][1]);
  }
}
#endif

#ifdef MLPK_NEON
#define N_MR 4
#define N_NR 8
static void kernel_neon(long k, const double *a, const double *b, double *c) {
  float64x2_t acc[N_MR][4];
  for (int r = 0; r < N_MR; r++)
    for (int s = 0; s < 4; s++) acc[r][s] = vdupq_n_f64(0);
  for (long p = 0; p < k; p++) {
    float64x2_t bv[4];
    for (int s = 0; s < 4; s++) bv[s] = vld1q_f64(b + p * N_NR + 2 * s);
    for (int r = 0; r < N_MR; r++) {
      float64x2_t av = vdupq_n_f64(a[p * N_MR + r]);
      for (int s = 0; s < 4; s++) acc[r][s] = vfmaq_f64(acc[r][s], av, bv[s]);
    }
  }
  for (int r = 0; r < N_MR; r++)
    for (int s = 0; s < 4; s++) vst1q_f64(c + r * N_NR + 2 * s, acc[r][s]);
}
#endif

// ---- dispatch ------------------------------------------------------------------

typedef struct {
  const char *name;
  microkernel run;
  long mr, nr;
} kernel_info;

static const kernel_info kernels[] = {
#ifdef MLPK_X86
    {"avx512", kernel_avx512, A5_MR, A5_NR},
    {"avx2", kernel_avx2, A2_MR, A2_NR},
#endif
#ifdef MLPK_NEON
    {"neon", kernel_neon, N_MR, N_NR},
#endif
    {"generic", kernel_generic, G_MR, G_NR},
};
static const int kernel_count = (int)(sizeof(kernels) / sizeof(kernels[0]));

static int cpu_can_run(const char *name) {
  if (strcmp(name, "generic") == 0) return 1;
#ifdef MLPK_X86
  __builtin_cpu_init();
  if (strcmp(name, "avx512") == 0) return __builtin_cpu_supports("avx512f");
  if (strcmp(name, "avx2") == 0)
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#endif
#ifdef MLPK_NEON
  if (strcmp(name, "neon") == 0) return 1;
#endif
  return 0;
}

// −1 until first use; then the index of the kernel in use. Every kernel computes the
// same bits, so switching kernels (tests, benchmarks) never changes a result.
static _Atomic int chosen = -1;

static int automatic_index(void) {
  for (int i = 0; i < kernel_count; i++)
    if (cpu_can_run(kernels[i].name)) return i;
  return kernel_count - 1;
}

static const kernel_info *current_kernel(void) {
  int index = chosen;
  if (index < 0) {
    index = automatic_index();
    chosen = index;
  }
  return &kernels[index];
}

const char *mlpk_kernel_name(void) { return current_kernel()->name; }

int mlpk_force_kernel(const char *name) {
  if (name == NULL) {
    chosen = automatic_index();
    return 1;
  }
  for (int i = 0; i < kernel_count; i++) {
    if (strcmp(kernels[i].name, name) == 0 && cpu_can_run(name)) {
      chosen = i;
      return 1;
    }
  }
  return 0;
}

// ---- the product -----------------------------------------------------------------

void mlpk_dgemm(int transA, int transB, long n, long m, long k, const double *A, long lda,
                const double *B, long ldb, double beta, double *C, long ldc) {
  if (n <= 0 || m <= 0) return;
  const kernel_info *kernel = current_kernel();
  const long mr = kernel->mr, nr = kernel->nr;
  const long panels = (m + nr - 1) / nr;
  // B is packed once; A one block of mr rows at a time.
  double *packedB = malloc(sizeof(double) * (size_t)(panels * nr * (k > 0 ? k : 1)));
  double *packedA = malloc(sizeof(double) * (size_t)(mr * (k > 0 ? k : 1)));
  double block[16 * 16];
  if (packedB == NULL || packedA == NULL) {  // out of memory: the textbook loop needs none
    free(packedB);
    free(packedA);
    for (long i = 0; i < n; i++)
      for (long j = 0; j < m; j++) {
        double s = 0;
        for (long p = 0; p < k; p++) {
          double x = transA ? A[p * lda + i] : A[i * lda + p];
          double y = transB ? B[j * ldb + p] : B[p * ldb + j];
          s = fma(x, y, s);
        }
        C[i * ldc + j] = (beta != 0 ? C[i * ldc + j] : 0) + s;
      }
    return;
  }
  for (long q = 0; q < panels; q++) {
    long j0 = q * nr;
    pack_b(transB, B, ldb, j0, (m - j0 < nr ? m - j0 : nr), k, nr, packedB + q * nr * k);
  }
  for (long i0 = 0; i0 < n; i0 += mr) {
    long rows = n - i0 < mr ? n - i0 : mr;
    pack_a(transA, A, lda, i0, rows, k, mr, packedA);
    for (long q = 0; q < panels; q++) {
      long j0 = q * nr;
      long cols = m - j0 < nr ? m - j0 : nr;
      kernel->run(k, packedA, packedB + q * nr * k, block);
      for (long r = 0; r < rows; r++) {
        double *c = C + (i0 + r) * ldc + j0;
        const double *src = block + r * nr;
        if (beta != 0) {
          for (long s = 0; s < cols; s++) c[s] += src[s];
        } else {
          memcpy(c, src, sizeof(double) * (size_t)cols);
        }
      }
    }
  }
  free(packedB);
  free(packedA);
}
