/// Sums in the order NumPy adds them, so that means and variances agree with
/// scikit-learn to the last bit rather than to the last few bits.
///
/// NumPy sums a contiguous run of numbers pairwise (blocks of 8 partial sums,
/// halved recursively above 128 elements), but sums the columns of a row-major
/// matrix row after row. `x.sum(axis=0)` therefore depends on the shape: one
/// column is a contiguous run (pairwise), several columns are not (sequential).
enum NumPySummation {
  /// `np.add.reduce` over a contiguous run: NumPy's `pairwise_sum`.
  static func pairwise(_ values: [Double]) -> Double {
    values.withUnsafeBufferPointer { pairwise($0[...]) }
  }

  static func pairwise(_ a: Slice<UnsafeBufferPointer<Double>>) -> Double {
    let n = a.count
    let start = a.startIndex
    if n < 8 {
      var total = 0.0
      for value in a { total += value }
      return total
    }
    if n <= 128 {
      // eight interleaved partial sums, combined as a balanced tree
      var r = (0..<8).map { a[start + $0] }
      var i = 8
      while i < n - n % 8 {
        for j in 0..<8 { r[j] += a[start + i + j] }
        i += 8
      }
      var total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
      while i < n {
        total += a[start + i]
        i += 1
      }
      return total
    }
    // halve, keeping the first half a multiple of the 8-way unroll
    var half = n / 2
    half -= half % 8
    return pairwise(a[start..<(start + half)]) + pairwise(a[(start + half)...])
  }

  /// `x.sum(axis=0)` of a row-major `[rows, columns]` matrix, as NumPy computes it.
  static func columnSums(_ scalars: [Double], rows: Int, columns: Int) -> [Double] {
    if columns == 1 { return [pairwise(scalars)] }
    var sums = [Double](repeating: 0, count: columns)
    for i in 0..<rows {
      for j in 0..<columns { sums[j] += scalars[i * columns + j] }
    }
    return sums
  }

  /// `x.sum(axis=1)` of a row-major `[rows, columns]` matrix: each row is contiguous.
  static func rowSums(_ scalars: [Double], rows: Int, columns: Int) -> [Double] {
    scalars.withUnsafeBufferPointer { buffer in
      (0..<rows).map { pairwise(buffer[($0 * columns)..<($0 * columns + columns)]) }
    }
  }
}
