/// The text layout of `torch._tensor_str` for tensors of rank 0, 1 and 2.
///
/// The body is `tensor(` + elements + `)`. A 1-D tensor puts as many elements on a line
/// as fit in `linewidth` after the indent (`⌊(linewidth − indent) / (width + 2)⌋`, at
/// least 1) and continues on the next line one column past the `[`. A 2-D tensor joins
/// its rows with `,` and a newline, indented to line up under the first `[`. Above
/// `threshold` elements a dimension longer than `2·edgeitems` shows only its first and
/// last `edgeitems` items around `...`. Extra facts PyTorch cannot show in the elements
/// (the size of an empty tensor, an integer dtype) follow as `, size=(0, 3)` suffixes.
struct TorchLayout {
  static let prefix = "tensor("
  let shape: [Int]
  let options: PrintOptions
  /// Whether the tensor has more than `threshold` elements.
  let summarize: Bool
  /// The common width of a formatted element.
  let width: Int
  /// The formatted element at a row-major index.
  let cell: (Int) -> String

  /// The row-major indices of the elements torch's `get_summarized_data` keeps: the
  /// formatter is built from these alone.
  static func summarisedIndices(shape: [Int], edgeitems e: Int) -> [Int] {
    func kept(_ n: Int) -> [Int] {
      // with edgeitems 0 torch slices `x[:0]` and `x[-0:]`, and the latter is all of x
      n > 2 * e && e > 0 ? Array(0..<e) + Array((n - e)..<n) : Array(0..<n)
    }
    switch shape.count {
    case 0: return [0]
    case 1: return kept(shape[0])
    default:
      guard e > 0 else { return [] }
      let (rows, columns) = (shape[0], shape[1])
      return kept(rows).flatMap { i in kept(columns).map { i * columns + $0 } }
    }
  }

  /// The whole text, `tensor(…)` with any suffixes.
  func render(suffixes extra: [String] = []) -> String {
    var suffixes = [String]()
    if options.edgeitems == 0 { suffixes.append("size=" + TorchLayout.sizeTuple(shape)) }
    return TorchLayout.addSuffixes(
      TorchLayout.prefix + body(), suffixes + extra, linewidth: options.linewidth)
  }

  /// The text of an empty tensor: `tensor([])`, or `tensor([], size=(0, 3))` when it is
  /// not 1-D; `dtype` is added for integer tensors, whose type torch cannot infer.
  static func empty(shape: [Int], dtype: String?, options: PrintOptions) -> String {
    var suffixes = [String]()
    if shape.count != 1 { suffixes.append("size=" + sizeTuple(shape)) }
    if let dtype { suffixes.append("dtype=" + dtype) }
    return addSuffixes(prefix + "[]", suffixes, linewidth: options.linewidth)
  }

  func body() -> String {
    let indent = TorchLayout.prefix.count
    switch shape.count {
    case 0:
      return cell(0)
    case 1:
      return vector(start: 0, count: shape[0], indent: indent)
    default:
      let (rows, columns) = (shape[0], shape[1])
      let e = options.edgeitems
      let row = { (i: Int) in self.vector(start: i * columns, count: columns, indent: indent + 1) }
      let slices =
        summarize && rows > 2 * e
        ? (0..<e).map(row) + ["..."] + ((rows - e)..<rows).map(row)
        : (0..<rows).map(row)
      return "[" + slices.joined(separator: ",\n" + String(repeating: " ", count: indent + 1))
        + "]"
    }
  }

  /// `count` elements from `start` as torch's `_vector_str` lays them out.
  func vector(start: Int, count n: Int, indent: Int) -> String {
    let perLine = Swift.max(1, (options.linewidth - indent) / (width + 2))
    let e = options.edgeitems
    let data: [String]
    if summarize && e == 0 {
      data = ["..."]
    } else if summarize && n > 2 * e {
      data = (0..<e).map { cell(start + $0) } + [" ..."] + ((n - e)..<n).map { cell(start + $0) }
    } else {
      data = (0..<n).map { cell(start + $0) }
    }
    var lines = [String]()
    var i = 0
    while i < data.count {
      lines.append(data[i..<Swift.min(i + perLine, data.count)].joined(separator: ", "))
      i += perLine
    }
    return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
  }

  /// Python's `str(tuple(shape))`: `()`, `(5,)`, `(0, 3)`.
  static func sizeTuple(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// torch's `_add_suffixes`: `, suffix` on the last line while it fits in `linewidth`,
  /// otherwise on a new line under the first element.
  static func addSuffixes(_ text: String, _ suffixes: [String], linewidth: Int) -> String {
    var out = text
    let utf8 = Array(text.utf8)
    // torch measures `len(s) - s.rfind("\n") + 1`, two more than the last line's length
    let lastNewline = utf8.lastIndex(of: UInt8(ascii: "\n")) ?? -1
    var lastLineLength = utf8.count - lastNewline + 1
    let indent = prefix.count
    for suffix in suffixes {
      if lastLineLength + suffix.count + 2 > linewidth {
        out += ",\n" + String(repeating: " ", count: indent) + suffix
        lastLineLength = indent + suffix.count
      } else {
        out += ", " + suffix
        lastLineLength += suffix.count + 2
      }
    }
    return out + ")"
  }
}
