import MLPKit
import Testing

/// `Narrative.caught`: an error shown as part of a lesson, `Type: message` wrapped at
/// 80 columns with a two-space hanging indent.
@Suite struct NarrativeCaughtTests {
  struct Oops: Error {}

  /// The lines joined back: the first as it is, the others without their indent.
  static func unwrapped(_ text: String) -> String {
    text.split(separator: "\n").enumerated().map {
      $0.offset == 0 ? String($0.element) : String($0.element.dropFirst(2))
    }.joined(separator: " ")
  }

  static func crossEntropyError() -> (any Error)? {
    do {
      _ = try CrossEntropyLoss()(Tensor.zeros([8, 2]), LabelTensor([1, 2, 1, 2, 1, 2, 1, 2]))
      return nil
    } catch { return error }
  }

  @Test func aLongLibraryErrorWrapsUnderItsType() throws {
    let error = try #require(Self.crossEntropyError())
    let text = Narrative.caught(error)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4)
    #expect(lines[0].hasPrefix("LabelError: CrossEntropyLoss: target 2 at position 1"))
    #expect(lines.allSatisfy { $0.count <= 80 && !$0.hasSuffix(" ") })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") && !$0.hasPrefix("   ") })
    #expect(Self.unwrapped(text) == "LabelError: \(error)")
    #expect(Narrative.caughtMessage(error) == "\(error)")
  }

  @Test func aShortErrorIsOneLine() {
    let error = ParameterError(parameter: "lr", expected: "> 0", got: "-1.0")
    #expect(Narrative.caught(error) == "ParameterError: lr must be > 0; got -1.0")
  }

  @Test func anyErrorShowsItsTypeAndText() {
    #expect(Narrative.caught(Oops()) == "Oops: Oops()")
    #expect(Narrative.caughtMessage(Oops()) == "Oops()")
  }

  @Test func aWordLongerThanALineStaysWhole() {
    let url = "https://example.org/" + String(repeating: "a", count: 90)
    let text = Narrative.caught(DataError("see \(url) for the format"))
    #expect(text == "DataError: see\n  \(url)\n  for the format")
  }

  @Test func lineBreaksInAMessageAreKeptAndIndented() {
    let error = LabelError("first line\nsecond line")
    #expect(Narrative.caught(error) == "LabelError: first line\n  second line")
  }
}
