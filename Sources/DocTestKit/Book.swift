/// book.md as the doc-test sees it: its lines, and the checked items found in them.
///
/// Line numbers count from 1, as an editor shows them. The `lines` joined with
/// `\n` give the file back byte for byte, which is what lets bless touch only the
/// lines it means to. Introduced in §1.1.
public struct Book: Sendable {
  /// The name used in messages, e.g. `book.md`.
  public var name: String
  /// The raw lines (without their `\n`).
  public var lines: [String]
  /// The expected-output blocks, in book order.
  public var blocks: [OutputBlock]
  /// The listings bound to source regions, in book order.
  public var listings: [Listing]
  /// The numbers in prose bound to captured values, in book order.
  public var values: [ProseValue]
}

/// A fenced block: the opening and closing fence lines and what lies between.
public struct Fence: Sendable {
  /// Line of the opening fence.
  public var openLine: Int
  /// Line of the closing fence.
  public var closeLine: Int
  /// The content lines, raw.
  public var content: [String]
  /// Line of the first content line (`openLine + 1`).
  public var firstContentLine: Int { openLine + 1 }
}

/// A command a block shows the output of: `chapter3 --seed 1`, `mlp fit data.csv`.
public struct BookCommand: Hashable, Sendable, CustomStringConvertible {
  /// The words after shell-style quoting is undone; the first names the executable.
  public var words: [String]
  /// The command as the book wrote it.
  public var text: String
  /// The executable's name (`chapter3`).
  public var name: String { words.first ?? "" }
  public var description: String { text }

  public init(words: [String], text: String) {
    self.words = words
    self.text = text
  }
}

/// Which output stream a block shows.
public enum OutputStream: String, Sendable, CaseIterable {
  /// Standard output (the default).
  case stdout
  /// Standard error, for blocks that show an error message.
  case stderr
  /// Standard output followed by standard error.
  case both
}

/// A named value read from a block's output by a regular expression.
public struct Capture: Sendable {
  public var name: String
  /// The pattern as written between the slashes.
  public var pattern: String
  /// The book line the capture is declared on.
  public var line: Int
}

/// The options of an expected-output block.
public struct BlockOptions: Sendable {
  public var tolerance = Tolerance.exact
  /// The exit status the command must end with (default 0).
  public var exitStatus: Int32 = 0
  public var stream = OutputStream.stdout
  public var captures: [Capture] = []
}

/// An expected-output block: a `<!-- doctest: … -->` marker and the fence after it.
public struct OutputBlock: Sendable {
  public var markerLine: Int
  public var command: BookCommand
  public var options: BlockOptions
  public var fence: Fence
}

/// A listing: a `<!-- listing: path#region -->` marker and the fence after it.
public struct Listing: Sendable {
  public var markerLine: Int
  /// The source file, relative to the book's folder.
  public var path: String
  /// The region's name, or `nil` for the whole file.
  public var region: String?
  public var fence: Fence
  /// `path#region` as written.
  public var reference: String { region.map { "\(path)#\($0)" } ?? path }
}

/// A number in prose, `<!--value name-->0.9050<!--/value-->`.
public struct ProseValue: Sendable {
  public var line: Int
  /// 1-based column of the value text within its line.
  public var column: Int
  public var name: String
  /// The value text between the two comments.
  public var text: String
}
