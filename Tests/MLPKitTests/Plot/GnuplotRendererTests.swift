import Foundation
import MLPKit
import Testing

/// The renderer against the real gnuplot: every preset, the failure modes, atomic
/// output, a missing gnuplot and an unwritable folder.
@Suite struct GnuplotRendererTests {
  static func sineScript() -> GnuplotScript {
    var script = PlotStyle.standard.script(summary: ["renderer test"])
    script.commands(PlotStyle.standard.commonCommands)
    script.commands(["set xlabel \"x\"", "plot sin(x) with lines ls 1 title \"sin(x)\""])
    return script
  }

  static func leftovers(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
  }

  @Test func everyPresetRendersWithRealGnuplot() throws {
    let folder = try PlotTestSupport.scratch("presets")
    try PlotTestSupport.expectRenders(
      Self.sineScript(), in: folder, name: "sine", formats: [.png, .svg, .pdf, .dumb])
    let png = try Data(contentsOf: folder.appendingPathComponent("sine.png"))
    #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    let svg = try String(contentsOf: folder.appendingPathComponent("sine.svg"), encoding: .utf8)
    #expect(svg.contains("<svg") && svg.contains("font-family=\"DejaVu Sans\""))
    #expect(svg.contains("width=\"1280\" height=\"800\""))
    let pdf = try Data(contentsOf: folder.appendingPathComponent("sine.pdf"))
    #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    let text = try String(contentsOf: folder.appendingPathComponent("sine.txt"), encoding: .utf8)
    #expect(text.contains("***") && text.contains("+-----"))
    #expect(try Self.leftovers(in: folder).isEmpty)
  }

  @Test func previewDrawsDumbTextIntoAString() throws {
    try PlotTestSupport.requireGnuplot()
    let text = try PlotTestSupport.renderer.preview(Self.sineScript(), columns: 60, rows: 16)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(!text.contains("\u{0C}"))
    #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    #expect(lines.allSatisfy { $0.count <= 60 && !$0.hasSuffix(" ") })
    #expect(lines.count == 16)
    #expect(text.contains("sin(x)") && text.contains("*"))
  }

  @Test func writeSavesTheScriptAndRendersEachOutput() throws {
    try PlotTestSupport.requireGnuplot()
    let folder = try PlotTestSupport.scratch("write")
    let gp = folder.appendingPathComponent("sine.gp")
    try PlotTestSupport.renderer.write(
      Self.sineScript(), scriptTo: gp,
      renderTo: [
        folder.appendingPathComponent("sine.png"), folder.appendingPathComponent("sine.svg"),
      ])
    let saved = try String(contentsOf: gp, encoding: .utf8)
    #expect(saved.contains("set output 'sine.png'\n"))
    #expect(saved == Self.sineScript().retargeted(to: .png, output: "sine.png").text)
    for name in ["sine.png", "sine.svg"] {
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
    }
    // the saved script renders by hand, in its folder
    let run = try PlotTestSupport.renderer.run(
      "cd \(GnuplotText.quoted(folder.path))\nload 'sine.gp'\n")
    #expect(run.stderr.isEmpty)
    // writeScript alone names the output after itself
    let alone = folder.appendingPathComponent("alone.gp")
    try Self.sineScript().writeScript(to: alone)
    #expect(try String(contentsOf: alone, encoding: .utf8).contains("set output 'alone.png'\n"))
  }

