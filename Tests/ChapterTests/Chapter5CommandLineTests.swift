import Foundation
import Testing

/// `chapter5`'s options, and what every run must be: deterministic, seeded, 80
/// columns, nothing on standard error.
@Suite struct Chapter5CommandLineTests {
  /// A bad command line, the words its one error line must contain.
  struct BadFlags: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    let mentions: [String]
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let badFlags: [BadFlags] = [
    BadFlags(arguments: ["--seed", "-1"], mentions: ["--seed", "0...4294967295", "'-1'"]),
    BadFlags(
      arguments: ["--seed", "4294967296"], mentions: ["--seed", "0...4294967295", "'4294967296'"]),
    BadFlags(arguments: ["--seed", "abc"], mentions: ["--seed", "'abc'"]),
    BadFlags(arguments: ["--seed", "1.5"], mentions: ["--seed", "'1.5'"]),
    BadFlags(arguments: ["--seed"], mentions: ["--seed", "Missing value"]),
    BadFlags(arguments: ["--epochs", "3"], mentions: ["--epochs", "Unknown option"]),
  ]

  @Test(arguments: badFlags)
  func aBadFlagGivesOneClearLine(_ bad: BadFlags) throws {
    try ChapterRunner.run("chapter5", bad.arguments).expectRefused(mentioning: bad.mentions)
  }

  @Test func helpNamesTheSeedAndWhatItSeeds() throws {
    let run = try ChapterRunner.run("chapter5", ["--help"])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    for words in ["--seed <N>", "torch.manual_seed(N)", "random_state=N", "(default: 0)"] {
      #expect(run.stdout.contains(words), "\(words)")
    }
  }

  @Test func twoRunsPrintTheSameBytes() throws {
    let first = try ChapterRunner.run("chapter5", [])
    let second = try ChapterRunner.run("chapter5", ["--seed", "0"])
    #expect(first.status == 0 && second.status == 0)
    #expect(first.stdout == second.stdout)
    #expect(first.stderr.isEmpty && second.stderr.isEmpty)
  }

  @Test func anotherSeedTrainsOtherNumbers() throws {
    let zero = try Chapter5Runs.text(seed: 0)
    let other = try Chapter5Runs.text(seed: 1)
    // every trained section changes; the seedless ones (5.3, 5.4, 5.8) do not
    for number in ["5.1", "5.2", "5.6", "5.7"] {
      #expect(zero.section(number).lines != other.section(number).lines, "\(number)")
    }
    for number in ["5.3", "5.4", "5.8"] {
      #expect(zero.section(number).lines == other.section(number).lines, "\(number)")
    }
  }

  @Test(arguments: [0, 1, 42, 4_294_967_295] as [UInt32])
  func theOutputFitsEightyColumns(_ seed: UInt32) throws {
    let output = try Chapter5Runs.run(["--seed", "\(seed)"])
    #expect(output.status == 0 && output.stderr.isEmpty)
    for line in output.stdout.split(separator: "\n") {
      #expect(line.count <= 80, "\(line)")
      #expect(!line.hasSuffix(" "), "trailing space: \(line)")
    }
    // a heading is the line above a rule of ─ (checklist rows start with "5.N" too)
    let lines = output.stdout.split(separator: "\n").map(String.init)
    let headings = lines.indices.dropLast().filter {
      lines[$0].hasPrefix("5.") && lines[$0 + 1].allSatisfy { $0 == "─" }
    }.map { lines[$0] }
    #expect(
      headings == [
        "5.1 Labels that are not 0…C−1", "5.2 Too many outputs", "5.3 Names sorted",
        "5.4 Unseen labels", "5.5 Indices left unmapped",
        "5.6 sklearn's classes vs manual encoding", "5.7 Binary: one output, two columns",
        "5.8 Checklist",
      ])
  }
}
