import Foundation

extension GnuplotScript {
  /// Writes the `.gp` file atomically (a temporary name, then a rename). When the
  /// script has no output yet, it gets the file's own name with the terminal's
  /// extension (`loss.gp` → `loss.png`), so `gnuplot loss.gp` in that folder draws it.
  /// - Throws: `PlotError.unwritableDirectory` naming the folder.
  /// Introduced in §1.3.
  public func writeScript(to file: URL) throws {
    var script = self
    if script.output == nil, script.terminal.format != .dumb {
      script.output =
        file.deletingPathExtension().lastPathComponent + "." + terminal.format.fileExtension
    }
    try PlotFiles.writeAtomically(Data(script.text.utf8), to: file)
  }

  /// Writes the script's text as it is under a fresh temporary name beside `file`
  /// and returns that name, for a caller that renames it into place later.
  /// - Throws: `PlotError.unwritableDirectory` naming the folder and the reason.
  func writeScriptTemporary(for file: URL) throws -> URL {
    try PlotFiles.writeTemporary(Data(text.utf8), for: file)
  }
}
