import Foundation
import MLPKit
import Testing

/// `chapter3 --live`: with the real gnuplot the loss curve appears as text frames on
/// standard error while standard output stays exactly that of the same run without
/// `--live`; `--live-transcript` saves what was sent; without gnuplot one line says
/// so and the run trains anyway.
@Suite struct Chapter3LivePlotsTests {
  /// The frames' title lines on standard error, in order: "… epoch 4 of 12 · loss 0.6745".
  static func frameTitles(_ stderr: String) -> [String] {
    stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { $0.hasPrefix("Chapter 3 · seed ") && $0.contains(" · epoch ") }
  }

  /// The epoch lines of standard output, as (loss text) by epoch.
  static func losses(_ stdout: String) -> [String] {
    stdout.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("Epoch "), let range = line.range(of: "Loss: ") else { return nil }
      return String(line[range.upperBound...].prefix(6))
    }
  }

  @Test(arguments: [
    (["--epochs", "12", "--seed", "3"], 2),
    (["--epochs", "7", "--seed", "11", "--lr", "0.05"], 2),
    ([], 2),  // the book's run: 50 epochs, a frame every 2
    (["--epochs", "60", "--seed", "1"], 3),
  ])
  func framesAppearOnStandardErrorAndStandardOutputIsUnchanged(
    arguments: [String], every: Int
  ) throws {
    try PlotsSupport.requireGnuplot()
    let folder = try PlotsSupport.scratch("live")
    defer { try? FileManager.default.removeItem(at: folder) }
    let transcript = folder.appendingPathComponent("live.gp")
    let plain = try ChapterRunner.cachedRun("chapter3", arguments)
    let live = try ChapterRunner.run(
      "chapter3", arguments + ["--live", "--live-transcript", transcript.path], timeout: 300)
    try #require(live.status == 0, "\(live.stderr)")
    #expect(live.stdout == plain.stdout)

    let epochs = Int(arguments.firstIndex(of: "--epochs").map { arguments[$0 + 1] } ?? "50") ?? 0
    let expected = (1...epochs).filter { $0 % every == 0 || $0 == epochs }
    let titles = Self.frameTitles(live.stderr)
    #expect(titles.count == expected.count, "\(titles)")
    // each frame is the curve up to its epoch, with that epoch's loss as printed
    let losses = Self.losses(plain.stdout)
    for (title, epoch) in zip(titles, expected) {
      #expect(
        title.hasSuffix("epoch \(epoch) of \(epochs) · loss \(losses[epoch - 1])"), "\(title)")
    }
    #expect(live.stderr.contains("test accuracy") && live.stderr.contains("100%"))
    // not a terminal: no escape codes, frames one after another
    #expect(!live.stderr.contains("\u{1B}"))
    #expect(
      live.stderr.hasSuffix("--live: wrote what was sent to gnuplot to \(transcript.path)\n"))

    // the transcript replays every frame with gnuplot, without a complaint
    let text = try String(contentsOf: transcript, encoding: .utf8)
    #expect(text.components(separatedBy: "set terminal dumb").count - 1 == expected.count)
    let replay = try GnuplotRenderer().run(text)
    #expect(replay.stderr.isEmpty)
    #expect(replay.stdout.components(separatedBy: "\u{0C}").count - 1 == expected.count)
    #expect(PlotsSupport.files(in: folder) == ["live.gp"])
  }

  @Test func withoutGnuplotOneLineSaysSoAndTheRunTrainsAnyway() throws {
    let path = try PlotsSupport.emptyPath()
    defer { try? FileManager.default.removeItem(at: path) }
    let folder = try PlotsSupport.scratch("live-missing")
    defer { try? FileManager.default.removeItem(at: folder) }
    let arguments = ["--epochs", "5", "--seed", "2"]
    let plain = try ChapterRunner.cachedRun("chapter3", arguments)
    let live = try ChapterRunner.run(
      "chapter3", arguments + ["--live"], environment: ["PATH": path.path])
    #expect(live.status == 0)
    #expect(live.stdout == plain.stdout)
    #expect(
      live.stderr
        == "--live: gnuplot was not found on the PATH; training without the live loss curve "
        + "(\(PlotError.installHint))\n")
    let transcript = folder.appendingPathComponent("live.gp")
    let asked = try ChapterRunner.run(
      "chapter3", arguments + ["--live", "--live-transcript", transcript.path],
      environment: ["PATH": path.path])
    #expect(asked.status == 0)
    #expect(asked.stdout == plain.stdout)
    #expect(asked.stderr.split(separator: "\n").count == 1)
    #expect(asked.stderr.contains("and no transcript is written"))
    #expect(PlotsSupport.files(in: folder).isEmpty)
  }

  @Test func aTranscriptWithoutLiveOrInAFolderThatCannotBeWrittenIsAnError() throws {
    let alone = try ChapterRunner.run("chapter3", ["--live-transcript", "live.gp"])
    #expect(alone.status != 0)
    #expect(alone.stdout.isEmpty)
    #expect(
      alone.stderr.contains("--live-transcript saves what --live sends to gnuplot; add --live"))
    let scratch = try PlotsSupport.scratch("live-file")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let file = scratch.appendingPathComponent("notes.txt")
    try Data("x".utf8).write(to: file)
    let bad = try ChapterRunner.run(
      "chapter3", ["--live", "--live-transcript", file.path + "/live.gp"])
    #expect(bad.status != 0)
    #expect(bad.stdout.isEmpty, "nothing is printed before the folder is checked")
    #expect(bad.stderr.contains("\(file.path): it is a file, not a directory"), "\(bad.stderr)")
  }
}
