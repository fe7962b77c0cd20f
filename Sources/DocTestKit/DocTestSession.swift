import MLPKit

/// Checks or blesses one book: runs each distinct command once, compares every
/// block, listing and prose value, and reports.
///
/// Everything here works on strings; the two effects come in as closures (a
/// `CommandRunner` and a `SourceReader`), so tests run whole books without a process.
/// Problems that make a book uncheckable (an unknown capture, a listing whose file or
/// region is missing, a command that cannot start, a capture that matches nothing)
/// throw a `DataError` at `book.md:LINE`; mismatches are reported, not thrown.
/// Introduced in §1.1.
public struct DocTestSession {
  public var book: Book
  public var readSource: SourceReader
  public var runner: CommandRunner

  public init(book: Book, readSource: @escaping SourceReader, runner: @escaping CommandRunner) {
    self.book = book
    self.readSource = readSource
    self.runner = runner
  }

  /// Parses `text` and makes a session for it.
  public init(
    text: String, name: String, readSource: @escaping SourceReader,
    runner: @escaping CommandRunner
  ) throws {
    self.init(
      book: try BookParser.parse(text, name: name), readSource: readSource, runner: runner)
  }

  /// Compares everything and reports the failures.
  public func check() throws -> CheckReport {
    let failures = try evaluate().compactMap { item in
      item.failure.map { DocTestFinding(line: item.line, message: $0) }
    }
    return CheckReport(counts: counts, failures: failures, book: book.name)
  }

  var counts: ItemCounts {
    ItemCounts(blocks: book.blocks.count, listings: book.listings.count, values: book.values.count)
  }

  /// One checked item: where it is, why it failed, and its replacement if blessed.
  struct Item {
    enum Kind { case block, listing, value }
    var kind: Kind
    var line: Int
    var failure: String?
    var replacement: Replacement?
    /// A short label for bless's summary (`chapter3 --seed 1`, `listing …`).
    var label: String
  }

  /// What bless puts in the book: a fence's content lines, or a prose value's text.
  enum Replacement {
    case content(Fence, [String])
    case value(ProseValue, String)
  }
}
