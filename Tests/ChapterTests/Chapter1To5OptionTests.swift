import Foundation
import Testing

/// The options every chapter shares, `--seed` and `--epochs`, are checked by one helper:
/// the same wording in every chapter, and the range each `--help` states is the range
/// the check enforces (values one past either end are refused).
@Suite struct Chapter1To5OptionTests {
  /// A chapter, a bad command line and the exact line it must print on stderr.
  struct Refusal: CustomTestStringConvertible, Sendable {
    let chapter: String
    let arguments: [String]
    let line: String
    var testDescription: String { "\(chapter) \(arguments.joined(separator: " "))" }
  }

  static let randomState = "an integer in 0...4294967295"
  static let manualSeed = "an integer in 0...18446744073709551615"
  static let epochs = "an integer in 1...10000"

  static let refusals: [Refusal] = [
    Refusal(
      chapter: "chapter1", arguments: ["--seed", "4294967296"],
      line: "--seed must be \(randomState) (sklearn's random_state); got '4294967296'"),
    Refusal(
      chapter: "chapter2", arguments: ["--seed", "-1"],
      line: "--seed must be \(randomState) (sklearn's random_state); got '-1'"),
    Refusal(
      chapter: "chapter2", arguments: ["--epochs", "10001"],
      line: "--epochs must be \(epochs); got '10001'"),
    Refusal(
      chapter: "chapter3", arguments: ["--seed", "18446744073709551616"],
      line: "--seed must be \(manualSeed) (torch.manual_seed); got '18446744073709551616'"),
    Refusal(
      chapter: "chapter3", arguments: ["--epochs", "0"],
      line: "--epochs must be \(epochs); got '0'"),
    Refusal(
      chapter: "chapter4", arguments: ["--seed", "-1"],
      line: "--seed must be \(manualSeed) (torch.manual_seed); got '-1'"),
    Refusal(
      chapter: "chapter4", arguments: ["--epochs", "2.5"],
      line: "--epochs must be \(epochs); got '2.5'"),
    Refusal(
      chapter: "chapter5", arguments: ["--seed", "4294967296"],
      line: "--seed must be \(randomState) (torch.manual_seed and sklearn's random_state);"
        + " got '4294967296'"),
  ]

  @Test(arguments: refusals)
  func everyChapterRefusesWithTheSameWording(_ refusal: Refusal) throws {
    let run = try ChapterRunner.run(refusal.chapter, refusal.arguments)
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr == "error: \(refusal.line) (see '\(refusal.chapter) --help')\n")
  }

  /// Each chapter's `--help` names the ranges its checks enforce, in the checks' words.
  @Test(arguments: [
    (
      "chapter1", ["an integer in 0...4294967295", "a number in 1e-06...1e+06", "sizes in 1...100"]
    ),
    ("chapter2", ["an integer in 0...4294967295", "an integer in 1...10000"]),
    (
      "chapter3",
      ["an integer in 0...18446744073709551615", "an integer in 1...10000", "a number in (0, 10]"]
    ),
    (
      "chapter4",
      [
        "an integer in 0...18446744073709551615", "an integer in 1...10000",
        "1...10 rows of 2...6 decimal numbers, each in -1000000...1000000",
      ]
    ),
    ("chapter5", ["an integer in 0...4294967295"]),
  ])
  func helpStatesTheRangesTheChecksEnforce(_ chapter: String, _ phrases: [String]) throws {
    let run = try ChapterRunner.run(chapter, ["--help"])
    #expect(run.status == 0)
    // ArgumentParser wraps help text: compare with the line breaks taken out
    let help = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for phrase in phrases { #expect(help.contains(phrase), "\(chapter): \(phrase)") }
  }

  /// `--logits` values beyond the range its help states are refused with that range.
  @Test func logitsOutsideTheStatedRangeAreRefused() throws {
    let run = try ChapterRunner.run("chapter4", ["--logits", "1000001,0"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("-1000000...1000000"), "\(run.stderr)")
  }

  /// The largest value each help text promises is accepted (the run is cut short by
  /// `--section`/`--epochs 1` where a chapter allows it, to stay quick).
  @Test func theUpperEndsAreAccepted() throws {
    let chapter2 = try ChapterRunner.run("chapter2", ["--seed", "4294967295", "--epochs", "1"])
    #expect(chapter2.status == 0, "\(chapter2.stderr)")
    let chapter1 = try ChapterRunner.run("chapter1", ["--seed", "4294967295", "--section", "1.1"])
    #expect(chapter1.status == 0, "\(chapter1.stderr)")
  }
}
