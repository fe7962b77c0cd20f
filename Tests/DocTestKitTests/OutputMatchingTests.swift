import DocTestKit
import Testing

/// Expected blocks against command output: exact lines, `...` elisions, whitespace.
@Suite struct OutputMatchingTests {
  static let book = """
    Intro
    <!-- doctest: chapter3 -->
    ```text
    alpha
    beta
    gamma
    ```
    """

  @Test func identicalOutputPasses() throws {
    let report = try FakeBook.check(Self.book, stdout: ["chapter3": "alpha\nbeta\ngamma\n"])
    #expect(report.passed)
    #expect(report.text == "1 block, 0 listings, 0 prose values: all pass")
  }

  @Test func mismatchShowsTheBookLineInAUnifiedDiff() throws {
    let report = try FakeBook.check(Self.book, stdout: ["chapter3": "alpha\nBETA\ngamma\n"])
    #expect(!report.passed)
    #expect(report.failures.map(\.line) == [2])
    #expect(
      report.text == """
        book.md:2: chapter3
        --- book.md:4 (expected)
        +++ chapter3 (stdout)
        @@ -4,3 +1,3 @@
         alpha
        -beta
        +BETA
         gamma

        1 block, 0 listings, 0 prose values: 1 failed (book.md:2)
        """)
  }

  @Test func missingAndExtraLinesAreDiffedWithContext() throws {
    let lines = (1...12).map { "line \($0)" }
    let book = "<!-- doctest: c -->\n```\n" + lines.joined(separator: "\n") + "\n```\n"
    var output = lines
    output.remove(at: 1)  // "line 2" gone
    output.insert("new line", at: 9)  // after "line 10"
    let report = try FakeBook.check(book, stdout: ["c": output.joined(separator: "\n")])
    // book line of "line k" is k + 2; two hunks, three lines of context each
    #expect(
      report.failures.first?.message == """
        book.md:1: c
        --- book.md:3 (expected)
        +++ c (stdout)
        @@ -3,5 +1,4 @@
         line 1
        -line 2
         line 3
         line 4
         line 5
        @@ -10,5 +7,6 @@
         line 8
         line 9
         line 10
        +new line
         line 11
         line 12
        """)
  }

  static func elided(_ content: String) -> String {
    "<!-- doctest: c -->\n```text\n\(content)\n```\n"
  }

  static let tenLines = (1...10).map { "row \($0)" }.joined(separator: "\n") + "\n"

  @Test(arguments: [
    "...\nrow 9\nrow 10",  // start
    "row 1\n...\nrow 10",  // middle
    "row 1\nrow 2\n...",  // end
    "...\nrow 3\n...\nrow 7\nrow 8\n...",  // several
    "row 1\n...\nrow 2\n...\nrow 9\nrow 10",  // elisions standing for no lines
    "...",  // everything
    "row 1\nrow 2\nrow 3\nrow 4\nrow 5\n...\n...\nrow 6\nrow 7\nrow 8\nrow 9\nrow 10",
  ])
  func elisionsMatchAnyNumberOfLines(content: String) throws {
    let report = try FakeBook.check(Self.elided(content), stdout: ["c": Self.tenLines])
    #expect(report.passed, "\(report.text)")
  }

  @Test(arguments: [
    "...\nrow 9",  // the end is anchored: row 10 follows
    "row 2\n...",  // the start is anchored: row 1 comes first
    "row 1\n...\nrow 7\n...\nrow 3\n...",  // segments in the wrong order
    "row 1\n...\nrow 11\n...",  // a segment that is not there
    "row 1\n...\nrow 1\nrow 10",  // row 1 cannot be used twice
  ])
  func elisionsStillAnchorAndOrderTheSegments(content: String) throws {
    let report = try FakeBook.check(Self.elided(content), stdout: ["c": Self.tenLines])
    #expect(!report.passed)
  }

  @Test func elisionMismatchDiffShowsTheElisionAndTheChangedLine() throws {
    let output = Self.tenLines.replacingOccurrences(of: "row 9", with: "row nine")
    let report = try FakeBook.check(
      Self.elided("row 1\n...\nrow 9\nrow 10"), stdout: ["c": output])
    #expect(
      report.failures.first?.message == """
        book.md:1: c
        --- book.md:3 (expected)
        +++ c (stdout)
        @@ -3,4 +1,10 @@
         row 1
         ...
        -row 9
        +row nine
         row 10
        """)
  }

  @Test func trailingWhitespaceIsIgnoredButNothingElse() throws {
    let book = Self.elided("a b   \nc\t\n  d")
    #expect(try FakeBook.check(book, stdout: ["c": "a b\nc  \r\n  d   \n"]).passed)
    // inner and leading whitespace are compared
    #expect(try !FakeBook.check(book, stdout: ["c": "a  b\nc\n  d\n"]).passed)
    #expect(try !FakeBook.check(book, stdout: ["c": "a b\nc\nd\n"]).passed)
    // a missing final newline is not a difference; an extra blank line is
    #expect(try FakeBook.check(book, stdout: ["c": "a b\nc\n  d"]).passed)
    #expect(try !FakeBook.check(book, stdout: ["c": "a b\nc\n  d\n\n"]).passed)
  }

  @Test func diffShowsInvisibleWhitespace() throws {
    let report = try FakeBook.check(
      Self.elided("name value\nend"), stdout: ["c": "name\tvalue  \n\nend\n"])
    #expect(
      report.failures.first?.message.hasSuffix(
        """
        @@ -3,2 +1,3 @@
        -name value
        +name␉value··⏎
        +⏎
         end
        """) == true, "\(report.text)")
  }

  @Test func emptyBlockMatchesEmptyOutputOnly() throws {
    let book = "<!-- doctest: quiet -->\n```\n```\n"
    #expect(try FakeBook.check(book, stdout: ["quiet": ""]).passed)
    let report = try FakeBook.check(book, stdout: ["quiet": "hello\n"])
    #expect(report.failures.first?.message.contains("@@ -3,0 +1,1 @@\n+hello") == true)
  }

  @Test func unmarkedFencesAreNotChecked() throws {
    let book = "```text\nanything\n```\n\n" + Self.book
    let report = try FakeBook.check(book, stdout: ["chapter3": "alpha\nbeta\ngamma\n"])
    #expect(report.passed)
    #expect(report.counts.blocks == 1)
  }
}
