import MLPKit

/// `[800, 2]`: a tensor's shape as the chapters print it, PyTorch's `torch.Size`
/// without the name.
/// Introduced in §1.1.
public func shapeText(_ shape: [Int]) -> String {
  "[" + shape.map(String.init).joined(separator: ", ") + "]"
}

/// `[0.4897, 0.2436]`: numbers with `decimals` fixed decimals (Python's `:.4f`), as a
/// list.
/// Introduced in §2.1.
public func listText(_ values: [Double], decimals: Int) -> String {
  "[" + values.map { $0.fixed(decimals) }.joined(separator: ", ") + "]"
}
