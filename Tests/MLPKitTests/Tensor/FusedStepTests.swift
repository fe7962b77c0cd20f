import MLPKit
import Testing

/// The fused training step of the seed's network shape (features → ReLU layer → one
/// logistic output), used with the AVX-512 kernel, against the general path (the AVX2
/// kernel): the same fit, bit for bit, for odd sizes of every dimension.
@Suite(.serialized) struct FusedStepTests {
  /// Everything a fit produces: the loss curve, the weights and the probabilities.
  static func fit(
    kernel: String, features f: Int, hidden h: Int, rows n: Int, batch: Int, seed: Int
  ) throws -> [Double] {
    #expect(MatrixProduct.useKernel(kernel))
    defer { MatrixProduct.useKernel(nil) }
    var rng = RandomState(seed: UInt32(seed))
    let x = try Tensor(shape: [n, f], scalars: rng.normal(count: n * f))
    // a label that depends on the features, so that the fit has something to learn
    let y: [ClassLabel] = (0..<n).map { i in
      .int((0..<f).reduce(0.0) { $0 + x.scalars[i * f + $1] } > 0.2 ? 1 : 0)
    }
    let model = MLPClassifier(
      hiddenLayerSizes: [h], alpha: 0.003, batchSize: .size(batch), learningRateInit: 0.01,
      maxIter: 4, randomState: seed)
    model.warningSink = { _ in }
    try model.fit(x, y)
    var values = model.lossCurve
    for tensor in model.coefs + model.intercepts { values += tensor.scalars }
    return values + (try model.predictProba(x)).scalars
  }

  @Test func theFusedStepIsTheGeneralPathBitForBit() throws {
    // the fused step needs AVX-512; the general path runs with the AVX2 kernel
    let kernels = MatrixProduct.availableKernels
    guard kernels.contains("avx512"), kernels.contains("avx2") else { return }
    // (features, hidden units, rows, batch): units around multiples of 4 and 8, blocks
    // of 8 rows with and without a remainder, batches of 1 (np.dot's order) and 2
    let cases = [
      (2, 100, 120, 40), (1, 1, 9, 9), (3, 2, 17, 8), (2, 3, 33, 7), (5, 7, 50, 13),
      (2, 9, 64, 64), (4, 13, 70, 16), (2, 33, 41, 200), (7, 5, 23, 1), (1, 12, 30, 2),
    ]
    for (index, (f, h, n, batch)) in cases.enumerated() {
      let fused = try Self.fit(
        kernel: "avx512", features: f, hidden: h, rows: n, batch: batch, seed: index)
      let general = try Self.fit(
        kernel: "avx2", features: f, hidden: h, rows: n, batch: batch, seed: index)
      #expect(fused.count == general.count)
      let first = fused.indices.first { i in
        i >= general.count || fused[i].bitPattern != general[i].bitPattern
      }
      #expect(
        first == nil, "f=\(f) h=\(h) n=\(n) batch=\(batch): first difference at \(first ?? -1)")
    }
  }
}
