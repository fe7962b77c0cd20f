// See mlpk_keep_freed_memory in MLPKernels.h.
#include <stdlib.h>  // defines __GLIBC__ on glibc

#include "MLPKernels.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void mlpk_keep_freed_memory(void) {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

void mlpk_release_free_memory(void) {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}
