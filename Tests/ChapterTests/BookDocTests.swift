import Foundation
import Testing

/// The repository's own book.md under the real `doctest` executable and the real
/// chapter binaries: one changed digit anywhere the book quotes output must fail at
/// its line, and `--bless` must give back the book byte for byte.
///
/// The book is copied into a temporary folder; every other entry of the package root
/// (Chapters/, Sources/, Tests/, …) is linked beside it, so listings and commands
/// resolve as they do in the repository, and nothing in the repository is written.
@Suite("book.md under doctest", .serialized)
struct BookDocTests {
  /// The package root, found from this file's path (Tests/ChapterTests/…).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// A temporary folder holding `text` as book.md and links to the rest of the package.
  static func bookFolder(_ text: String) throws -> URL {
    let manager = FileManager.default
    let folder = manager.temporaryDirectory.appendingPathComponent("book-doctest-\(UUID())")
    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    for entry in try manager.contentsOfDirectory(atPath: packageRoot.path)
    where entry != "book.md" && entry != ".build" {
      try manager.createSymbolicLink(
        at: folder.appendingPathComponent(entry),
        withDestinationURL: packageRoot.appendingPathComponent(entry))
    }
    try Data(text.utf8).write(to: folder.appendingPathComponent("book.md"))
    return folder
  }

  /// Runs the built `doctest` in `folder` with the chapters built beside it.
  static func doctest(_ arguments: [String], in folder: URL) throws -> ChapterRun {
    let bin = try ChapterRunner.executable("doctest").deletingLastPathComponent()
    return try ChapterRunner.run(
      "doctest", arguments + ["--bin-path", bin.path], currentDirectory: folder, timeout: 1200)
  }

  /// `line` with the last digit of the first number after `prefix` changed (7 → 8, 9 → 0).
  static func changingDigit(_ line: String, after prefix: String) throws -> String {
    let start = try #require(line.range(of: prefix), "'\(prefix)' in '\(line)'").upperBound
    var chars = Array(line[start...])
    let isDigit = { (c: Character) in ("0"..."9").contains(c) }
    let digits = chars.prefix { isDigit($0) || $0 == "." }
    let last = try #require(digits.lastIndex(where: isDigit), "a number after '\(prefix)'")
    let digit = try #require(chars[last].wholeNumberValue)
    chars[last] = Character(String((digit + 1) % 10))
    return String(line[..<start]) + String(chars)
  }

  /// The book's lines, without splitting off anything at the end.
  static func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func oneChangedDigitFailsAtItsLineAndBlessRestoresTheBytes() throws {
    let original = try Data(contentsOf: Self.packageRoot.appendingPathComponent("book.md"))
    var lines = Self.lines(String(decoding: original, as: UTF8.self))

    // an expected epoch line of chapter3's block, a prose number, a table cell
    let epoch = try #require(lines.firstIndex { $0.hasPrefix("Epoch 10/50 - Loss: ") })
    let prose = try #require(lines.firstIndex { $0.contains("<!--value c2_first_loss-->") })
    let cell = try #require(
      lines.firstIndex { $0.hasPrefix("| 10 |") && $0.contains("<!--value c3_e10_loss-->") })
    let marker = try #require(lines[..<epoch].lastIndex { $0.hasPrefix("<!-- doctest:") })
    let originalEpochLine = lines[epoch]
    lines[epoch] = try Self.changingDigit(lines[epoch], after: "Loss: ")
    lines[prose] = try Self.changingDigit(lines[prose], after: "<!--value c2_first_loss-->")
    lines[cell] = try Self.changingDigit(lines[cell], after: "<!--value c3_e10_loss-->")
    let folder = try Self.bookFolder(lines.joined(separator: "\n"))
    defer { try? FileManager.default.removeItem(at: folder) }

    let check = try Self.doctest([], in: folder)
    #expect(check.status == 1, "\(check.stderr)")
    let report = check.stdout
    // the block: its marker line, the changed line numbered by its book line in the diff
    #expect(report.contains("book.md:\(marker + 1): chapter3\n"), "\(report.suffix(2000))")
    #expect(report.contains("\n-\(lines[epoch])\n"))
    #expect(report.contains("\n+\(originalEpochLine)\n"))
    let hunks = report.split(separator: "\n").filter { $0.hasPrefix("@@ -") }.compactMap {
      line -> ClosedRange<Int>? in
      let numbers = line.dropFirst(4).prefix { $0 != " " }.split(separator: ",")
      guard numbers.count == 2, let start = Int(numbers[0]), let count = Int(numbers[1]) else {
        return nil
      }
      return start...(start + count - 1)
    }
    #expect(hunks.contains { $0.contains(epoch + 1) }, "\(hunks)")
    // the prose values: book.md:LINE:COLUMN and the name
    #expect(report.contains("book.md:\(prose + 1):"))
    #expect(report.contains("prose value c2_first_loss reads"))
    #expect(report.contains("book.md:\(cell + 1):"))
    #expect(report.contains("prose value c3_e10_loss reads"))
    let failed = [marker, prose, cell].sorted().map { "book.md:\($0 + 1)" }
    #expect(
      report.hasSuffix("3 failed (\(failed.joined(separator: ", ")))\n"),
      "\(report.suffix(300))")

    let bless = try Self.doctest(["--bless"], in: folder)
    #expect(bless.status == 0, "\(bless.stdout.suffix(2000))\(bless.stderr)")
    let blessed = try Data(contentsOf: folder.appendingPathComponent("book.md"))
    #expect(blessed == original, "bless did not restore the book byte for byte")
  }
}
