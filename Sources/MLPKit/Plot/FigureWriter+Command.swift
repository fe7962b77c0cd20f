import Foundation

/// `--plots DIR` for a command: the folder checked before any work is done, and the
/// figures saved at the end with one line per figure on standard error.
extension FigureWriter {
  /// A writer for `directory`, checked up front: the folder is created when missing
  /// and must accept a file, so a bad `--plots` fails before a long run prints
  /// anything, and leaves no file behind.
  /// - Throws: `PlotError.unwritableDirectory` naming the folder and the reason.
  /// Introduced in §1.3.
  public init(checking directory: String, renderer: GnuplotRenderer = GnuplotRenderer()) throws {
    self.init(directory: directory, renderer: renderer)
    let folder = self.directory
    let shown = PlotFiles.display(folder)
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw PlotError(
          .unwritableDirectory, "cannot write figures to \(shown): it is a file, not a directory")
      }
    } else if let failure = PlotFiles.makeDirectories(folder) {
      throw PlotError(
        .unwritableDirectory,
        "cannot write figures to \(shown): the directory cannot be created (\(failure))")
    }
    // permissions, a read-only file system or a full disk only show when a file is written
    let probe = PlotFiles.temporary(beside: folder.appendingPathComponent("plots-probe"))
    if let failure = PlotFiles.write(Data(), to: probe) {
      throw PlotError(
        .unwritableDirectory,
        "cannot write figures to \(shown): the directory is not writable (\(failure))")
    }
    try? manager.removeItem(at: probe)
  }

  /// Saves `figures` (see `save(_:)`) and writes its lines to standard error.
  /// - Throws: `PlotError` for a folder that stopped being writable or a gnuplot
  ///   failure or warning.
  /// Introduced in §1.3.
  public func saveReporting(_ figures: [(name: String, script: GnuplotScript)]) throws {
    for line in try save(figures) {
      FileHandle.standardError.write(Data((line + "\n").utf8))
    }
  }
}
