import MLPKit
import Testing

/// Views side by side and paragraphs with unbroken stretches. The expected layouts
/// are written by hand from the rules in the two helpers' documentation.
@Suite struct SideBySideAndParagraphTests {
  @Test func viewsSitSideBySidePaddedToTheirWidestLine() throws {
    let z = try Tensor(rows: [[-0.6493, 0.4776], [0.2889, 1.88]])
    let a = Activation.relu(z)
    let view = try AnnotatedView.sideBySide([
      try z.annotated("z", rowLabel: { "sample \($0 + 1)" }), a.annotated("relu(z)"),
    ])
    // the first view is 30 columns wide, then the gap of 4, then the second view
    #expect(
      view.description == """
        z  [2, 2]                         relu(z)  [2, 2]
          sample 1  [-0.6493   0.4776]      [0.0000  0.4776]
          sample 2  [ 0.2889   1.8800]      [0.2889  1.8800]
        """)
  }

  @Test func aShorterViewLeavesBlanksAndNoTrailingSpaces() throws {
    let w = try Tensor(rows: [[1, 2], [3, 4], [5, 6]])
    let b = Tensor([0.5, -0.5, 1])
    let view = try AnnotatedView.sideBySide([w.annotated("w"), b.annotated("b")], gap: 2)
    #expect(
      view.lines == [
        "w  [3, 2]           b  [3]",
        "  [1.0000  2.0000]    [ 0.5000  -0.5000   1.0000]",
        "  [3.0000  4.0000]",
        "  [5.0000  6.0000]",
      ])
    #expect(view.lines.allSatisfy { !$0.hasSuffix(" ") })
    // the tallest view can come second: the first one's column is blank below it
    let swapped = try AnnotatedView.sideBySide([b.annotated("b"), w.annotated("w")], gap: 1)
    #expect(swapped.lines.last == String(repeating: " ", count: 29) + " " + "  [5.0000  6.0000]")
  }

  @Test func oneViewIsItselfAndBadArgumentsThrow() throws {
    let view = Tensor([1, 2]).annotated("v")
    #expect(try AnnotatedView.sideBySide([view]) == view)
    #expect(throws: ParameterError.self) { try AnnotatedView.sideBySide([]) }
    do {
      _ = try AnnotatedView.sideBySide([view, view], gap: 0)
      Issue.record("a gap of 0 must throw")
    } catch let error as ParameterError {
      #expect(error.description == "gap must be an integer >= 1; got 0")
    }
  }

  @Test func anUnbrokenStretchStaysOnOneLineAndPrintsPlainSpaces() {
    let words = String(repeating: "word ", count: 14)  // 70 columns
    let plain = Narrative.paragraph(words + "then x • wᵀ has shape [3, 1].")
    #expect(plain == words + "then x •\nwᵀ has shape [3, 1].")
    let kept = Narrative.paragraph(
      words + "then \(Narrative.unbroken("x • wᵀ")) has shape \(Narrative.unbroken("[3, 1])")).")
    #expect(kept == words + "then\nx • wᵀ has shape [3, 1]).")
    #expect(!kept.contains("\u{00A0}"))
    #expect(Narrative.unbroken("[3, 1]") == "[3,\u{00A0}1]")
  }

  @Test func aParagraphIsWrapWhenNothingIsMarked() {
    let text = """
      Softmax turns logits into probabilities: exp makes every score positive and \
      dividing by the sum makes them add up to 1.

      A second paragraph.
      """
    #expect(Narrative.paragraph(text) == Narrative.wrap(text))
  }
}
