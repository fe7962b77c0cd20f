import MLPKit
import Testing

/// The fast kernels against the textbook product, on random shapes.
@Suite(.serialized) struct MatrixProductTests {
  /// Σₚ a·b in order of p as fused multiply-adds: what every kernel promises to compute.
  static func fusedReference(
    _ a: [Double], _ b: [Double], n: Int, k: Int, m: Int, transposeA: Bool, transposeB: Bool
  ) -> [Double] {
    var c = [Double](repeating: 0, count: n * m)
    for i in 0..<n {
      for j in 0..<m {
        var sum = 0.0
        for p in 0..<k {
          let x = transposeA ? a[p * n + i] : a[i * k + p]
          let y = transposeB ? b[j * k + p] : b[p * m + j]
          sum = sum.addingProduct(x, y)
        }
        c[i * m + j] = sum
      }
    }
    return c
  }

  static let shapes: [(Int, Int, Int)] = [
    (1, 1, 1), (1, 7, 1), (1, 1, 9), (3, 2, 5), (7, 13, 3), (8, 16, 4), (9, 17, 33),
    (33, 100, 2), (200, 1, 100), (200, 100, 2), (2, 200, 100), (64, 64, 64), (1, 300, 17),
    (130, 70, 129), (5, 0, 3),
  ]

  @Test(arguments: ["avx512", "avx2", "neon", "generic"])
  func everyKernelComputesTheFusedSumBitForBit(kernel: String) throws {
    guard MatrixProduct.availableKernels.contains(kernel) else { return }
    #expect(MatrixProduct.useKernel(kernel))
    defer { MatrixProduct.useKernel(nil) }
    var rng = RandomState(seed: 11)
    for (n, k, m) in Self.shapes {
      for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
        let a = rng.normal(count: n * k)
        let b = rng.normal(count: k * m)
        var c = [Double](repeating: .nan, count: n * m)
        if k == 0 { c = [Double](repeating: 0, count: n * m) }
        a.withUnsafeBufferPointer { a in
          b.withUnsafeBufferPointer { b in
            c.withUnsafeMutableBufferPointer { c in
              guard let pa = a.baseAddress, let pb = b.baseAddress, let pc = c.baseAddress else {
                return
              }
              MatrixProduct.gemm(
                transposeA: ta, transposeB: tb, n: n, m: m, k: k, a: pa, b: pb, c: pc)
            }
          }
        }
        let expected = Self.fusedReference(a, b, n: n, k: k, m: m, transposeA: ta, transposeB: tb)
        #expect(c == expected, "\(kernel) n=\(n) k=\(k) m=\(m) transposes=\(ta),\(tb)")
      }
    }
  }

  @Test func matmulAgreesWithTheTextbookProduct() throws {
    var rng = RandomState(seed: 3)
    for (n, k, m) in Self.shapes where k > 0 {
      let a = try Tensor(shape: [n, k], scalars: rng.normal(count: n * k))
      let b = try Tensor(shape: [k, m], scalars: rng.normal(count: k * m))
      let fast = try a.matmul(b)
      let slow = Tensor.referenceMultiply(a.scalars, b.scalars, n: n, k: k, m: m)
      #expect(fast.shape == [n, m])
      #expect(allClose(fast.scalars, slow, rtol: 1e-12, atol: 1e-12), "n=\(n) k=\(k) m=\(m)")
    }
  }

  @Test func largeProductsSplitOverThreadsGiveTheSameBits() throws {
    var rng = RandomState(seed: 5)
    let (n, k, m) = (300, 150, 70)  // above the parallel threshold
    let a = rng.normal(count: n * k)
    let b = rng.normal(count: k * m)
    let c = try Tensor(shape: [n, k], scalars: a).matmul(try Tensor(shape: [k, m], scalars: b))
    let expected = Self.fusedReference(a, b, n: n, k: k, m: m, transposeA: false, transposeB: false)
    #expect(c.scalars == expected)
  }
}
