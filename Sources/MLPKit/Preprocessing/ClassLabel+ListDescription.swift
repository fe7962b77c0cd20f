/// Labels as the library's messages show them, for chapters that print labels next
/// to those messages: names quoted, numbers bare, lists in brackets, so the name
/// `'9'` and the number `9` can never be confused. Introduced in §5.3.
extension ClassLabel {
  /// `'cat'` for a name, `7` for a number. Introduced in §5.3.
  public var quotedDescription: String { quoted }
}

extension Array where Element == ClassLabel {
  /// `['bird', 'cat', 'dog']` or `[10, 20, 30]`, as Python prints a list of labels.
  /// Introduced in §5.3.
  public var listDescription: String { ClassLabel.listed(self) }
}
