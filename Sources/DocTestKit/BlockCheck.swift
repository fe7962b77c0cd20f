import Foundation

/// The verdict on one expected-output block, with what bless would write.
struct BlockCheck {
  /// The failure report (`book.md:LINE: command`, then why), or `nil` on a pass.
  var failure: String?
  /// The block's new content when it failed only on its output; `nil` when it
  /// passed or cannot be blessed (an unexpected exit status needs a human).
  var blessed: [String]?

  init(_ block: OutputBlock, output: CommandOutput, book: String) {
    let options = block.options
    let tolerance = options.tolerance
    let content = block.fence.content
    let expected = content.map { TokenisedLine(TextLines.trimmingTrailingWhitespace($0)) }
    let isElision = content.map(TextLines.isElision)
    let actualRaw = TextLines.output(output.text(options.stream))
    let actual = actualRaw.map { TokenisedLine(TextLines.trimmingTrailingWhitespace($0)) }
    var report: [String] = []

    let exitMatches = output.exitStatus == options.exitStatus
    if !exitMatches {
      report.append(
        "exit status \(output.exitStatus), expected \(options.exitStatus)"
          + (options.exitStatus == 0 ? "" : " (declared with exit=)"))
      if options.stream == .stdout {
        let tail = TextLines.output(output.stderr).suffix(5)
        report += tail.isEmpty ? ["(nothing on stderr)"] : ["stderr:"] + tail.map { "  " + $0 }
      }
    }
    let matches = ElisionMatch.matches(
      expected: expected, isElision: isElision, actual: actual, tolerance: tolerance)
    if !matches {
      let steps = LineAlignment.align(
        expected: expected, isElision: isElision, actual: actual, tolerance: tolerance)
      let diff = UnifiedDiff(
        minusLabel: "\(book):\(block.fence.firstContentLine) (expected)",
        plusLabel: "\(block.command.text) (\(options.stream.rawValue))",
        expected: { content[$0] }, expectedLineNumber: { block.fence.firstContentLine + $0 },
        actual: { actualRaw[$0] }, emptyExpectedLine: block.fence.firstContentLine)
      report.append(diff.render(steps))
      if let numbers = Self.numberSummary(steps, block: block, book: book) {
        report.append(numbers)
      }
      if exitMatches {
        blessed = Self.bless(steps, content: content, expected: expected, actual: actual, tolerance)
      }
    }
    failure =
      report.isEmpty
      ? nil
      : (["\(book):\(block.markerLine): \(block.command.text)"] + report).joined(
        separator: "\n")
  }

  /// The block's new lines: matching lines as the book wrote them, near lines with
  /// only their out-of-tolerance numbers replaced, changed and added lines from the
  /// output, elisions kept (two that a removed segment left side by side become one).
  static func bless(
    _ steps: [AlignStep], content: [String], expected: [TokenisedLine],
    actual: [TokenisedLine], _ tolerance: Tolerance
  ) -> [String] {
    var lines: [String] = []
    var lastElision: Int? = nil  // the expected index of an elision just written
    for step in steps {
      switch step {
      case .equal(let e, _):
        lines.append(content[e])
      case .near(let e, let a, _):
        lines.append(LineMatch.merge(expected[e], actual[a], tolerance))
      case .changed(_, let a), .added(let a):
        lines.append(actual[a].raw)
      case .removed:
        continue
      case .elided(let e, _):
        if let previous = lastElision, e - previous > 1 { continue }
        lines.append(content[e])
        lastElision = e
        continue
      }
      lastElision = nil
    }
    return lines
  }
}
