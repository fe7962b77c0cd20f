import MLPKit

/// A label as the reference scripts write it in JSON: a number or a string.
struct FixtureLabel: Decodable, Hashable {
  let label: ClassLabel

  init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let value = try? container.decode(Int.self) {
      label = .int(value)
    } else {
      label = .string(try container.decode(String.self))
    }
  }
}

extension Array where Element == FixtureLabel {
  var labels: [ClassLabel] { map(\.label) }
}

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
