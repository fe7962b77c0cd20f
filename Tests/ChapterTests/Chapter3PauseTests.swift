import MLPKit
import Testing

/// `Terminal.pause`, behind `chapter3 --step`: it waits only for a person at a terminal.
@Suite struct Chapter3PauseTests {
  @Test func offATerminalItNeitherPromptsNorReads() {
    var reads = 0
    var written = ""
    let paused = Terminal.pause(
      "Press Enter for Step 1", isInteractive: false,
      readLine: {
        reads += 1
        return ""
      }, write: { written += $0 })
    #expect(!paused)
    #expect(reads == 0)
    #expect(written.isEmpty)
  }

  @Test func atATerminalItPromptsAndReadsOneLine() {
    var input = ["", "left for later"]
    var written = ""
    let paused = Terminal.pause(
      "Press Enter for Step 1", isInteractive: true,
      readLine: { input.isEmpty ? nil : input.removeFirst() }, write: { written += $0 })
    #expect(paused)
    #expect(input == ["left for later"])
    #expect(written.contains("Press Enter for Step 1"))
    #expect(!written.contains("\n"), "the reader's Enter ends the prompt line")
  }

  @Test func atTheEndOfInputItDoesNotHang() {
    let paused = Terminal.pause(
      "Press Enter", isInteractive: true, readLine: { nil }, write: { _ in })
    #expect(paused)
  }
}