  @Test func errorsWarningsAndEmptyOutputFailAndLeaveNoFile() throws {
    try PlotTestSupport.requireGnuplot()
    let folder = try PlotTestSupport.scratch("failures")
    let output = folder.appendingPathComponent("figure.png")
    try Data("previous good figure".utf8).write(to: output)

    var broken = Self.sineScript()
    broken.command("plot no_such_variable")
    let failed = #expect(throws: PlotError.self) {
      try PlotTestSupport.renderer.render(broken, to: output)
    }
    #expect(failed?.kind == .gnuplotFailed)
    #expect(failed?.description.contains("gnuplot failed drawing") == true)
    #expect(
      failed?.description.contains("undefined variable: no_such_variable") == true,
      "\(String(describing: failed))")

    var warning = PlotStyle.standard.script(summary: [])
    warning.command("plot 1")
    let warned = #expect(throws: PlotError.self) {
      try PlotTestSupport.renderer.render(warning, to: output)
    }
    #expect(warned?.kind == .gnuplotWarning)
    #expect(warned?.description.contains("Warning: empty y range [1:1]") == true)

    var silent = PlotStyle.standard.script(summary: [])
    silent.command("set xlabel \"nothing is plotted\"")
    let empty = #expect(throws: PlotError.self) {
      try PlotTestSupport.renderer.render(silent, to: output)
    }
    #expect(empty?.kind == .missingOutput)
    #expect(empty?.description.contains("gnuplot wrote nothing for") == true)

    // the old figure survived every failure, and no temporary file is left
    #expect(try String(contentsOf: output, encoding: .utf8) == "previous good figure")
    #expect(try Self.leftovers(in: folder).isEmpty)

    let jpeg = #expect(throws: ParameterError.self) {
      try PlotTestSupport.renderer.render(
        Self.sineScript(), to: folder.appendingPathComponent("f.jpg"))
    }
    #expect(jpeg?.description.contains("must be one of png, svg, pdf, txt; got 'jpg'") == true)
  }

  @Test func missingGnuplotStillWritesTheScriptAndSaysHowToRenderIt() throws {
    let folder = try PlotTestSupport.scratch("missing")
    let nowhere = GnuplotRenderer(searchPath: folder.appendingPathComponent("no-bin").path)
    #expect(!nowhere.isAvailable)
    let output = folder.appendingPathComponent("sine.png")
    let direct = #expect(throws: PlotError.self) {
      try nowhere.render(Self.sineScript(), to: output)
    }
    #expect(direct?.kind == .gnuplotNotFound)
    #expect(
      direct?.description
        == "gnuplot was not found on the PATH; install it with 'sudo apt-get install gnuplot-nox' "
        + "(Debian/Ubuntu) or 'brew install gnuplot' (macOS)")

    let gp = folder.appendingPathComponent("sine.gp")
    let written = #expect(throws: PlotError.self) {
      try nowhere.write(Self.sineScript(), scriptTo: gp, renderTo: [output])
    }
    let message = written?.description ?? ""
    #expect(
      message.contains("wrote \(gp.path): render it with 'cd \(folder.path) && gnuplot sine.gp'"))
    #expect(message.contains("sudo apt-get install gnuplot-nox"))
    #expect(!message.contains("\n"))
    #expect(FileManager.default.fileExists(atPath: gp.path))
    #expect(!FileManager.default.fileExists(atPath: output.path))

    // paths are shown as the user gave them: relative stays relative
    let relative = URL(fileURLWithPath: "figures/loss.gp", relativeTo: folder)
    let hint = #expect(throws: PlotError.self) {
      try nowhere.write(
        Self.sineScript(), scriptTo: relative,
        renderTo: [URL(fileURLWithPath: "figures/loss.png", relativeTo: folder)])
    }
    #expect(
      hint?.description
        == "gnuplot was not found on the PATH; wrote figures/loss.gp: render it with "
        + "'cd figures && gnuplot loss.gp' after you install it with 'sudo apt-get install gnuplot-nox' "
        + "(Debian/Ubuntu) or 'brew install gnuplot' (macOS)")
    #expect(
      try String(contentsOf: folder.appendingPathComponent("figures/loss.gp"), encoding: .utf8)
        .contains("set output 'loss.png'\n"))

    let badPath = GnuplotRenderer(executable: folder.appendingPathComponent("gnuplot").path)
    let atPath = #expect(throws: PlotError.self) { try badPath.locate() }
    #expect(atPath?.description.contains("gnuplot was not found at \(folder.path)/gnuplot") == true)
    #expect(throws: PlotError.self) { try GnuplotSession(renderer: badPath) }
  }

  @Test func unwritableOutputDirectoryIsNamed() throws {
    let folder = try PlotTestSupport.scratch("unwritable")
    let file = folder.appendingPathComponent("plain-file")
    try Data("x".utf8).write(to: file)
    // a regular file where a folder should be: fails for every user, root included
    let inside = file.appendingPathComponent("sub").appendingPathComponent("fig.png")
    let error = #expect(throws: PlotError.self) {
      try PlotTestSupport.renderer.render(Self.sineScript(), to: inside)
    }
    #expect(error?.kind == .unwritableDirectory)
    #expect(
      error?.description.contains("the output directory \(file.path)/sub cannot be created") == true
    )
    let onFile = #expect(throws: PlotError.self) {
      try Self.sineScript().writeScript(to: file.appendingPathComponent("fig.gp"))
    }
    #expect(onFile?.description.contains("\(file.path) is a file, not a directory") == true)

    // a read-only folder (only meaningful when not running as root)
    let locked = folder.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path)
    }
    if !FileManager.default.isWritableFile(atPath: locked.path) {
      let readOnly = #expect(throws: PlotError.self) {
        try Self.sineScript().writeScript(to: locked.appendingPathComponent("fig.gp"))
      }
      #expect(
        readOnly?.description.contains("the output directory \(locked.path) is not writable")
          == true)
    }
  }
}
