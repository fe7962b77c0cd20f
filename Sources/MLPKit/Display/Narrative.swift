/// Headings and paragraphs that chapters print between their results.
///
/// ```
/// Narrative.printSection("3.3", "Step 2: forward pass and loss")
/// // 3.3 Step 2: forward pass and loss
/// // ─────────────────────────────────
/// ```
/// The plain text is the same everywhere; at a colour terminal the title is bold and
/// the rule faint (see `TextStyle`). Introduced in §1.1.
public enum Narrative {
  /// The line width of printed prose.
  public static let lineWidth = 80

  /// A section heading, `"3.3 Step 2: forward pass and loss"` underlined with `─` to
  /// its width. It matches the `## 3.3 …` heading in book.md and the chapter's
  /// `// MARK: - 3.3 …`. Introduced in §1.1.
  public static func section(_ number: String, _ title: String) -> String {
    let (text, rule) = sectionLines(number, title)
    return text + "\n" + rule
  }

  static func sectionLines(_ number: String, _ title: String) -> (text: String, rule: String) {
    let text = number.isEmpty ? title : number + " " + title
    return (text, String(repeating: "─", count: text.displayWidth))
  }

  /// A chapter heading, `"Chapter 3: The manual loop (PyTorch style)"` between two
  /// rules of `═`. Introduced in §1.1.
  public static func chapter(_ number: Int, _ title: String) -> String {
    let text = "Chapter \(number): \(title)"
    let rule = String(repeating: "═", count: text.displayWidth)
    return rule + "\n" + text + "\n" + rule
  }

  /// `text` wrapped at 80 columns: see `wrap(_:width:indent:)`. Introduced in §1.1.
  public static func wrap(_ text: String) -> String {
    wrapped(text, width: lineWidth, indent: "")
  }

  /// `text` reflowed into lines of at most `width` columns, each starting with `indent`.
  ///
  /// Blank lines separate paragraphs and are kept; within a paragraph, line breaks and
  /// runs of spaces become single spaces, so prose can be typed as a multi-line string
  /// literal. A word longer than the line (a URL) gets a line of its own, unbroken.
  /// - Throws: `ParameterError` when `width` leaves no room after `indent`.
  ///
  /// Introduced in §1.1.
  public static func wrap(_ text: String, width: Int, indent: String = "") throws -> String {
    guard width > indent.displayWidth else {
      throw ParameterError(
        parameter: "width", expected: "an integer > \(indent.displayWidth) (the indent's width)",
        got: "\(width)")
    }
    return wrapped(text, width: width, indent: indent)
  }

  static func wrapped(_ text: String, width: Int, indent: String) -> String {
    var paragraphs = [[String]]()
    var current = [String]()
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.allSatisfy({ $0 == " " }) {
        if !current.isEmpty { paragraphs.append(current) }
        current = []
      } else {
        current.append(String(line))
      }
    }
    if !current.isEmpty { paragraphs.append(current) }
    return paragraphs.map { lines in
      TextWrapping.lines(
        lines.joined(separator: " "), width: width - indent.displayWidth, breakLongWords: false
      ).map { indent + $0 }.joined(separator: "\n")
    }.joined(separator: "\n\n")
  }

  /// Prints a section heading (bold title, faint rule at a colour terminal).
  /// Introduced in §1.1.
  public static func printSection(_ number: String, _ title: String) {
    let (text, rule) = sectionLines(number, title)
    print(TextStyle.heading.apply(text))
    print(TextStyle.dim.apply(rule))
  }

  /// Prints a chapter heading (bold at a colour terminal). Introduced in §1.1.
  public static func printChapter(_ number: Int, _ title: String) {
    print(TextStyle.heading.apply(chapter(number, title)))
  }

  /// Prints `text` wrapped at 80 columns. Introduced in §1.1.
  public static func printParagraph(_ text: String) {
    print(wrap(text))
  }
}
