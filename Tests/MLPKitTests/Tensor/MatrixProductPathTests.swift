import MLPKit
import Testing

/// The product's fast paths (strided rows, the blocked sums of long products, the
/// transposed computation of narrow results, wide tiles for few rows, fused epilogues,
/// several threads) against the definition, bit for bit, for every kernel.
@Suite(.serialized) struct MatrixProductPathTests {
  /// One product: sizes, transposes, extra room after each stored row, and beta.
  struct Case: CustomStringConvertible {
    let n: Int, m: Int, k: Int
    let transposeA: Bool, transposeB: Bool
    let padA: Int, padB: Int, padC: Int
    let beta: Double

    var lda: Int { (transposeA ? n : k) + padA }
    var ldb: Int { (transposeB ? k : m) + padB }
    var ldc: Int { m + padC }
    var description: String {
      "n=\(n) m=\(m) k=\(k) transposes=\(transposeA),\(transposeB) pads=\(padA),\(padB),\(padC) beta=\(beta)"
    }
  }

  /// The definition: for each element the fused chain `Σₚ op(a)·op(b)` from 0 in order of
  /// p, then `beta·c +`, then the epilogue (`+ bias`, ReLU keeping NaN, zero where the
  /// mask is zero).
  static func definition(
    _ c: Case, a: [Double], b: [Double], start: [Double], bias: [Double]? = nil,
    relu: Bool = false, mask: [Double]? = nil
  ) -> [Double] {
    var out = start
    for i in 0..<c.n {
      for j in 0..<c.m {
        var sum = 0.0
        for p in 0..<c.k {
          let x = c.transposeA ? a[p * c.lda + i] : a[i * c.lda + p]
          let y = c.transposeB ? b[j * c.ldb + p] : b[p * c.ldb + j]
          sum = sum.addingProduct(x, y)
        }
        var value = c.beta != 0 ? start[i * c.ldc + j] + sum : sum
        if let bias { value = value + bias[j] }
        if relu, !(value >= 0), !value.isNaN { value = 0 }
        if let mask, mask[i * c.ldc + j] == 0 { value = 0 }
        out[i * c.ldc + j] = value
      }
    }
    return out
  }

  /// "same", or the first place the two differ (short enough for a failure message).
  static func difference(_ got: [Double], _ expected: [Double]) -> String {
    guard got.count == expected.count else { return "\(got.count) vs \(expected.count) numbers" }
    for i in got.indices where got[i].bitPattern != expected[i].bitPattern {
      return "first difference at \(i): \(got[i]) vs \(expected[i])"
    }
    return "same"
  }

