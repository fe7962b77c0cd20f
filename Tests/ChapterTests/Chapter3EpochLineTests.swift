import Foundation
import Testing

/// The seed's epoch lines, as PyTorch 2.15 prints them, from `swift run chapter3`.
@Suite struct Chapter3EpochLineTests {
  /// The lines of a run that start with `Epoch `.
  static func epochLines(_ run: ChapterRun) -> [String] {
    run.lines.filter { $0.hasPrefix("Epoch ") }
  }

  @Test func theReferenceHoldsTheRequestedSeeds() {
    #expect(Chapter3Reference.seedLines.map(\.seed) == [0, 1, 2, 7, 42, 123])
    #expect(Chapter3Reference.runs.count == 10)
  }

  @Test(arguments: Chapter3Reference.seedLines)
  func fiftyEpochLinesEqualPyTorchs(_ reference: Chapter3Reference.SeedLines) throws {
    let run = try ChapterRunner.cachedRun("chapter3", ["--seed", "\(reference.seed)"])
    try #require(run.status == 0, "stderr: \(run.stderr)")
    let lines = Self.epochLines(run)
    #expect(lines.count == 50)
    #expect(lines == reference.lines)
  }

  /// Other lengths and learning rates, and seeds beyond 32 bits.
  @Test(arguments: Chapter3Reference.runs)
  func epochLinesEqualPyTorchsForEveryOption(_ reference: Chapter3Reference.Run) throws {
    let run = try ChapterRunner.cachedRun("chapter3", reference.arguments)
    try #require(run.status == 0, "stderr: \(run.stderr)")
    #expect(Self.epochLines(run) == reference.lines)
  }

  @Test func theRequestedEpochsOfSeedZero() throws {
    // the numbers the issue quotes from PyTorch 2.15 (reference §5.3)
    let lines = Self.epochLines(try ChapterRunner.cachedRun("chapter3", ["--seed", "0"]))
    try #require(lines.count == 50)
    #expect(lines[0] == "Epoch 1/50 - Loss: 0.7237 - Accuracy: 0.4950")
    #expect(lines[9] == "Epoch 10/50 - Loss: 0.6000 - Accuracy: 0.8150")
    #expect(lines[19] == "Epoch 20/50 - Loss: 0.4345 - Accuracy: 0.8650")
    #expect(lines[29] == "Epoch 30/50 - Loss: 0.3064 - Accuracy: 0.8650")
    #expect(lines[39] == "Epoch 40/50 - Loss: 0.2747 - Accuracy: 0.8750")
    #expect(lines[49] == "Epoch 50/50 - Loss: 0.2405 - Accuracy: 0.9050")
  }

  @Test func fiveEpochsAreTheFirstFiveOfFifty() throws {
    let reference = try #require(Chapter3Reference.seedLines.first { $0.seed == 0 })
    let run = try ChapterRunner.cachedRun("chapter3", ["--epochs", "5"])
    try #require(run.status == 0, "stderr: \(run.stderr)")
    // an epoch's numbers do not depend on how many epochs follow it
    let expected = reference.lines.prefix(5).map { $0.replacing("/50 ", with: "/5 ") }
    #expect(Self.epochLines(run) == expected)
  }

  @Test func theDefaultRunIsSeedZero() throws {
    let plain = try ChapterRunner.cachedRun("chapter3")
    let seeded = try ChapterRunner.cachedRun("chapter3", ["--seed", "0"])
    #expect(plain.stdout == seeded.stdout)
  }
}
