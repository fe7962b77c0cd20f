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
    } else if let failure = makeDirectories(folder) {
      throw PlotError(
        .unwritableDirectory,
        "cannot write \(display(file)): the output directory \(display(folder)) "
          + "cannot be created (\(failure))")
    }
    guard manager.isWritableFile(atPath: folder.path) else {
      throw PlotError(
        .unwritableDirectory,
        "cannot write \(display(file)): the output directory \(display(folder)) is not writable")
    }
    return folder
  }

  /// Creates `folder` and its missing parents with `mkdir(2)`, so a failure has the
  /// system's own reason ("Not a directory", "Permission denied", "Read-only file
  /// system"); Foundation's error on Linux only says "error 512".
  /// - Returns: the reason it failed, or `nil` once the folder exists.
  static func makeDirectories(_ folder: URL) -> String? {
    var missing: [String] = []
    // the absolute path: a URL relative to a base folder must not resolve against the
    // working directory
    var path = (folder.absoluteURL.path as NSString).standardizingPath
    while !path.isEmpty, path != "/", !FileManager.default.fileExists(atPath: path) {
      missing.append(path)
      path = (path as NSString).deletingLastPathComponent
    }
    for component in missing.reversed() where mkdir(component, 0o755) != 0 {
      let code = errno
      // a folder made meanwhile by someone else is fine
      if code == EEXIST, FileManager.default.fileExists(atPath: component) { continue }
      return String(cString: strerror(code))
    }
    return nil
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
    try moveIntoPlace(try writeTemporary(data, for: file), file)
  }

  /// Writes `data` under a fresh temporary name beside `file` and returns that name.
  /// - Throws: `PlotError.unwritableDirectory` with the file, its folder and the
  ///   system's reason; nothing is left behind.
  static func writeTemporary(_ data: Data, for file: URL) throws -> URL {
    let folder = try prepareDirectory(of: file)
    let temporary = temporary(beside: file)
    if let failure = write(data, to: temporary) {
      throw PlotError(
        .unwritableDirectory,
        "cannot write \(display(file)) in \(display(folder)) (\(failure))")
    }
    return temporary
  }

  /// Creates `file` (which must not exist) with `open(2)` and writes `data` into it.
  /// Foundation's errors on Linux say only "You don't have permission"; this keeps
  /// the system's own reason ("Permission denied", "Read-only file system",
  /// "No space left on device").
  /// - Returns: the reason it failed (the partial file removed), or `nil`.
  static func write(_ data: Data, to file: URL) -> String? {
    let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    var failure: Int32 = 0
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < bytes.count, let base = bytes.baseAddress {
        let written = systemWrite(descriptor, base + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    // a full disk or a quota may only show when the file is closed
    if close(descriptor) != 0, failure == 0 { failure = errno }
    guard failure != 0 else { return nil }
    unlink(file.path)
    return String(cString: strerror(failure))
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
}

/// `write(2)`, out of reach of `PlotFiles.write(_:to:)`, which shadows the name there.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
