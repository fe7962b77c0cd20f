import DocTestKit
import Foundation
import Testing

/// Numbers in prose bound to captured output values.
@Suite struct ProseValueTests {
  static func book(_ prose: String, options: String = "") -> String {
    """
    <!-- doctest: chapter2 --seed 7 | capture acc = /Accuracy: (\\S+)/\(options)
         capture epochs = /Trained for (\\d+) epochs/
         capture solver = /solver=(\\w+)/ -->
    ```text
    ...
    ```

    \(prose)
    """
  }

  static let output = "solver=adam\nTrained for 50 epochs\nAccuracy: 0.9050\n"

  static func check(_ prose: String, options: String = "", output: String = output) throws
    -> CheckReport
  {
    try FakeBook.check(
      book(prose, options: options), stdout: ["chapter2 --seed 7": output])
  }

  @Test(arguments: [
    "<!--value acc-->0.9050<!--/value-->",  // as printed
    "<!--value acc-->0.905<!--/value-->",  // same value
    "<!--value acc-->0.91<!--/value-->",  // rounded to what prose shows
    "<!--value acc-->0.9<!--/value-->",
    "<!--value acc-->1<!--/value-->",
    "<!-- value acc -->0.90500<!-- /value -->",  // spaces in the comments
    "<!--value epochs-->50<!--/value--> epochs with <!--value solver-->adam<!--/value-->",
  ])
  func proseAgreeingWithTheOutputPasses(prose: String) throws {
    let report = try Self.check(prose)
    #expect(report.passed, "\(report.text)")
  }

  @Test(arguments: [
    "<!--value acc-->0.92<!--/value-->",  // 0.9050 rounds to 0.91
    "<!--value acc-->0.9049<!--/value-->",  // four decimals shown: must be 0.9050
    "<!--value acc-->2<!--/value-->",  // no decimals shown, but 0.9050 rounds to 1
    "<!--value epochs-->40<!--/value-->",
    "<!--value solver-->sgd<!--/value-->",
  ])
  func proseDisagreeingWithTheOutputFails(prose: String) throws {
    #expect(try !Self.check(prose).passed)
  }

  @Test func theBlockToleranceWidensTheProseCheck() throws {
    let prose = "<!--value acc-->0.9049<!--/value-->"
    #expect(try Self.check(prose, options: " tol=1e-4").passed)
  }

  @Test func driftIsReportedWithBothValuesAndWhereTheyCameFrom() throws {
    let report = try Self.check(
      "The final accuracy is <!--value acc-->0.91<!--/value-->.",
      output: Self.output.replacingOccurrences(of: "0.9050", with: "0.8760"))
    #expect(
      report.failures.map(\.message) == [
        "book.md:8:39: prose value acc reads '0.91' but chapter2 --seed 7 printed 0.8760"
          + " (captured at book.md:1)"
      ])
  }

  @Test func blessRewritesProseToTheDecimalsItShowed() throws {
    let prose =
      "Accuracy <!--value acc-->0.91<!--/value--> after <!--value epochs-->50<!--/value-->"
      + " epochs (<!--value solver-->adam<!--/value-->)."
    let output = "solver=sgd\nTrained for 120 epochs\nAccuracy: 0.87649\n"
    let report = try FakeBook.bless(Self.book(prose), stdout: ["chapter2 --seed 7": output])
    let blessed =
      "Accuracy <!--value acc-->0.88<!--/value--> after <!--value epochs-->120<!--/value-->"
      + " epochs (<!--value solver-->sgd<!--/value-->)."
    #expect(report.text == Self.book(blessed))
    #expect(report.changedCounts == ItemCounts(blocks: 0, listings: 0, values: 3))
    #expect(try FakeBook.check(report.text, stdout: ["chapter2 --seed 7": output]).passed)
    #expect(
      try FakeBook.bless(report.text, stdout: ["chapter2 --seed 7": output]).text == report.text)
  }

  @Test func roundingHalfAwayFromZeroAndPaddingZeros() {
    #expect(ProseNumber.blessed(prose: "0.91", captured: "0.905") == "0.91")
    #expect(ProseNumber.blessed(prose: "0.91", captured: "-0.905") == "-0.91")
    #expect(ProseNumber.blessed(prose: "0.50", captured: "0.5") == "0.50")
    #expect(ProseNumber.blessed(prose: "12", captured: "11.5") == "12")
    #expect(ProseNumber.blessed(prose: "3.0", captured: "2.96") == "3.0")
    #expect(ProseNumber.blessed(prose: "1e-3", captured: "0.0021") == "0.0021")
    // a half unit is exactly on the edge, in decimal
    #expect(ProseNumber.matches(prose: "0.91", captured: "0.905", tolerance: .exact))
    #expect(ProseNumber.matches(prose: "0.91", captured: "0.915", tolerance: .exact))
    #expect(!ProseNumber.matches(prose: "0.91", captured: "0.9151", tolerance: .exact))
    #expect(ProseNumber.matches(prose: "2.5e-3", captured: "0.00254", tolerance: .exact))
    #expect(!ProseNumber.matches(prose: "2.5e-3", captured: "0.00256", tolerance: .exact))
  }

  @Test func aCaptureLostWithTheOutputIsReportedWithTheDiffNotThrown() throws {
    // the chapter crashed early: the diff matters more than the missing capture
    let output = CommandOutput(stdout: "solver=adam\n", stderr: "Fatal error\n", exitStatus: 134)
    let text = Self.book("Accuracy <!--value acc-->0.91<!--/value-->.")
    let report = try FakeBook.session(text, FakeCommands(["chapter2 --seed 7": output])).check()
    #expect(report.failures.map(\.line) == [1, 8])
    let block = report.failures.first?.message ?? ""
    #expect(block.hasPrefix("book.md:1: chapter2 --seed 7\nexit status 134, expected 0\n"))
    #expect(
      block.hasSuffix(
        "book.md:1: capture acc = /Accuracy: (\\S+)/ matches no line of the stdout of"
          + " chapter2 --seed 7\nbook.md:2: capture epochs = /Trained for (\\d+) epochs/ matches"
          + " no line of the stdout of chapter2 --seed 7"))
    #expect(
      report.failures.last?.message
        == "book.md:8:26: prose value acc cannot be checked: its capture at book.md:1 matched nothing"
    )
  }

  @Test func aCaptureWithoutAGroupTakesTheWholeMatch() throws {
    let text = """
      <!-- doctest: c | capture shape = /\\[\\d+, \\d+\\]/ -->
      ```
      ...
      ```
      The input has shape <!--value shape-->[800, 2]<!--/value-->.
      """
    #expect(try FakeBook.check(text, stdout: ["c": "x: [800, 2]\n"]).passed)
    #expect(try !FakeBook.check(text, stdout: ["c": "x: [750, 2]\n"]).passed)
  }
}
