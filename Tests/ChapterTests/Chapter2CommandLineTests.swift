import Foundation
import Testing

/// The options of `chapter2`, and the shape of what it prints: one-line errors for bad
/// flags, `--help`, the defaults, byte-identical reruns, 80 columns.
@Suite struct Chapter2CommandLineTests {
  /// A bad command line and the words its one error line must contain.
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
    BadFlags(
      arguments: ["--seed", "-1"],
      mentions: ["--seed", "0...4294967295 (sklearn's random_state)", "'-1'"]),
    BadFlags(
      arguments: ["--seed", "4294967296"],
      mentions: ["--seed", "0...4294967295 (sklearn's random_state)", "'4294967296'"]),
    BadFlags(
      arguments: ["--seed", "abc"],
      mentions: ["--seed", "0...4294967295 (sklearn's random_state)", "'abc'"]),
    BadFlags(
      arguments: ["--seed", "99999999999999999999"], mentions: ["--seed", "'99999999999999999999'"]),
    BadFlags(arguments: ["--seed"], mentions: ["--seed", "Missing value"]),
    BadFlags(arguments: ["--plots"], mentions: ["--plots", "Missing value"]),
    BadFlags(arguments: ["7"], mentions: ["'7'"]),
  ]

  @Test(arguments: badFlags)
  func aBadFlagGivesOneClearLine(_ bad: BadFlags) throws {
    try ChapterRunner.run("chapter2", bad.arguments).expectRefused(mentioning: bad.mentions)
  }

  @Test func helpListsEveryOptionWithItsDefault() throws {
    let run = try ChapterRunner.run("chapter2", ["--help"])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    for option in [
      "--seed <N>", "--epochs <N>", "(default: 42)", "(default: 20)", "4294967295", "1...10000",
    ] {
      #expect(run.stdout.contains(option), "\(option)")
    }
  }

  @Test func theDefaultsAreSeed42AndTwentyFits() throws {
    let plain = try Chapter2Runs.output([])
    let explicit = try Chapter2Runs.output(["--seed", "42", "--epochs", "20"])
    #expect(plain.status == 0)
    #expect(plain.stdout == explicit.stdout)
  }

  @Test func twoRunsPrintTheSameBytesAndNothingOnStderr() throws {
    let first = try Chapter2Runs.output(["--seed", "7", "--epochs", "4"])
    let second = try ChapterRunner.run("chapter2", ["--seed", "7", "--epochs", "4"])
    #expect(first.status == 0 && second.status == 0)
    #expect(first.stderr.isEmpty && second.stderr.isEmpty, "warnings are reported on stdout")
    #expect(first.stdout == second.stdout)
  }

  @Test func epochsSetsTheNumberOfFitsAndTheLineFormat() throws {
    let run = Chapter2Transcript(try Chapter2Runs.output(["--seed", "7", "--epochs", "4"]).stdout)
    let lines = run.section("2.3").filter { $0.hasPrefix("Epoch ") }
    #expect(lines.count == 4)
    for (k, line) in lines.enumerated() {
      let pattern = #"^Epoch \#(k + 1)/4 - Loss: \d\.\d{4}, Accuracy: [01]\.\d{4}$"#
      #expect(line.range(of: pattern, options: .regularExpression) != nil, "\(line)")
    }
    #expect(
      run.section("2.4").contains { $0.hasPrefix("model.lossCurve.count") && $0.contains(" 4  ") })
  }

  @Test(arguments: [[], ["--seed", "4294967295", "--epochs", "20"], ["--epochs", "1"]])
  func everySectionIsPrintedInOrderWithinEightyColumns(_ arguments: [String]) throws {
    let output = try Chapter2Runs.output(arguments).stdout
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    for line in lines {
      #expect(line.count <= 80, "too wide: \(line)")
      #expect(line.last != " " && line.last != "\t", "trailing blank: \(line)")
    }
    let headings = [
      "2.1 The data", "2.2 The model and its parameters", "2.3 Twenty warm-start fits",
      "2.4 Under the hood", "2.5 Inside the fitted model", "2.6 Warm start is not partial fit",
      "2.7 The seed's first example",
    ]
    #expect(Chapter2Transcript(output).headings == headings)
    #expect(!output.contains("/work/") && !output.contains("\u{1B}["), "no paths, no colour")
  }
}
