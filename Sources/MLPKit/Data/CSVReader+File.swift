import Foundation

extension CSVReader {
  /// Reads the CSV file at `path`, `chunkSize` bytes at a time, parsing as it goes.
  ///
  /// Errors name the file as given (relative paths stay relative).
  /// - Throws: `DataError` when the file is missing, a directory, unreadable or larger
  ///   than `maxBytes`, or holds a malformed table (see the type's documentation);
  ///   `ParameterError` for a `chunkSize` below 1, a negative `maxBytes` or bad
  ///   `featureColumns`.
  /// Introduced in §2.1.
  public func read(file path: String) throws -> Dataset {
    var parser = try CSVParser(reader: self, source: path)
    try stream(file: path, into: &parser)
    return try parser.finish()
  }

  /// Feeds the file at `path` to `parser`, `chunkSize` bytes at a time.
  func stream(file path: String, into parser: inout CSVParser) throws {
    guard !path.isEmpty else { throw DataError("the CSV file name is empty") }
    guard chunkSize >= 1 else {
      throw ParameterError(
        parameter: "chunkSize", expected: ">= 1 (bytes per read)", got: "\(chunkSize)")
    }
    if let maxBytes, maxBytes < 0 {
      throw ParameterError(
        parameter: "maxBytes", expected: ">= 0 (bytes), or nil for no limit", got: "\(maxBytes)")
    }
    let handle = try Self.open(path)
    defer { try? handle.close() }
    try checkSize(handle, path)

    var total = 0
    while true {
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: chunkSize)
      } catch {
        throw DataError(file: path, "could not be read: \(Self.reason(error))")
      }
      guard let chunk, !chunk.isEmpty else { break }
      total += chunk.count
      // the size was checked up front; this catches a file that grows while we read
      if let maxBytes, total > maxBytes { throw Self.tooLarge(path, "more than", maxBytes) }
      try chunk.withUnsafeBytes { try parser.feed($0) }
    }
  }

  /// Opens `path` for reading, with the reason in words when that fails.
  private static func open(_ path: String) throws -> FileHandle {
    let descriptor = Foundation.open(path, O_RDONLY)
    guard descriptor >= 0 else {
      let code = errno
      switch code {
      case ENOENT, ENOTDIR: throw DataError(file: path, "no such file")
      case EACCES: throw DataError(file: path, "cannot be read: permission denied")
      default: throw DataError(file: path, "cannot be opened: \(String(cString: strerror(code)))")
      }
    }
    return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
  }

  /// Rejects a directory, and a file over `maxBytes` before reading any of it.
  private func checkSize(_ handle: FileHandle, _ path: String) throws {
    var info = stat()
    guard fstat(handle.fileDescriptor, &info) == 0 else { return }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw DataError(file: path, "is a directory, not a CSV file")
    }
    if let maxBytes, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > maxBytes {
      throw Self.tooLarge(path, "\(info.st_size) bytes, more than", maxBytes)
    }
  }

  private static func tooLarge(_ path: String, _ size: String, _ maxBytes: Int) -> DataError {
    DataError(
      file: path, "the file is \(size) maxBytes = \(maxBytes); raise maxBytes to read it")
  }

  /// The reason in an I/O error, without the absolute path Foundation may add.
  private static func reason(_ error: Error) -> String {
    if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
    let error = error as NSError
    guard error.domain == NSPOSIXErrorDomain else { return "I/O error \(error.code)" }
    return String(cString: strerror(Int32(truncatingIfNeeded: error.code)))
  }
}
