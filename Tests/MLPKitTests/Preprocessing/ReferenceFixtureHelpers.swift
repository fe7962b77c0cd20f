import MLPKit

/// Rows of a fixture matrix as a 2-D tensor.
func tensor(_ rows: [[Double]]) throws -> Tensor {
  try Tensor(rows: rows)
}

/// The first row whose elements are not bit-for-bit equal, for failure messages.
func firstDifference(_ a: [Double], _ b: [Double]) -> String {
  guard a.count == b.count else { return "lengths \(a.count) and \(b.count)" }
  guard let i = a.indices.first(where: { a[$0] != b[$0] && !(a[$0].isNaN && b[$0].isNaN) }) else {
    return "none"
  }
  return "element \(i): \(a[i]) vs reference \(b[i])"
}
