// Which build of an element-wise loop runs. Each loop is compiled for the baseline,
// AVX2 and AVX-512 with the same IEEE operations (so the same bits), and the CPU picks
// once: `MLPK_PICK(name, args…)` calls name_avx512, name_avx2 or name_base and returns.
#ifndef MLPK_SIMD_DISPATCH_H
#define MLPK_SIMD_DISPATCH_H

#if defined(__x86_64__) || defined(_M_X64)
// 2 = AVX-512, 1 = AVX2 with FMA, 0 = baseline; decided on first use (elementwise.c).
int mlpk_simd_level(void);

#define MLPK_PICK(NAME, ...)                    \
  switch (mlpk_simd_level()) {                  \
    case 2: NAME##_avx512(__VA_ARGS__); return; \
    case 1: NAME##_avx2(__VA_ARGS__); return;   \
    default: NAME##_base(__VA_ARGS__); return;  \
  }
#else
#define MLPK_PICK(NAME, ...) NAME##_base(__VA_ARGS__);
#endif

#endif
