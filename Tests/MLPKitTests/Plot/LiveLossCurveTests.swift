import Foundation
import MLPKit
import Testing

/// `LiveLossCurve` with the real gnuplot, and `LiveFrameDisplay`'s in-place redraw.
@Suite struct LiveLossCurveTests {
  /// A loss that falls and an accuracy that rises, epoch by epoch.
  static func epoch(_ e: Int) -> (loss: Double, accuracy: Double) {
    (0.7 * Foundation.exp(-0.08 * Double(e)), min(1, 0.5 + 0.04 * Double(e)))
  }

  @Test(arguments: [(epochs: 7, every: 3), (epochs: 12, every: 2), (epochs: 1, every: 5)])
  func aFrameComesAfterEveryNthEpochAndTheLast(epochs: Int, every: Int) throws {
    try PlotTestSupport.requireGnuplot()
    let live = try LiveLossCurve(title: "test run", epochs: epochs, every: every, columns: 70)
    var framed: [Int] = []
    for e in 1...epochs {
      let (loss, accuracy) = Self.epoch(e)
      guard let frame = try live.record(loss: loss, accuracy: accuracy) else { continue }
      framed.append(e)
      let lines = frame.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.allSatisfy { $0.count <= 70 })
      let loss4 = String(format: "%.4f", loss)
      #expect(frame.contains("test run · epoch \(e) of \(epochs) · loss \(loss4)"), "\(frame)")
      #expect(frame.contains("100%") && frame.contains("test accuracy"))
      #expect(!frame.contains("\u{1B}") && !frame.contains("\u{0C}"))
    }
    let expected = (1...epochs).filter { $0 % every == 0 || $0 == epochs }
    #expect(framed == expected)
    #expect(live.epochsRecorded == epochs)
    let past = #expect(throws: ParameterError.self) { try live.record(loss: 0.1, accuracy: 0.9) }
    #expect(past?.description.contains("at most \(epochs) epochs") == true)

    // the transcript is every frame's script, and replays cleanly with gnuplot
    let transcript = live.transcriptText
    #expect(transcript.components(separatedBy: "set terminal dumb").count - 1 == expected.count)
    #expect(transcript.components(separatedBy: "\nplot ").count - 1 == expected.count)
    let replay = try PlotTestSupport.renderer.run(transcript)
    #expect(replay.stderr.isEmpty)
    #expect(replay.stdout.components(separatedBy: "\u{0C}").count - 1 == expected.count)
    try live.close()
  }

  @Test func theXAxisSpansTheWholeRunFromTheFirstFrame() throws {
    try PlotTestSupport.requireGnuplot()
    let live = try LiveLossCurve(title: "span", epochs: 40, every: 4)
    var first: String?
    for e in 1...4 {
      let (loss, accuracy) = Self.epoch(e)
      if let frame = try live.record(loss: loss, accuracy: accuracy) { first = frame }
    }
    // the last x tick label is 40 even though only 4 epochs have run
    let frame = try #require(first)
    // the x tick labels are the one line of nothing but integers
    let axis = try #require(
      frame.split(separator: "\n").last { line in
        line.split(separator: " ").allSatisfy { Int($0) != nil }
      })
    #expect(axis.split(separator: " ").first == "0", "\(frame)")
    #expect(axis.split(separator: " ").last == "40", "\(frame)")
    #expect(live.transcriptText.contains("set xrange [0:40]"))
    try live.close()
  }

  @Test func wrongSettingsAndAMissingGnuplotAreNamed() throws {
    let zero = #expect(throws: ParameterError.self) { try LiveLossCurve(title: "t", epochs: 0) }
    #expect(zero?.description.contains("epochs") == true)
    let every = #expect(throws: ParameterError.self) {
      try LiveLossCurve(title: "t", epochs: 5, every: 0)
    }
    #expect(every?.description.contains("every") == true)
    let narrow = #expect(throws: ParameterError.self) {
      try LiveLossCurve(title: "t", epochs: 5, columns: 10)
    }
    #expect(narrow?.description.contains("10") == true)
    let folder = try PlotTestSupport.scratch("live-no-gnuplot")
    let missing = #expect(throws: PlotError.self) {
      try LiveLossCurve(title: "t", epochs: 5, renderer: GnuplotRenderer(searchPath: folder.path))
    }
    #expect(missing?.kind == .gnuplotNotFound)
    #expect(missing?.description.contains(PlotError.installHint) == true)
  }

  @Test func theDefaultDrawsAbout25FramesAtLeastTwoEpochsApart() throws {
    try PlotTestSupport.requireGnuplot()
    // ⌈epochs / 25⌉, and never less than 2
    for (epochs, every) in [(50, 2), (10, 2), (1000, 40), (1001, 41), (3, 2)] {
      let live = try LiveLossCurve(title: "t", epochs: epochs)
      #expect(live.every == every, "\(epochs) epochs")
      try live.close()
    }
  }
}

/// Frames in place at a terminal, one after another elsewhere.
@Suite struct LiveFrameDisplayTests {
  final class Sink: @unchecked Sendable {
    var text = ""
  }

  @Test func atATerminalEachFrameReplacesThePreviousOne() {
    let sink = Sink()
    let display = LiveFrameDisplay(inPlace: true, sharesTerminal: false) { sink.text += $0 }
    display.show("a\nb\nc\n")
    #expect(sink.text == "a\nb\nc\n")
    display.show("d\ne\n")
    // up three lines, back to the first column, clear to the end of the screen
    #expect(sink.text == "a\nb\nc\n\u{1B}[3A\r\u{1B}[Jd\ne\n")
    display.show("f")
    #expect(sink.text.hasSuffix("\u{1B}[2A\r\u{1B}[Jf\n"))
  }

  @Test func elsewhereFramesFollowEachOtherWithoutEscapeCodes() {
    let sink = Sink()
    let display = LiveFrameDisplay(inPlace: false, sharesTerminal: true) { sink.text += $0 }
    #expect(!display.sharesTerminal)
    display.show("a\nb\n")
    display.show("c\n")
    #expect(sink.text == "a\nb\n\nc\n\n")
  }
}