  /// Runs the product on fresh random operands; returns what it wrote and the definition.
  static func run(
    _ c: Case, seed: UInt32, bias wantBias: Bool = false, relu: Bool = false,
    mask wantMask: Bool = false, parallelThreshold: Int = MatrixProduct.parallelThreshold
  ) -> (got: [Double], expected: [Double]) {
    var rng = RandomState(seed: seed)
    let a = rng.normal(count: Swift.max(1, (c.transposeA ? c.k : c.n) * c.lda))
    let b = rng.normal(count: Swift.max(1, (c.transposeB ? c.m : c.k) * c.ldb))
    let start = rng.normal(count: c.n * c.ldc)
    let bias = wantBias ? rng.normal(count: c.m) : nil
    // a mask with zeros in about a third of its places
    let mask =
      wantMask ? rng.uniform(low: 0, high: 1, count: c.n * c.ldc).map { $0 < 0.33 ? 0 : $0 } : nil
    var got = start
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        got.withUnsafeMutableBufferPointer { out in
          (bias ?? []).withUnsafeBufferPointer { bias in
            (mask ?? []).withUnsafeBufferPointer { mask in
              guard let pa = a.baseAddress, let pb = b.baseAddress, let pc = out.baseAddress else {
                return
              }
              let epilogue =
                wantBias || relu || wantMask
                ? MatrixProduct.Epilogue(
                  // an empty array may still have an address: pass nil for "none"
                  bias: wantBias ? bias.baseAddress : nil, relu: relu,
                  mask: wantMask ? mask.baseAddress : nil, maskStride: c.ldc)
                : nil
              MatrixProduct.gemm(
                transposeA: c.transposeA, transposeB: c.transposeB, n: c.n, m: c.m, k: c.k,
                a: pa, lda: c.lda, b: pb, ldb: c.ldb, beta: c.beta, c: pc, ldc: c.ldc,
                epilogue: epilogue, parallelThreshold: parallelThreshold)
            }
          }
        }
      }
    }
    let expected = definition(c, a: a, b: b, start: start, bias: bias, relu: relu, mask: mask)
    return (got, expected)
  }

  /// Sizes that reach every path: single rows and columns, k = 0 and 1, narrow results
  /// (computed transposed), few rows (wide tiles), sums longer than one block of p (256)
  /// and than two, more rows than one block (96), and odd sizes throughout.
  static let sizes: [(Int, Int, Int)] = [
    (1, 1, 1), (1, 37, 5), (37, 1, 5), (1, 1, 300), (5, 1, 300), (2, 100, 200), (3, 100, 200),
    (4, 33, 9), (5, 7, 3), (100, 1, 200), (128, 5, 200), (200, 5, 13), (9, 17, 600),
    (130, 70, 129), (200, 40, 2), (71, 30, 1), (97, 50, 40), (250, 3, 7), (6, 5, 0), (1, 9, 0),
    (17, 1, 1), (1, 300, 2),
  ]

  static func cases(pads: [Int] = [0, 3]) -> [Case] {
    var cases: [Case] = []
    var variant = 0
    for (n, m, k) in sizes {
      for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
        // vary pads and beta across the cases rather than multiplying them out
        variant += 1
        cases.append(
          Case(
            n: n, m: m, k: k, transposeA: ta, transposeB: tb, padA: pads[variant % pads.count],
            padB: pads[(variant / 2) % pads.count], padC: pads[(variant / 3) % pads.count],
            beta: variant % 5 == 0 ? 1 : 0))
      }
    }
    return cases
  }

  @Test(arguments: ["avx512", "avx2", "neon", "generic"])
  func stridedProductsAreTheFusedSumBitForBit(kernel: String) throws {
    guard MatrixProduct.availableKernels.contains(kernel) else { return }
    #expect(MatrixProduct.useKernel(kernel))
    defer { MatrixProduct.useKernel(nil) }
    for (index, c) in Self.cases().enumerated() {
      let (got, expected) = Self.run(c, seed: UInt32(index))
      #expect(Self.difference(got, expected) == "same", "\(kernel) \(c)")
    }
  }

  @Test func beta1KeepsWhatWasThereAcrossBlocksOfP() throws {
    // k > 256 with beta 1: the sums continue in a scratch copy, then are added
    for (index, (n, m, k)) in [(3, 20, 700), (40, 9, 257), (1, 1, 513)].enumerated() {
      let c = Case(
        n: n, m: m, k: k, transposeA: index == 1, transposeB: index == 2, padA: 1, padB: 0,
        padC: 2, beta: 1)
      let (got, expected) = Self.run(c, seed: 40 + UInt32(index))
      #expect(Self.difference(got, expected) == "same", "\(c)")
    }
  }

  @Test(arguments: ["avx512", "avx2", "neon", "generic"])
  func epiloguesMatchTheSeparatePasses(kernel: String) throws {
    guard MatrixProduct.availableKernels.contains(kernel) else { return }
    #expect(MatrixProduct.useKernel(kernel))
    defer { MatrixProduct.useKernel(nil) }
    let sizes = [(200, 100, 2), (200, 100, 1), (13, 29, 300), (1, 7, 3), (9, 1, 4), (64, 130, 50)]
    for (index, (n, m, k)) in sizes.enumerated() {
      for (bias, relu, mask) in [(true, true, false), (false, false, true), (true, false, true)] {
        let c = Case(
          n: n, m: m, k: k, transposeA: index % 2 == 1, transposeB: index % 3 == 2,
          padA: index % 2, padB: 0, padC: (index * 5) % 8, beta: 0)
        let (got, expected) = Self.run(
          c, seed: 100 + UInt32(index), bias: bias, relu: relu, mask: mask)
        #expect(
          Self.difference(got, expected) == "same",
          "\(kernel) \(c) bias=\(bias) relu=\(relu) mask=\(mask)")
      }
    }
  }

  @Test func reluKeepsNaNAndTheMaskZeroesIt() throws {
    // one NaN in a: its row of the product is NaN; ReLU keeps it, a zero in the mask does not
    let (n, m, k) = (3, 10, 4)
    var a = [Double](repeating: 1, count: n * k)
    a[k + 2] = .nan
    let b = (0..<(k * m)).map { Double($0 % 7) - 3 }
    let bias = (0..<m).map { Double($0) - 9 }
    var mask = [Double](repeating: 1, count: n * m)
    mask[m + 3] = 0
    var c = [Double](repeating: 7, count: n * m)
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        bias.withUnsafeBufferPointer { bias in
          mask.withUnsafeBufferPointer { mask in
            c.withUnsafeMutableBufferPointer { c in
              guard let pa = a.baseAddress, let pb = b.baseAddress, let pc = c.baseAddress else {
                return
              }
              MatrixProduct.gemm(
                n: n, m: m, k: k, a: pa, lda: k, b: pb, ldb: m, c: pc, ldc: m,
                epilogue: .init(
                  bias: bias.baseAddress, relu: true, mask: mask.baseAddress, maskStride: m))
            }
          }
        }
      }
    }
    #expect(
      c[m..<(2 * m)].enumerated().allSatisfy { $0.offset == 3 ? $0.element == 0 : $0.element.isNaN }
    )
    // the other rows: Σ b over p, + bias, clipped at 0
    for j in 0..<m {
      let sum = (0..<k).reduce(0.0) { $0 + b[$1 * m + j] } + bias[j]
      #expect(c[j] == Swift.max(sum, 0))
      #expect(c[2 * m + j] == Swift.max(sum, 0))
    }
  }

  @Test func anySplitOverThreadsGivesTheSameBits() throws {
    let saved = MatrixProduct.threadCount
    defer { MatrixProduct.threadCount = 0 }
    _ = saved
    for threads in [2, 3, 5] {
      MatrixProduct.threadCount = threads
      // row splits (many rows), column splits (few rows, many columns), epilogues
      for (index, (n, m, k)) in [(150, 40, 30), (7, 200, 60), (33, 33, 300), (16, 64, 9)]
        .enumerated()
      {
        let c = Case(
          n: n, m: m, k: k, transposeA: index == 1, transposeB: index == 2, padA: 2, padB: 1,
          padC: 3, beta: index == 3 ? 1 : 0)
        let (got, expected) = Self.run(
          c, seed: 200 + UInt32(index), bias: index == 0, relu: index == 0, mask: index == 2,
          parallelThreshold: 1)
        #expect(Self.difference(got, expected) == "same", "threads=\(threads) \(c)")
      }
    }
  }
}
