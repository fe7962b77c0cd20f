import Foundation
import MLPKit
import Testing

/// `--plots DIR`: scripts always written, figures rendered when gnuplot is there.
@Suite struct FigureWriterTests {
  static func folder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "figure-writer-\(UUID().uuidString)")
  }

  static let figure = lossCurveFigureForTest()

  static func lossCurveFigureForTest() -> GnuplotScript {
    (try? lossCurveFigure(runs: [("train", [0.7, 0.5, 0.4, 0.35])], title: "test"))
      ?? GnuplotScript(terminal: .png(width: 640, height: 480), output: "x.png")
  }

  @Test func writesTheScriptAndRendersPNGAndSVG() throws {
    let dir = Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let writer = FigureWriter(directory: dir.path)
    let outcome = try writer.save(Self.figure, as: "loss")
    #expect(outcome == .rendered(files: ["loss.png", "loss.svg"]))
    for file in ["loss.gp", "loss.png", "loss.svg"] {
      let size =
        try FileManager.default.attributesOfItem(
          atPath: dir.appendingPathComponent(file).path)[.size] as? Int
      #expect((size ?? 0) > 0, "\(file)")
    }
    // the script renders its first format by itself, from its own folder
    let script = try String(contentsOf: dir.appendingPathComponent("loss.gp"), encoding: .utf8)
    #expect(script.contains("set output 'loss.png'") || script.contains("set output \"loss.png\""))
  }

  @Test func withoutGnuplotTheScriptIsWrittenAndANoticeSaysHowToRenderIt() throws {
    let dir = Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let writer = FigureWriter(
      directory: dir.path, renderer: GnuplotRenderer(searchPath: "/nonexistent-bin"))
    let lines = try writer.save([("loss", Self.figure)])
    #expect(lines.count == 1)
    #expect(lines[0].contains("gnuplot loss.gp"))
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("loss.gp").path))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("loss.png").path))
  }

  @Test func anUnwritableFolderIsAClearError() throws {
    let file = Self.folder()
    defer { try? FileManager.default.removeItem(at: file) }
    try Data("not a folder".utf8).write(to: file)
    let writer = FigureWriter(directory: file.path)
    let error = #expect(throws: PlotError.self) { try writer.save(Self.figure, as: "loss") }
    #expect(error?.description.contains("is a file, not a directory") == true)
  }
}
