import MLPKit
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Styling is plain text unless a colour terminal asks for more; headings and
/// paragraphs lay out as written here by hand.
@Suite struct TextStyleTests {
  static let escape = "\u{1B}["

  @Test func colourOnlyAtATerminalWithoutNoColor() {
    // https://no-color.org: any non-empty NO_COLOR turns colour off
    #expect(Terminal.supportsColor(environment: [:], isTerminal: true))
    #expect(!Terminal.supportsColor(environment: [:], isTerminal: false))
    #expect(!Terminal.supportsColor(environment: ["NO_COLOR": "1"], isTerminal: true))
    #expect(!Terminal.supportsColor(environment: ["NO_COLOR": "0"], isTerminal: true))
    #expect(Terminal.supportsColor(environment: ["NO_COLOR": ""], isTerminal: true))
    #expect(!Terminal.supportsColor(environment: ["TERM": "dumb"], isTerminal: true))
    #expect(Terminal.supportsColor(environment: ["TERM": "xterm-256color"], isTerminal: true))
  }

  @Test func plainTextIsUnchangedAndColourWrapsEachLine() {
    for style in TextStyle.allCases {
      #expect(style.apply("Loss: 0.7237\n\nnext", colour: false) == "Loss: 0.7237\n\nnext")
    }
    #expect(TextStyle.emphasis.apply("Loss", colour: true) == "\u{1B}[1mLoss\u{1B}[0m")
    #expect(
      TextStyle.dim.apply("a\n\nb", colour: true) == "\u{1B}[2ma\u{1B}[0m\n\n\u{1B}[2mb\u{1B}[0m")
    #expect(TextStyle.heading.apply("3.3", colour: true) == "\u{1B}[1;36m3.3\u{1B}[0m")
  }

  @Test func noColorInTheEnvironmentGivesNoEscapeCodes() {
    // setting NO_COLOR can only make any other test's output plainer
    setenv("NO_COLOR", "1", 1)
    #expect(!Terminal.supportsColor)
    for style in TextStyle.allCases {
      #expect("Epoch 1/50".styled(style) == "Epoch 1/50")
      #expect(!style.apply("x").contains(Self.escape))
    }
  }

  @Test func sectionAndChapterHeadings() {
    #expect(
      Narrative.section("3.3", "Step 2: forward pass and loss")
        == "3.3 Step 2: forward pass and loss\n" + String(repeating: "─", count: 33))
    #expect(Narrative.section("", "Summary") == "Summary\n───────")
    let rule = String(repeating: "═", count: 42)
    #expect(
      Narrative.chapter(3, "The manual loop (PyTorch style)")
        == "\(rule)\nChapter 3: The manual loop (PyTorch style)\n\(rule)")
  }

  @Test func paragraphsReflowAtTheWidth() throws {
    let text =
      "The loss falls when the weights move against the gradient.\n\nSecond   paragraph\nhere."
    #expect(
      try Narrative.wrap(text, width: 20)
        == "The loss falls when\nthe weights move\nagainst the\ngradient.\n\nSecond paragraph\nhere."
    )
    #expect(
      try Narrative.wrap(text, width: 20, indent: "  ")
        == "  The loss falls\n  when the weights\n  move against the\n  gradient.\n\n  Second paragraph\n  here."
    )
    // a word longer than the line keeps a line of its own, unbroken
    #expect(
      try Narrative.wrap("see https://no-color.org/with/a/long/path ok", width: 10)
        == "see\nhttps://no-color.org/with/a/long/path\nok")
    // 80 columns by default: eight 9-letter words fill 79
    let words = Array(repeating: "abcdefghi", count: 10).joined(separator: " ")
    let eight = Array(repeating: "abcdefghi", count: 8).joined(separator: " ")
    #expect(Narrative.wrap(words) == eight + "\nabcdefghi abcdefghi")
    #expect(Narrative.wrap("") == "")
  }

  @Test func aWidthWithNoRoomThrows() {
    let error = #expect(throws: ParameterError.self) {
      try Narrative.wrap("x", width: 2, indent: "  ")
    }
    #expect(error?.description == "width must be an integer > 2 (the indent's width); got 2")
  }
}
