/// The two kinds of block a chapter prints between headings: a paragraph of prose and
/// a result (a table, a tensor, a few lines), each followed by one blank line so the
/// blocks stay apart when projected. Introduced in §1.1.
extension Narrative {
  /// Prints `paragraph(text)`, then a blank line. Introduced in §1.1.
  public static func explain(_ text: String) {
    print(paragraph(text))
    print()
  }

  /// Prints `block` (a `Table`, an `AnnotatedView`, a `Tensor`, text…) as it
  /// describes itself, then a blank line. Introduced in §1.1.
  public static func show(_ block: some CustomStringConvertible) {
    print(block.description)
    print()
  }

  /// `text` wrapped at 80 columns as `wrap(_:)` wraps it, with every stretch marked by
  /// `unbroken(_:)` kept on one line and printed with plain spaces. Introduced in §1.1.
  public static func paragraph(_ text: String) -> String {
    String(wrap(text).map { $0 == nonBreakingSpace ? " " : $0 })
  }

  /// `text` with its spaces made non-breaking, so that `paragraph(_:)` and
  /// `explain(_:)` keep a formula or a shape on one line:
  /// `"the product \(Narrative.unbroken("x • wᵀ")) is [3, 1]"` never ends a line at
  /// `x`. Those two turn them back into plain spaces. Introduced in §1.1.
  public static func unbroken(_ text: String) -> String {
    String(text.map { $0 == " " ? nonBreakingSpace : $0 })
  }

  /// U+00A0, which `wrap(_:)` does not break at.
  static let nonBreakingSpace: Character = "\u{00A0}"
}
