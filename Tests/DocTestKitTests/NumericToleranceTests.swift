import DocTestKit
import Testing

/// `tol=` and `rtol=`: numbers compared by value, text around them still exact.
@Suite struct NumericToleranceTests {
  static func block(_ options: String, _ content: String) -> String {
    "# Losses\n\n<!-- doctest: chapter3 --epochs 2\(options) -->\n```text\n\(content)\n```\n"
  }

  static let expected = "Epoch 1/2  loss 0.6931  acc 0.5000\nEpoch 2/2  loss 0.4123  acc 0.8750"

  static func check(_ options: String, output: String) throws -> CheckReport {
    try FakeBook.check(
      block(options, expected), stdout: ["chapter3 --epochs 2": output + "\n"])
  }

  @Test(arguments: [
    "Epoch 1/2  loss 0.6932  acc 0.5000\nEpoch 2/2  loss 0.4122  acc 0.8750",  // last digit ±1
    "Epoch 1/2  loss 0.6931  acc 0.5000\nEpoch 2/2  loss 0.41235  acc 0.87499",  // more digits
    "Epoch 1/2  loss 0.69310  acc 0.5\nEpoch 2/2  loss 0.4123  acc 0.875",  // same values
  ])
  func numbersWithinToleranceMatch(output: String) throws {
    #expect(try Self.check(" | tol=1e-4", output: output).passed)
    // without a declared tolerance the same output is a failure
    #expect(try !Self.check("", output: output).passed)
  }

  @Test func theBoundIsInclusiveAndDecimal() throws {
    // |0.4124 − 0.4123| is exactly 1e-4 in decimal (binary doubles give 1.0000000000000009e-4)
    let edge = "Epoch 1/2  loss 0.6931  acc 0.5000\nEpoch 2/2  loss 0.4124  acc 0.8750"
    #expect(try Self.check(" | tol=1e-4", output: edge).passed)
    let beyond = "Epoch 1/2  loss 0.6931  acc 0.5000\nEpoch 2/2  loss 0.41241  acc 0.8750"
    #expect(try !Self.check(" | tol=1e-4", output: beyond).passed)
  }

  @Test func outsideToleranceNamesTheWorstNumberAndWhere() throws {
    let output = "Epoch 1/2  loss 0.6950  acc 0.5000\nEpoch 2/2  loss 0.4123  acc 0.8740"
    let report = try Self.check(" | tol=1e-4", output: output)
    // book line 5 is "Epoch 1/2 …"; 0.6931 starts at column 17
    #expect(
      report.failures.first?.message == """
        book.md:3: chapter3 --epochs 2
        --- book.md:5 (expected)
        +++ chapter3 --epochs 2 (stdout)
        @@ -5,2 +1,2 @@
        -Epoch 1/2  loss 0.6931  acc 0.5000
        -Epoch 2/2  loss 0.4123  acc 0.8750
        +Epoch 1/2  loss 0.6950  acc 0.5000
        +Epoch 2/2  loss 0.4123  acc 0.8740
        2 numbers outside tol=1e-4; worst: book.md:5:17 expected 0.6931, got 0.6950\
         (output line 1): |Δ| = 0.0019 > allowed 0.0001
        """)
  }

  @Test func theWorstIsFurthestBeyondItsAllowance() throws {
    // with rtol the allowance grows with the number: 1000 ± 1 is fine, 0.5 ± 0.01 is not
    let book = Self.block(" | rtol=1e-3", "big 1000.0 small 0.50")
    let output = "big 1001.5 small 0.52\n"
    let report = try FakeBook.check(book, stdout: ["chapter3 --epochs 2": output])
    let message = report.failures.first?.message ?? ""
    #expect(
      message.contains("2 numbers outside rtol=1e-3; worst: book.md:5:18 expected 0.50, got 0.52"))
    #expect(message.hasSuffix("|Δ| = 0.02 > allowed 0.0005"))
  }

  @Test func relativeAndAbsoluteAdd() throws {
    let book = Self.block(" | tol=0.01 rtol=1e-3", "value 1000.0")
    // allowed = 0.01 + 1e-3·1000 = 1.01
    #expect(try FakeBook.check(book, stdout: ["chapter3 --epochs 2": "value 1001.01\n"]).passed)
    #expect(try !FakeBook.check(book, stdout: ["chapter3 --epochs 2": "value 1001.02\n"]).passed)
  }

  @Test func paddingBeforeANumberMayChangeUnderATolerance() throws {
    // PyTorch right-aligns: a sign flip or an extra digit eats a padding space
    let content = "tensor([[ 0.0000, -0.5000],\n        [ 9.9999,  2.5000]])"
    let output = "tensor([[-0.0000, -0.5000],\n        [10.0000,  2.5000]])\n"
    let book = Self.block(" | tol=1e-3", content)
    #expect(try FakeBook.check(book, stdout: ["chapter3 --epochs 2": output]).passed)
    // exact blocks keep the padding significant
    let exact = try FakeBook.check(Self.block("", content), stdout: ["chapter3 --epochs 2": output])
    #expect(!exact.passed)
  }

  @Test func textAroundNumbersMustStillMatch() throws {
    let output = "Epoch 1/2  Loss 0.6931  acc 0.5000\nEpoch 2/2  loss 0.4123  acc 0.8750"
    let report = try Self.check(" | tol=1", output: output)
    #expect(!report.passed)
    // a text change is not a numeric one: no number summary
    #expect(report.failures.first?.message.contains("numbers outside") == false)
    #expect(report.failures.first?.message.contains("+Epoch 1/2  Loss 0.6931") == true)
  }

  @Test func integersAreNumbersToo() throws {
    let output = "Epoch 1/3  loss 0.6931  acc 0.5000\nEpoch 2/2  loss 0.4123  acc 0.8750"
    let report = try Self.check(" | tol=1e-4", output: output)
    #expect(
      report.failures.first?.message.contains(
        "1 number outside tol=1e-4; worst: book.md:5:9 expected 2, got 3 (output line 1)") == true)
  }

  @Test func exactBlocksReportTheLargestNumberDifferenceAndSuggestATolerance() throws {
    let output = "Epoch 1/2  loss 0.6932  acc 0.5000\nEpoch 2/2  loss 0.4123  acc 0.8750"
    let report = try Self.check("", output: output)
    #expect(
      report.failures.first?.message.hasSuffix(
        "1 number differs and the block declares no tol=; largest: book.md:5:17 expected 0.6931,"
          + " got 0.6932 (output line 1): |Δ| = 0.0001 (add tol= to the marker if last-digit"
          + " moves are expected)") == true, "\(report.text)")
  }

  @Test func zeroToleranceComparesValuesNotDigits() throws {
    let book = Self.block(" | tol=0", "loss 0.50")
    #expect(try FakeBook.check(book, stdout: ["chapter3 --epochs 2": "loss 0.5\n"]).passed)
    #expect(try !FakeBook.check(book, stdout: ["chapter3 --epochs 2": "loss 0.51\n"]).passed)
    let exact = Self.block("", "loss 0.50")
    #expect(try !FakeBook.check(exact, stdout: ["chapter3 --epochs 2": "loss 0.5\n"]).passed)
  }
}
