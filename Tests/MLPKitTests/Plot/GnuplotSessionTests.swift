import Foundation
import MLPKit
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The live session: streaming a loss curve into a `dumb` terminal, the transcript,
/// errors and a gnuplot that dies.
@Suite struct GnuplotSessionTests {
  /// A made-up but realistic loss curve: 0.69 decaying towards 0.05.
  static func loss(epochs: Int) -> [Double] {
    (1...epochs).map { 0.05 + 0.64 * exp(-Double($0) / 6) }
  }

  @Test func streamsALossCurveInThreeUpdatesAndRecordsTheTranscript() throws {
    try PlotTestSupport.requireGnuplot()
    let session = try GnuplotSession()
    var sent: [String] = []
    @discardableResult func send(_ command: String) throws -> String {
      sent.append(command)
      return try session.send(command)
    }
    try send("set terminal dumb size 60,16 nofeed mono")
    try send("set xrange [1:30]\nset yrange [0:0.8]")
    var pictures: [String] = []
    for update in 1...3 {
      let epochs = 10 * update
      let block = try GnuplotDatablock(
        name: "loss", header: ["epoch", "loss"],
        rows: Self.loss(epochs: epochs).enumerated().map { [Double($0.offset + 1), $0.element] },
        formats: [.integer, .fixed(4)])
      try session.send(datablock: block)
      sent.append(String(block.text.dropLast()))
      pictures.append(try send("plot $loss using 1:2 with lines title \"train loss\""))
    }
    for picture in pictures {
      let rows = GnuplotRenderer.cleanDumb(picture).split(
        separator: "\n", omittingEmptySubsequences: false)
      #expect(picture.hasPrefix("\u{0C}"))
      #expect(rows.count == 16, "\(rows.count) rows")
      #expect(picture.contains("train loss"))
    }
    // every update draws more of the curve
    let marks = pictures.map { $0.filter { $0 == "*" }.count }
    #expect(marks[0] < marks[1] && marks[1] < marks[2], "\(marks)")
    // a print comes back as text
    #expect(try send("print sprintf(\"%.4f\", 0.5 + 0.25)") == "0.7500\n")

    #expect(session.transcript == sent)
    let folder = try PlotTestSupport.scratch("session")
    let file = folder.appendingPathComponent("live.gp")
    try session.writeTranscript(to: file)
    #expect(try String(contentsOf: file, encoding: .utf8) == sent.map { $0 + "\n" }.joined())
    try session.close()
    #expect(!session.isRunning)
    try session.close()  // a second close does nothing
    let late = #expect(throws: PlotError.self) { try session.send("plot x") }
    #expect(late?.description.contains("the gnuplot session is closed") == true)

    // the transcript replays as a script: the same three pictures, in order
    let replay = try PlotTestSupport.renderer.run(
      "set print \"-\"\n" + String(decoding: try Data(contentsOf: file), as: UTF8.self))
    #expect(replay.stdout.contains(pictures[2]))
  }

  @Test func previewsAFigureAfterEachEpoch() throws {
    try PlotTestSupport.requireGnuplot()
    let session = try GnuplotSession()
    var pictures: [String] = []
    for epochs in [5, 15, 30] {
      let figure = try lossCurveFigure(runs: [("train", Self.loss(epochs: epochs))], title: "live")
      pictures.append(try session.preview(figure, columns: 70, rows: 18))
    }
    for picture in pictures {
      let rows = picture.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(rows.count <= 18 && rows.allSatisfy { $0.count <= 70 })
      #expect(picture.contains("live") && picture.contains("epoch"))
    }
    // the x axis follows the epochs: its last tick grows
    #expect(pictures[0].contains(" 5\n") || pictures[0].contains(" 5 "))
    #expect(pictures[2].contains("30"))
    #expect(session.transcript.count == 3)
    #expect(session.transcript[0].hasPrefix("# MLP Workbook figure: loss curve — live\n"))
    try session.close()
  }

  @Test func errorsNameTheCommandAndTheSessionGoesOn() throws {
    try PlotTestSupport.requireGnuplot()
    let session = try GnuplotSession()
    let error = #expect(throws: PlotError.self) { try session.send("plot no_such_function(x)") }
    #expect(error?.kind == .sessionFailed)
    #expect(error?.description.contains("after 'plot no_such_function(x)'") == true)
    #expect(error?.description.contains("undefined function: no_such_function") == true)
    #expect(try session.send("print 1+1") == "2\n")
    try session.close()
  }

  @Test func aDyingGnuplotIsAnErrorNotAHang() throws {
    try PlotTestSupport.requireGnuplot()
    let session = try GnuplotSession(timeout: 10)
    #expect(kill(session.processIdentifier, SIGKILL) == 0)
    let started = Date()
    let error = #expect(throws: PlotError.self) {
      try session.send("set terminal dumb")
      try session.send("plot x")
    }
    #expect(error?.description.contains("gnuplot exited") == true, "\(String(describing: error))")
    #expect(Date().timeIntervalSince(started) < 5)
    #expect(throws: PlotError.self) { try session.send("plot x") }
    try? session.close()

    let quitting = try GnuplotSession(timeout: 10)
    let quit = #expect(throws: PlotError.self) { try quitting.send("exit") }
    #expect(quit?.description.contains("while running 'exit'") == true)
  }
}
