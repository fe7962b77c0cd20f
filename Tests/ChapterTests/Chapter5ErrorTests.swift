import Foundation
import MLPKit
import Testing

/// Every error chapter 5 shows is the library's own error for the same input, printed
/// whole (`Narrative.caught`), and names the bad label, where it is and what is allowed;
/// the PyTorch and sklearn messages printed beside them are the ones those libraries
/// raise (from the fixture).
@Suite struct Chapter5ErrorTests {
  /// The error `body` throws, or a test failure when it throws none.
  static func error(_ body: () throws -> Void) throws -> any Error {
    do {
      try body()
    } catch {
      return error
    }
    throw LabelError("expected an error, got none")
  }

  /// The section prints `Narrative.caught(error)` exactly, and that text unwraps to
  /// `Type: description`.
  static func expectShown(_ error: any Error, in section: Section, prefix: String) throws {
    let block = try #require(section.caughtBlock(prefix), "no '\(prefix)' block")
    #expect(block == Narrative.caught(error))
    let unwrapped = block.split(separator: "\n").enumerated().map {
      $0.offset == 0 ? String($0.element) : String($0.element.dropFirst(2))
    }.joined(separator: " ")
    #expect(unwrapped == "\(type(of: error)): \(error)")
  }

  @Test(arguments: Chapter5Reference.seeds)
  func labelsOneAndTwoIntoTwoOutputs(_ run: Chapter5Reference.Seed) throws {
    let reference = try Chapter5Reference.load()
    let section = try Chapter5Runs.text(seed: run.seed).section("5.1")
    let y = LabelTensor(reference.data.oneTwoY)
    // the logits' values do not matter to the check, only their [8, 2] shape
    let error = try Self.error { _ = try CrossEntropyLoss()(Tensor.zeros([8, 2]), y) }
    #expect(error is LabelError)
    try Self.expectShown(error, in: section, prefix: "LabelError: CrossEntropyLoss")
    let message = "\(error)"
    for words in ["target 2", "at position 1", "0...1", "2 columns"] {
      #expect(message.contains(words), "\(words)")
    }
    #expect(section.wrappedLine("PyTorch 2.15:  ") == run.oneTwo.torchError)
  }

  @Test(arguments: Chapter5Reference.seeds)
  func decodingThreeOutputIndices(_ run: Chapter5Reference.Seed) throws {
    let reference = try Chapter5Reference.load()
    let section = try Chapter5Runs.text(seed: run.seed).section("5.2")
    var encoder = LabelEncoder()
    try encoder.fit(ClassLabel.labels(reference.data.oneTwoY))
    let predicted = try #require(run.oneTwo.three.history.last).predicted
    let error = try Self.error { _ = try encoder.inverseTransform(predicted) }
    try Self.expectShown(error, in: section, prefix: "LabelError: LabelEncoder.inverseTransform")
    let position = try #require(predicted.firstIndex(where: { $0 >= 2 }))
    for words in ["index \(predicted[position])", "at position \(position)", "0..<2", "[1, 2]"] {
      #expect("\(error)".contains(words), "\(words)")
    }
    #expect(section.wrappedLine("sklearn 1.9.1:  ") == run.oneTwo.decodeError)
  }

  @Test(arguments: Chapter5Reference.seeds)
  func anUnseenTestLabel(_ run: Chapter5Reference.Seed) throws {
    let reference = try Chapter5Reference.load()
    let section = try Chapter5Runs.text(seed: run.seed).section("5.4")
    var encoder = LabelEncoder()
    try encoder.fit(ClassLabel.labels(reference.data.trainY))
    let error = try Self.error {
      _ = try encoder.transform(ClassLabel.labels(reference.data.testY))
    }
    try Self.expectShown(error, in: section, prefix: "LabelError: LabelEncoder.transform")
    for words in ["'fish' (first at position 1)", "knows ['bird', 'cat', 'dog']"] {
      #expect("\(error)".contains(words), "\(words)")
    }
    #expect(section.wrappedLine("sklearn 1.9.1:  ") == reference.messages.unseen)
  }

  @Test(arguments: Chapter5Reference.seeds)
  func namesAgainstIndices(_ run: Chapter5Reference.Seed) throws {
    let reference = try Chapter5Reference.load()
    let section = try Chapter5Runs.text(seed: run.seed).section("5.5")
    let error = try Self.error {
      _ = try accuracyScore(reference.data.knownTestY, ClassLabel.labels(run.animals.predicted))
    }
    try Self.expectShown(error, in: section, prefix: "LabelError: accuracyScore")
    #expect("\(error)".contains("names and numbers"))
    #expect(section.wrappedLine("sklearn 1.9.1:  ") == run.animals.mixedTypesError)
  }

  @Test(arguments: Chapter5Reference.seeds)
  func speciesCodesIntoAManualLoss(_ run: Chapter5Reference.Seed) throws {
    let reference = try Chapter5Reference.load()
    let section = try Chapter5Runs.text(seed: run.seed).section("5.6")
    let y = LabelTensor(reference.data.codedTrainY)
    let error = try Self.error { _ = try CrossEntropyLoss()(Tensor.zeros([12, 3]), y) }
    try Self.expectShown(error, in: section, prefix: "LabelError: CrossEntropyLoss")
    for words in ["target 30", "at position 0", "0...2", "3 columns"] {
      #expect("\(error)".contains(words), "\(words)")
    }
    #expect(section.wrappedLine("PyTorch 2.15:  ") == reference.messages.codesTarget)
  }

  @Test(arguments: Chapter5Reference.seeds)
  func labelsOneAndTwoIntoOneLogit(_ run: Chapter5Reference.Seed) throws {
    let reference = try Chapter5Reference.load()
    let section = try Chapter5Runs.text(seed: run.seed).section("5.7")
    let y = LabelTensor(reference.data.oneTwoY)
    let error = try Self.error { _ = try BCEWithLogitsLoss()(Tensor.zeros([8, 1]), y) }
    try Self.expectShown(error, in: section, prefix: "LabelError: BCEWithLogitsLoss")
    for words in ["label 2", "at position 1", "not 0 or 1", "0...1"] {
      #expect("\(error)".contains(words), "\(words)")
    }
  }

  @Test func everyCaughtErrorIsALibraryLabelError() throws {
    // six lessons, six LabelErrors; nothing printed "(no error was thrown)"
    let text = try Chapter5Runs.text(seed: 0)
    #expect(text.lines.filter { $0.hasPrefix("LabelError: ") }.count == 6)
    #expect(!text.lines.contains("(no error was thrown)"))
  }
}
