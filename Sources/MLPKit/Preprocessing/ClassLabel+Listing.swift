/// How labels appear inside error and warning messages: names quoted, numbers
/// bare, lists in brackets (`['cat', 'dog']`, `[0, 1, 2]`), so that a name like
/// `"1"` cannot be mistaken for the number 1.
extension ClassLabel {
  /// `'cat'` for a name, `7` for a number.
  var quoted: String {
    switch self {
    case .int(let value): return "\(value)"
    case .string(let value): return "'\(value)'"
    }
  }

  /// `['cat', 'dog']` or `[0, 1, 2]`.
  static func listed(_ labels: [ClassLabel]) -> String {
    "[" + labels.map(\.quoted).joined(separator: ", ") + "]"
  }

  /// The labels in order of first appearance, each once.
  static func distinctInOrder(_ labels: [ClassLabel]) -> [ClassLabel] {
    var seen = Set<ClassLabel>()
    return labels.filter { seen.insert($0).inserted }
  }
}
