import Foundation
import Testing

/// `chapter1` as a command: the whole run, its determinism and layout, what `--seed`
/// changes, `--section`, `--help`, and what bad options say.
@Suite struct Chapter1CommandTests {
  static let sections = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "glossary"]

  @Test func theWholeRunIsTheSectionsInBookOrderAndTheSameTwice() throws {
    let first = try ChapterRunner.run("chapter1")
    let second = try ChapterRunner.run("chapter1")
    #expect(first.status == 0 && first.stderr.isEmpty, "\(first.stderr)")
    #expect(first.stdout == second.stdout, "two runs with the same seed differ")

    // the heading and the run's settings, then each section exactly as --section prints it
    let start = try #require(first.stdout.range(of: "1.1 Input → hidden → output\n"))
    let introduction = String(first.stdout[..<start.lowerBound])
    #expect(introduction.hasPrefix("═══"))
    #expect(introduction.contains("Chapter 1: Concepts"))
    #expect(introduction.contains("seed 42"))
    var rest = String(first.stdout[start.lowerBound...])
    for section in Self.sections {
      let alone = try ChapterRunner.run("chapter1", ["--section", section]).stdout
      #expect(rest.hasPrefix(alone), "section \(section) differs from --section \(section)")
      rest = String(rest.dropFirst(alone.count))
    }
    #expect(rest.isEmpty, "unexpected text at the end: \(rest)")
  }

  @Test func theOutputIsPlainTextOfAtMost80Columns() throws {
    // the longest labels the options allow: a 10-digit seed, a factor as long as "%g"
    // writes it, three hidden layers (the largest only in §1.1: it trains slowly)
    let seed = ["--seed", "4294967295", "--factor", "1.23456789e-5"]
    let runs = [
      try ChapterRunner.run("chapter1", seed + ["--hidden", "3,4,5"]),
      try ChapterRunner.run("chapter1", seed + ["--hidden", "100,100,100", "--section", "1.1"]),
    ]
    for run in runs {
      #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
      for (number, line) in run.stdout.components(separatedBy: "\n").enumerated() {
        #expect(line.count <= 80, "line \(number + 1) is \(line.count) columns: \(line)")
        #expect(!line.hasSuffix(" ") && !line.contains("\t"), "line \(number + 1): \(line)")
        #expect(!line.contains("\u{1B}") && !line.contains("\u{00A0}"), "line \(number + 1)")
      }
    }
  }

  @Test func theSeedChangesTheSeededSectionsOnly() throws {
    for section in ["1.5", "1.6"] {
      let a = try ChapterRunner.run("chapter1", ["--section", section, "--seed", "42"])
      let b = try ChapterRunner.run("chapter1", ["--section", section, "--seed", "0"])
      #expect(a.stdout != b.stdout, "--seed does not change section \(section)")
    }
    for section in ["1.1", "1.2", "1.3", "1.4", "glossary"] {
      let a = try ChapterRunner.run("chapter1", ["--section", section, "--seed", "42"])
      let b = try ChapterRunner.run("chapter1", ["--section", section, "--seed", "0"])
      #expect(a.stdout == b.stdout, "section \(section) depends on --seed")
    }
  }

  /// A bad command line, and the words its error must contain.
  struct BadFlags: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    let mentions: [String]
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let badFlags: [BadFlags] = [
    BadFlags(arguments: ["--seed", "-3"], mentions: ["--seed", "0...4294967295", "'-3'"]),
    BadFlags(
      arguments: ["--seed", "4294967296"], mentions: ["--seed", "0...4294967295", "'4294967296'"]),
    BadFlags(arguments: ["--seed", "1.5"], mentions: ["--seed", "integer", "'1.5'"]),
    BadFlags(arguments: ["--factor", "0"], mentions: ["--factor", "1e-06...1e+06", "'0'"]),
    BadFlags(arguments: ["--factor", "-5"], mentions: ["--factor", "1e-06...1e+06", "'-5'"]),
    BadFlags(arguments: ["--factor", "nan"], mentions: ["--factor", "'nan'"]),
    BadFlags(arguments: ["--factor", "2e6"], mentions: ["--factor", "1e-06...1e+06", "'2e6'"]),
    BadFlags(arguments: ["--hidden", "0"], mentions: ["--hidden", "1...100", "'0'"]),
    BadFlags(arguments: ["--hidden", "10,,10"], mentions: ["--hidden", "'10,,10'"]),
    BadFlags(arguments: ["--hidden", "1,2,3,4"], mentions: ["--hidden", "1 to 3", "'1,2,3,4'"]),
    BadFlags(arguments: ["--hidden", "101"], mentions: ["--hidden", "1...100", "'101'"]),
    BadFlags(arguments: ["--hidden", "ten"], mentions: ["--hidden", "'ten'"]),
    BadFlags(
      arguments: ["--section", "1.7"], mentions: ["--section", "1.1", "glossary", "'1.7'"]),
    BadFlags(arguments: ["--seed"], mentions: ["--seed", "Missing value"]),
    BadFlags(arguments: ["--frobnicate"], mentions: ["--frobnicate", "Unknown option"]),
  ]

  @Test(arguments: badFlags)
  func aBadFlagStopsWithAClearMessage(_ bad: BadFlags) throws {
    let run = try ChapterRunner.run("chapter1", bad.arguments)
    #expect(run.status != 0)
    #expect(run.stdout.isEmpty, "nothing is computed or printed on stdout")
    let first = run.stderr.components(separatedBy: "\n").first ?? ""
    #expect(first.hasPrefix("error: "))
    for word in bad.mentions { #expect(first.contains(word), "\(run.stderr)") }
  }

  @Test func helpListsEveryOptionWithItsDefault() throws {
    let run = try ChapterRunner.run("chapter1", ["--help"])
    #expect(run.status == 0 && run.stderr.isEmpty)
    for option in [
      "--seed <N>", "(default: 42)", "--factor <F>", "(default: 1000)", "--hidden <SIZES>",
      "(default: 100)", "--section <N.M>",
    ] {
      #expect(run.stdout.contains(option), "\(option)")
    }
  }
}
