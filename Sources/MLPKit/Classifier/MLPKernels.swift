/// The few loops that do `MLPClassifier`'s arithmetic, written so that each sum is
/// formed in the same order as NumPy's, which makes the workbook print sklearn's
/// loss curve to the last digit instead of to the tenth.
///
/// NumPy hands `a @ w` to OpenBLAS. Its `dgemm` kernel accumulates every element
/// `c[i][j] = Σₚ a[i][p]·w[p][j]` as one chain of fused multiply-adds in order of `p`,
/// starting from 0; a matrix times a single column goes to `dgemv_t` instead, which
/// keeps four interleaved partial sums, and a row times a column to `ddot`. `np.sum`
/// over a contiguous run uses pairwise summation. (`aᵀ·δ` with a single column of
/// `δ` goes to OpenBLAS's `dgemv_n`, whose order is not reproduced: one fused chain
/// per element is used there, which can differ in the last bit.) The functions below reproduce those orders. They work on raw row-major
/// buffers because they sit in the training loop; a later performance pass can swap
/// their bodies without touching the classifier. Introduced in §2.4.
enum MLPKernels {
  /// `c[n×m] = a[n×k] · b[k×m]`, as NumPy's `a @ b` for float64 (OpenBLAS order).
  static func multiply(
    _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, into c: UnsafeMutablePointer<Double>,
    n: Int, k: Int, m: Int
  ) {
    if m == 1 {
      // a row times a column is np.dot (ddot); more rows go to dgemv_t
      if n == 1 {
        c[0] = dot(a, b, count: k)
      } else {
        multiplyColumn(a, b, into: c, n: n, k: k)
      }
      return
    }
    c.update(repeating: 0, count: n * m)
    for i in 0..<n {
      let row = c + i * m
      for p in 0..<k {
        let aip = a[i * k + p]
        let bp = b + p * m
        // one fused multiply-add chain per element, in order of p
        for j in 0..<m { row[j] = row[j].addingProduct(aip, bp[j]) }
      }
    }
  }

  /// `c[n] = a[n×k] · b[k]` in OpenBLAS `dgemv_t`'s order: four interleaved
  /// fused chains over the first `k − k mod 4` terms, combined as
  /// `(s₀ + s₂) + (s₁ + s₃)`, then the last one to three terms.
  static func multiplyColumn(
    _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, into c: UnsafeMutablePointer<Double>,
    n: Int, k: Int
  ) {
    let k4 = k & ~3
    for i in 0..<n {
      let row = a + i * k
      var total = 0.0
      if k4 > 0 {
        var s0 = 0.0
        var s1 = 0.0
        var s2 = 0.0
        var s3 = 0.0
        var p = 0
        while p < k4 {
          s0 = s0.addingProduct(row[p], b[p])
          s1 = s1.addingProduct(row[p + 1], b[p + 1])
          s2 = s2.addingProduct(row[p + 2], b[p + 2])
          s3 = s3.addingProduct(row[p + 3], b[p + 3])
          p += 4
        }
        total = 0.0 + ((s0 + s2) + (s1 + s3))
      }
      let t = row + k4
      let x = b + k4
      switch k - k4 {
      case 1: total = total.addingProduct(t[0], x[0])
      case 2: total = total + (t[1] * x[1]).addingProduct(t[0], x[0])
      case 3: total = total + (t[1] * x[1]).addingProduct(t[0], x[0]).addingProduct(t[2], x[2])
      default: break
      }
      c[i] = total
    }
  }

  /// `c[k×m] = aᵀ · d` for `a: [n×k]`, `d: [n×m]`: one fused chain per element over
  /// the `n` rows, as NumPy's `a.T @ d`.
  static func multiplyTransposed(
    _ a: UnsafePointer<Double>, _ d: UnsafePointer<Double>, into c: UnsafeMutablePointer<Double>,
    n: Int, k: Int, m: Int
  ) {
    c.update(repeating: 0, count: k * m)
    for r in 0..<n {
      let ar = a + r * k
      let dr = d + r * m
      for p in 0..<k {
        let x = ar[p]
        let cp = c + p * m
        for j in 0..<m { cp[j] = cp[j].addingProduct(x, dr[j]) }
      }
    }
  }

