import Foundation
import Testing

/// The options of `chapter3`: what bad values say, `--help`, `--step` off a terminal.
@Suite struct Chapter3CommandLineTests {
  /// A bad command line, the words its one error line must contain.
  struct BadFlags: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    let mentions: [String]
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let badFlags: [BadFlags] = [
    BadFlags(arguments: ["--epochs", "0"], mentions: ["--epochs", "1...10000", "'0'"]),
    BadFlags(arguments: ["--epochs", "1000000000"], mentions: ["--epochs", "1...10000"]),
    BadFlags(arguments: ["--epochs", "-2"], mentions: ["--epochs", "1...10000", "'-2'"]),
    BadFlags(arguments: ["--epochs", "2.5"], mentions: ["--epochs", "integer", "'2.5'"]),
    BadFlags(arguments: ["--lr", "-1"], mentions: ["--lr", "(0, 10]", "'-1'"]),
    BadFlags(arguments: ["--lr", "0"], mentions: ["--lr", "(0, 10]", "'0'"]),
    BadFlags(arguments: ["--lr", "nan"], mentions: ["--lr", "(0, 10]", "'nan'"]),
    BadFlags(arguments: ["--lr", "inf"], mentions: ["--lr", "(0, 10]", "'inf'"]),
    BadFlags(arguments: ["--lr", "1e308"], mentions: ["--lr", "(0, 10]", "'1e308'"]),
    BadFlags(
      arguments: ["--seed", "-3"],
      mentions: ["--seed", "0...18446744073709551615 (torch.manual_seed)", "'-3'"]),
    BadFlags(
      arguments: ["--seed", "18446744073709551616"],
      mentions: [
        "--seed", "0...18446744073709551615 (torch.manual_seed)", "'18446744073709551616'",
      ]),
    BadFlags(arguments: ["--seed", "abc"], mentions: ["--seed", "'abc'"]),
    BadFlags(arguments: ["--epochs"], mentions: ["--epochs", "Missing value"]),
    BadFlags(arguments: ["--frobnicate"], mentions: ["--frobnicate", "Unknown option"]),
  ]

  @Test(arguments: badFlags)
  func aBadFlagGivesOneClearLine(_ bad: BadFlags) throws {
    try ChapterRunner.run("chapter3", bad.arguments).expectRefused(mentioning: bad.mentions)
  }

  @Test func helpListsEveryOption() throws {
    let run = try ChapterRunner.run("chapter3", ["--help"])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    for option in [
      "--seed <N>", "--epochs <N>", "--lr <LR>", "--step", "(default: 0)", "(default: 50)",
    ] {
      #expect(run.stdout.contains(option), "\(option)")
    }
  }

  @Test func stepDoesNotWaitWhenStdinIsNotATerminal() throws {
    // the runner gives the chapter /dev/null as standard input: no pause, no prompt
    let stepped = try ChapterRunner.run("chapter3", ["--step", "--epochs", "3"], timeout: 60)
    let plain = try ChapterRunner.cachedRun("chapter3", ["--epochs", "3"])
    #expect(stepped.status == 0)
    #expect(stepped.stderr.isEmpty)
    #expect(stepped.stdout == plain.stdout)
  }

  @Test func aLearningRateMayBeWrittenInScientificNotation() throws {
    // `--lr 1e-2` is the same number as the default 0.01
    let run = try ChapterRunner.cachedRun("chapter3", ["--lr", "1e-2", "--epochs", "3"])
    let plain = try ChapterRunner.cachedRun("chapter3", ["--epochs", "3"])
    #expect(run.status == 0)
    #expect(run.stdout == plain.stdout)
  }
}
