import Foundation

/// Writing files so that nothing is lost or half-written: every file the workbook
/// saves (CSV, weights, model files, training reports) goes to a temporary file in
/// the same folder first and is renamed over its name only when complete.
///
/// A rename within one file system is atomic: a reader sees the old file or the new
/// one, never a mixture. A failure while writing (a full disk, a file-size limit, a
/// folder that vanished) removes the temporary file and leaves the previous file, or
/// none, in place. Introduced in §2.1.
public enum AtomicFile {
  /// Writes `text` to `path` atomically.
  /// - Throws: `DataError` naming `path` and the reason.
  public static func save(_ text: String, to path: String) throws {
    try save([(text, path)])
  }

  /// Writes several files as one step: every text goes to a temporary file first, and
  /// only when all are complete are they renamed into place, so a failure while
  /// writing leaves none of them (and every previous file intact).
  /// - Throws: `DataError` naming the file that failed and the reason.
  public static func save(_ files: [(text: String, path: String)]) throws {
    // a rename onto a folder fails: find out before anything is written or replaced
    for file in files {
      guard !file.path.isEmpty else { throw DataError("the file name is empty") }
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder),
        isFolder.boolValue
      {
        throw DataError(file: file.path, "is a directory, not a file name")
      }
    }
    var written: [(temporary: String, path: String)] = []
    do {
      for file in files {
        written.append((try writeTemporary(file.text, beside: file.path), file.path))
      }
      for (index, file) in written.enumerated() {
        guard rename(file.temporary, file.path) == 0 else {
          let code = errno
          for later in written[index...] { unlink(later.temporary) }
          written = []
          if code == EISDIR { throw DataError(file: file.path, "is a directory, not a file name") }
          throw DataError(file: file.path, "cannot be written: \(String(cString: strerror(code)))")
        }
      }
    } catch {
      for file in written { unlink(file.temporary) }
      throw error
    }
  }

  /// `text` in a new temporary file in `path`'s folder; returns its path.
  private static func writeTemporary(_ text: String, beside path: String) throws -> String {
    let bytes = Array(text.utf8)
    let target = URL(fileURLWithPath: path)
    // same folder, so the rename stays on one file system and is atomic
    let temporary = target.deletingLastPathComponent().appendingPathComponent(
      ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)."
        + "\(UInt32.random(in: 0...UInt32.max)).tmp"
    ).path
    func failure(_ code: Int32) -> DataError {
      DataError(file: path, "cannot be written: \(String(cString: strerror(code)))")
    }
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else { throw failure(errno) }
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        let code = errno
        close(descriptor)
        unlink(temporary)
        throw failure(code)
      }
      written += count
    }
    guard close(descriptor) == 0 else {
      let code = errno
      unlink(temporary)
      throw failure(code)
    }
    return temporary
  }
}
