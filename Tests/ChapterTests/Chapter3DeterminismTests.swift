import Foundation
import Testing

/// The output a book can quote: the same bytes every time, plain text within 80
/// columns, no timings, no paths, no colour; only the seed changes the numbers.
@Suite struct Chapter3DeterminismTests {
  @Test func twoRunsPrintIdenticalBytes() throws {
    let first = try ChapterRunner.run("chapter3")
    let second = try ChapterRunner.run("chapter3")
    #expect(first.status == 0 && second.status == 0)
    #expect(!first.stdout.isEmpty)
    #expect(first.stdout == second.stdout)
    #expect(first.stderr.isEmpty && second.stderr.isEmpty)
  }

  @Test func anotherSeedChangesTheNumbers() throws {
    let zero = try ChapterRunner.cachedRun("chapter3", ["--seed", "0"])
    let one = try ChapterRunner.cachedRun("chapter3", ["--seed", "1"])
    let epochs = { (run: ChapterRun) in run.lines.filter { $0.hasPrefix("Epoch ") } }
    #expect(epochs(zero).count == 50 && epochs(one).count == 50)
    #expect(epochs(zero)[0] != epochs(one)[0])
    // the data does not depend on the model's seed
    let data = { (run: ChapterRun) in try Chapter3Transcript(run).section("3.1") }
    #expect(try data(zero) == data(one))
  }

  @Test(arguments: [["--seed", "0"], ["--seed", "42", "--epochs", "5", "--lr", "0.1"]])
  func theOutputIsPlainTextWithinEightyColumns(_ arguments: [String]) throws {
    let run = try ChapterRunner.cachedRun("chapter3", arguments)
    try #require(run.status == 0)
    for (number, line) in run.lines.enumerated() {
      #expect(line.count <= 80, "line \(number + 1) has \(line.count) columns: \(line)")
      #expect(!line.hasSuffix(" "), "line \(number + 1) ends in a space: \(line)")
      #expect(!line.contains("\u{1B}"), "line \(number + 1) has an escape code")
      #expect(!line.contains("\t"), "line \(number + 1) has a tab")
    }
    // no absolute paths and no timings
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().path
    #expect(!run.stdout.contains(package))
    for word in ["/tmp/", "/home/", "/Users/", " ms", "seconds", "elapsed"] {
      #expect(!run.stdout.contains(word), "\(word)")
    }
  }

  @Test func everySectionIsPrintedInOrder() throws {
    let run = try ChapterRunner.cachedRun("chapter3")
    let headings = [
      "3.1 Step 0: the data", "3.2 Step 1: the model", "3.3 Step 2: forward pass and loss",
      "3.4 Step 3: backward pass", "3.5 Step 4: the update", "3.6 The training loop",
      "3.7 Predictions and the summary",
    ]
    let positions = headings.map { heading in run.lines.firstIndex(of: heading) }
    #expect(positions.allSatisfy { $0 != nil }, "\(positions)")
    let found = positions.compactMap { $0 }
    #expect(found == found.sorted())
    for index in found {
      #expect(run.lines[index + 1] == String(repeating: "─", count: run.lines[index].count))
    }
  }
}
