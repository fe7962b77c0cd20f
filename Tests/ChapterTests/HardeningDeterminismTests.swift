import Foundation
import Testing

/// Every chapter, in one place: the same seed gives the same bytes — run again, from
/// another folder, with another terminal size, time zone and locale — and another
/// seed changes the numbers and only the numbers. (The per-chapter suites check their
/// own seeds in detail; this is the book-wide guarantee an instructor's CI relies on.)
@Suite struct HardeningDeterminismTests {
  struct Chapter: Sendable, CustomTestStringConvertible {
    let name: String
    /// A seed other than the default, as flags.
    let otherSeed: [String]
    var testDescription: String { name }
  }

  static let chapters = [
    Chapter(name: "chapter1", otherSeed: ["--seed", "7"]),
    Chapter(name: "chapter2", otherSeed: ["--seed", "7"]),
    Chapter(name: "chapter3", otherSeed: ["--seed", "1"]),
    Chapter(name: "chapter4", otherSeed: ["--seed", "1"]),
    Chapter(name: "chapter5", otherSeed: ["--seed", "1"]),
  ]

  /// What may differ between two machines or two shells, and must not show.
  static let otherSurroundings = [
    "COLUMNS": "37", "LINES": "9", "TZ": "Pacific/Kiritimati", "LANG": "de_DE.UTF-8",
    "LC_ALL": "de_DE.UTF-8", "TERM": "xterm-256color",
  ]

  @Test(.timeLimit(.minutes(5)), arguments: chapters) func theSameSeedGivesTheSameBytes(
    _ chapter: Chapter
  ) throws {
    let first = try ChapterRunner.cachedRun(chapter.name)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("determinism-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let second = try ChapterRunner.run(
      chapter.name, environment: Self.otherSurroundings, currentDirectory: folder, timeout: 240)
    #expect(first.status == 0 && second.status == 0, "\(second.stderr)")
    #expect(first.stdout.utf8.count > 1000)
    #expect(
      Array(first.stdout.utf8) == Array(second.stdout.utf8),
      "\(Self.firstDifference(first.lines, second.lines))")
    #expect(first.stderr == second.stderr)
    // nothing of this run's surroundings is printed
    for word in [folder.path, FileManager.default.temporaryDirectory.path, "Kiritimati"] {
      #expect(!second.stdout.contains(word), "\(word)")
    }
  }

  @Test(.timeLimit(.minutes(5)), arguments: chapters) func anotherSeedChangesTheNumbersOnly(
    _ chapter: Chapter
  ) throws {
    let base = try ChapterRunner.cachedRun(chapter.name)
    let other = try ChapterRunner.cachedRun(chapter.name, chapter.otherSeed)
    #expect(other.status == 0, "\(other.stderr)")
    #expect(base.stdout != other.stdout, "the seed changes nothing")
    let changed = zip(base.lines, other.lines).filter { $0 != $1 }
    #expect(changed.count >= 3, "\(changed.count) lines changed")
    guard base.lines.count == other.lines.count else { return }  // a layout may follow the numbers
    for (a, b) in changed {
      // a changed line has numbers in it: the seed moves numbers, not words
      #expect(a.contains(where: \.isNumber) && b.contains(where: \.isNumber), "\(a)\n\(b)")
    }
  }

  static func firstDifference(_ a: [String], _ b: [String]) -> String {
    guard let i = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
    else {
      return "\(a.count) lines vs \(b.count)"
    }
    return "line \(i + 1): \(a[i]) | \(b[i])"
  }
}
