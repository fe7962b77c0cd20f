// The pieces the matrix-product driver (gemm.c) shares with the per-ISA tiles
// (gemm_x86.c, gemm_portable.c). Not part of the public header.
#ifndef MLPK_GEMM_INTERNAL_H
#define MLPK_GEMM_INTERNAL_H

#include <stddef.h>

#include "MLPKernels.h"

// What a tile does with its sums: write them, add them to C (beta = 1), or start
// from the partial sums already in C (a later block of p: the fused chain goes on).
enum { TILE_STORE = 0, TILE_ADD = 1, TILE_CONTINUE = 2 };

// Applied to a tile's finished sums before they are stored (see mlpk_epilogue): the
// bias pointer is already offset to the tile's first column, the mask pointer to the
// tile's first element.
typedef mlpk_epilogue tile_epilogue;

// C[r][c] (at C + r*sci + c*scj) for r < rows, c < cols:
//   Σ_{p<k} A[r*sai + p*sap] · B[p*ldb + c], one fused multiply-add chain in order of p.
// op(B)'s rows are contiguous (column stride 1); any strides for A and C.
typedef void (*tile_fn)(long k, const double *A, long sai, long sap, const double *B, long ldb,
                        double *C, long sci, long scj, int rows, int cols, int mode,
                        const tile_epilogue *epilogue);

// A block of C made of tiles: rows × cols elements, each the chain over kc values of p.
// The tile at row r0, column j0 reads op(A) from A + r0·a_step (then sai, sap inside
// the tile) and op(B) from B + j0·b_step (rows ldb apart), and writes C + r0·sci +
// j0·scj. Tiles are at most mr × nr; rows_outer walks C row block by row block.
typedef struct {
  long kc;
  const double *A;
  long a_step, sai, sap;
  const double *B;
  long b_step, ldb;
  double *C;
  long sci, scj;
  long rows, cols;
  int mr, nr, mode, rows_outer;
  const tile_epilogue *epilogue;  // for the block's first element, or NULL
} tile_block;

typedef void (*block_fn)(const tile_block *block);

typedef struct {
  const char *name;
  block_fn block;
  int mr;         // most rows in a tile
  int nr;         // most columns in a tile
  int wide_rows;  // with at most this many rows, a tile may have up to wide_nr columns
  int wide_nr;
} gemm_kernel;

// Walks a block tile by tile, calling `tile` (for the kernels without their own loop).
void mlpk_block_loop(const tile_block *block, tile_fn tile);

// The epilogue of the tile at row r0, column j0 of a block.
static inline tile_epilogue mlpk_shift_epilogue(const tile_epilogue *e, long r0, long j0) {
  tile_epilogue shifted = *e;
  if (e->bias) shifted.bias = e->bias + j0;
  if (e->mask) shifted.mask = e->mask + r0 * e->mask_ld + j0;
  return shifted;
}

// The tiles of each instruction set (NULL where this build or CPU has none).
extern const gemm_kernel mlpk_kernel_avx512;
extern const gemm_kernel mlpk_kernel_avx2;
extern const gemm_kernel mlpk_kernel_neon;
extern const gemm_kernel mlpk_kernel_generic;

// The epilogue and store of one finished row of sums, in plain C: used by the tiles
// for scattered columns (scj != 1) and by the portable tiles.
void mlpk_tile_store_row(const double *sums, double *C, long scj, int cols, int mode,
                         const tile_epilogue *epilogue, int row);
// The partial sums of one row already in C (TILE_CONTINUE), into `sums`.
void mlpk_tile_load_row(double *sums, const double *C, long scj, int cols);

#endif
