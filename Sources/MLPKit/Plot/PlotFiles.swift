import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing figure files so that a failure never leaves half a file behind: write
/// under a temporary name in the same folder, then `rename(2)`, which replaces the
/// old file in one step (same folder, so same file system).
enum PlotFiles {
  /// The folder of `file`, created when missing.
  /// - Throws: `PlotError.unwritableDirectory` naming the folder.
  static func prepareDirectory(of file: URL) throws -> URL {
    let folder = file.deletingLastPathComponent()
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw PlotError(
          .unwritableDirectory,
          "cannot write \(display(file)): \(display(folder)) is a file, not a directory")
      }
    } else {
      do {
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
      } catch {
        throw PlotError(
          .unwritableDirectory,
          "cannot write \(display(file)): the output directory \(display(folder)) "
            + "cannot be created (\(reason(error)))")
      }
    }
    guard manager.isWritableFile(atPath: folder.path) else {
      throw PlotError(
        .unwritableDirectory,
        "cannot write \(display(file)): the output directory \(display(folder)) is not writable")
    }
    return folder
  }

  /// A fresh temporary name beside `file`: `.loss.png.tmp-<uuid>.png`.
  static func temporary(beside file: URL) -> URL {
    let name = ".\(file.lastPathComponent).tmp-\(UUID().uuidString)"
    let ext = file.pathExtension
    return file.deletingLastPathComponent()
      .appendingPathComponent(ext.isEmpty ? name : name + "." + ext)
  }

  /// Writes `data` to `file` atomically.
  static func writeAtomically(_ data: Data, to file: URL) throws {
    let folder = try prepareDirectory(of: file)
    let temporary = temporary(beside: file)
    do {
      try data.write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw PlotError(
        .unwritableDirectory,
        "cannot write \(display(file)) in \(display(folder)) (\(reason(error)))")
    }
    try moveIntoPlace(temporary, file)
  }

  /// Renames `temporary` to `file`, replacing it; removes `temporary` on failure.
  static func moveIntoPlace(_ temporary: URL, _ file: URL) throws {
    guard rename(temporary.path, file.path) == 0 else {
      let code = errno
      try? FileManager.default.removeItem(at: temporary)
      throw PlotError(
        .unwritableDirectory,
        "cannot move the finished file into place as \(display(file)) (\(String(cString: strerror(code))))"
      )
    }
  }

  /// A path as the user wrote it (relative stays relative), for messages.
  static func display(_ url: URL) -> String {
    let text = url.relativePath
    return text.isEmpty ? "." : text
  }

  /// The system's reason, without Foundation's long wrapper text where possible.
  static func reason(_ error: Error) -> String {
    if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
      posix.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(posix.code)))
    }
    return error.localizedDescription
  }
}