  /// `c[n×k] = d[n×m] · bᵀ` for `b: [k×m]`, as NumPy's `d @ b.T`.
  static func multiplyByTransposed(
    _ d: UnsafePointer<Double>, _ b: UnsafePointer<Double>, into c: UnsafeMutablePointer<Double>,
    n: Int, m: Int, k: Int
  ) {
    for i in 0..<n {
      let di = d + i * m
      for j in 0..<k {
        let bj = b + j * m
        var acc = 0.0
        for p in 0..<m { acc = acc.addingProduct(di[p], bj[p]) }
        c[i * k + j] = acc
      }
    }
  }

  /// `Σ xᵢ·yᵢ` in the order of OpenBLAS's AVX-512 `ddot` (NumPy's `np.dot` of two
  /// vectors): 32 fused lanes over blocks of 32, folded to 16 lanes that take one more
  /// block of 16 if there is one, summed lane-wise then pairwise, and the last
  /// `n mod 16` terms fused onto the total one by one.
  static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, count n: Int) -> Double {
    let n16 = n & ~15
    let n32 = n16 & ~31
    var wide = [Double](repeating: 0, count: 32)
    var i = 0
    while i < n32 {
      for l in 0..<32 { wide[l] = wide[l].addingProduct(x[i + l], y[i + l]) }
      i += 32
    }
    // four 8-lane accumulators folded to four 4-lane ones: lane l with lane l + 4
    var narrow = [Double](repeating: 0, count: 16)
    for r in 0..<4 {
      for l in 0..<4 { narrow[r * 4 + l] = wide[r * 8 + l] + wide[r * 8 + l + 4] }
    }
    while i < n16 {
      for l in 0..<16 { narrow[l] = narrow[l].addingProduct(x[i + l], y[i + l]) }
      i += 16
    }
    var total = 0.0
    if n16 > 0 {
      var lanes = [Double](repeating: 0, count: 4)
      for l in 0..<4 {
        let first: Double = narrow[l] + narrow[4 + l]
        lanes[l] = (first + narrow[8 + l]) + narrow[12 + l]
      }
      let even: Double = lanes[0] + lanes[2]
      let odd: Double = lanes[1] + lanes[3]
      total = even + odd
    }
    while i < n {
      total = total.addingProduct(y[i], x[i])
      i += 1
    }
    return total
  }

  /// NumPy's pairwise sum of `count` values `stride` apart (`np.sum` over a
  /// contiguous axis): blocks of at most 128 summed with eight accumulators,
  /// larger runs split in two (at a multiple of 8) and added.
  static func pairwiseSum(_ x: UnsafePointer<Double>, count n: Int, stride s: Int = 1) -> Double {
    if n < 8 {
      var total = -0.0
      for i in 0..<n { total += x[i * s] }
      return total
    }
    if n <= 128 {
      var r = (0..<8).map { x[$0 * s] }
      var i = 8
      while i < n - n % 8 {
        for j in 0..<8 { r[j] += x[(i + j) * s] }
        i += 8
      }
      var total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
      while i < n {
        total += x[i * s]
        i += 1
      }
      return total
    }
    var half = n / 2
    half -= half % 8
    return pairwiseSum(x, count: half, stride: s)
      + pairwiseSum(x + half * s, count: n - half, stride: s)
  }

  /// `pairwiseSum` of a whole array (0 for an empty one).
  static func pairwiseSum(_ values: [Double]) -> Double {
    values.withUnsafeBufferPointer { v in
      v.baseAddress.map { pairwiseSum($0, count: v.count) } ?? 0
    }
  }

  /// The column sums of `d: [n×m]`, as `np.sum(d, axis=0)`: pairwise for a single
  /// column, row after row otherwise (NumPy's reduction order for each case).
  static func columnSums(
    _ d: UnsafePointer<Double>, into out: UnsafeMutablePointer<Double>, n: Int, m: Int
  ) {
    if m == 1 {
      out[0] = pairwiseSum(d, count: n)
      return
    }
    out.update(repeating: 0, count: m)
    for i in 0..<n {
      let row = d + i * m
      for j in 0..<m { out[j] += row[j] }
    }
  }
}
