/// PyTorch's `_Formatter`: one look at the values decides how every element prints.
///
/// For floating-point values only the nonzero finite ones count. If all of them are
/// whole numbers, "int mode" prints `1.` and `-20.` (the point says "float"). Scientific
/// notation is used when `max/min > 1000`, `max > 1e8` or `min < 1e-4` over their
/// magnitudes, unless the options force it either way. Every element is then
/// right-aligned to the widest one, so columns line up. NaN, ±inf and zeros do not
/// widen the columns, and when no value is nonzero and finite the width stays 1 and
/// int mode stays on (`tensor([0., nan])`). For integer tensors the width is that of
/// the longest `String(value)`. Built from the summarised data only, as torch does, so
/// values hidden behind `...` never change the width.
struct ElementFormatter {
  private(set) var intMode = true
  private(set) var sciMode = false
  private(set) var width = 1
  let precision: Int

  init(floats values: [Double], options: PrintOptions) {
    precision = options.precision
    let shown = values.filter { $0.isFinite && $0 != 0 }
    guard let first = shown.first else { return }
    var smallest = abs(first)
    var largest = abs(first)
    for v in shown {
      smallest = Swift.min(smallest, abs(v))
      largest = Swift.max(largest, abs(v))
    }
    intMode = shown.allSatisfy { $0 == $0.rounded(.up) }
    sciMode = options.sciMode ?? (largest / smallest > 1000 || largest > 1e8 || smallest < 1e-4)
    for v in shown {
      let length: Int
      if sciMode {
        length = v.scientific(precision).utf8.count
      } else if intMode {
        length = v.fixed(0).utf8.count + 1  // the trailing "."
      } else {
        length = v.fixed(precision).utf8.count
      }
      width = Swift.max(width, length)
    }
  }

  init(integers values: [Int]) {
    precision = 0
    for v in values { width = Swift.max(width, String(v).utf8.count) }
  }

  /// One element, right-aligned to the common width.
  func format(_ value: Double) -> String {
    let text: String
    if sciMode {
      text = value.scientific(precision)
    } else if intMode {
      text = value.isFinite ? value.fixed(0) + "." : value.fixed(0)
    } else {
      text = value.fixed(precision)
    }
    return padded(text)
  }

  func format(_ value: Int) -> String { padded(String(value)) }

  private func padded(_ text: String) -> String {
    let missing = width - text.utf8.count
    return missing > 0 ? String(repeating: " ", count: missing) + text : text
  }
}
