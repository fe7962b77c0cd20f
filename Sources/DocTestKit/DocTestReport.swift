/// One finding of a doc-test run, located in the book.
public struct DocTestFinding: Equatable, Sendable {
  /// The book line it is about (a marker or a prose line).
  public var line: Int
  /// The full text: `book.md:LINE: …` and, for outputs and listings, a diff.
  public var message: String
}

/// The result of checking a book: what failed, and a one-line summary.
/// Introduced in §1.1.
public struct CheckReport: Equatable, Sendable {
  /// How many blocks, listings and prose values the book has.
  public var counts: ItemCounts
  public var failures: [DocTestFinding]
  public var book: String

  /// True when every block, listing and prose value matched.
  public var passed: Bool { failures.isEmpty }

  /// `12 blocks, 5 listings, 3 prose values: all pass`, or the failures' lines.
  public var summary: String {
    if passed { return "\(counts): all pass" }
    let lines = failures.map { "\(book):\($0.line)" }.joined(separator: ", ")
    return "\(counts): \(failures.count) failed (\(lines))"
  }

  /// Every failure, a blank line between them, then the summary.
  public var text: String {
    (failures.map(\.message) + [summary]).joined(separator: "\n\n")
  }
}

/// The result of blessing a book: its new text and what changed.
/// Introduced in §1.1.
public struct BlessReport: Equatable, Sendable {
  /// The whole book after blessing (identical to the input when nothing changed).
  public var text: String
  /// Each blessed item with a short diff of its change.
  public var changes: [DocTestFinding]
  /// Failures bless may not fix by itself (an exit status other than declared).
  public var unblessed: [DocTestFinding]
  /// How many blocks, listings and prose values the book has.
  public var counts: ItemCounts
  /// How many of them bless rewrote.
  public var changedCounts: ItemCounts
  public var book: String

  public var changed: Bool { !changes.isEmpty }

  /// `…: blessed 2 blocks, 1 listing, 0 prose values in book.md`, or `nothing to bless`.
  public var summary: String {
    var line =
      changed ? "\(counts): blessed \(changedCounts) in \(book)" : "\(counts): nothing to bless"
    if !unblessed.isEmpty {
      let lines = unblessed.map { "\(book):\($0.line)" }.joined(separator: ", ")
      line += "; \(unblessed.count) not blessed, fix by hand (\(lines))"
    }
    return line
  }

  /// Each change, the failures bless left, then the summary.
  public var report: String {
    (changes.map(\.message) + unblessed.map(\.message) + [summary]).joined(separator: "\n\n")
  }
}

/// Counts of the three kinds of checked items, printed as
/// `12 blocks, 1 listing, 3 prose values`.
public struct ItemCounts: Equatable, Sendable, CustomStringConvertible {
  public var blocks: Int
  public var listings: Int
  public var values: Int

  public init(blocks: Int, listings: Int, values: Int) {
    self.blocks = blocks
    self.listings = listings
    self.values = values
  }

  public var description: String {
    func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    return
      "\(plural(blocks, "block")), \(plural(listings, "listing")), \(plural(values, "prose value"))"
  }
}
