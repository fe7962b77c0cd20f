import Foundation

extension CSVReader {
  /// Reads the feature columns of a CSV file whose label column may be missing, as
  /// the data a trained model predicts for: `target` is skipped unread when the
  /// header has it and is not needed otherwise.
  ///
  /// With `featureColumns` the file's columns must be exactly those (in any order)
  /// plus, optionally, `target`; `x` has them in `featureColumns` order. Without it,
  /// every column but `target` is a feature, in file order. Fields, numbers, quoting
  /// and error locations follow `read(file:)` (the same tokenizer reads the file);
  /// the file is read whole rather than in chunks.
  /// - Returns: `x: [samples, features]` and the feature names.
  /// - Throws: `DataError` as `file:line:column: message` for a missing, unreadable
  ///   or malformed file, and (at the header's line) for columns missing from the
  ///   file or not among `featureColumns`, listing them; `ParameterError` for bad
  ///   `featureColumns`.
  /// Introduced in §2.5.
  public func readFeatures(file path: String) throws -> (x: Tensor, featureNames: [String]) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw DataError(file: path, "no such file")
    }
    guard !isFolder.boolValue else { throw DataError(file: path, "is a directory, not a CSV file") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DataError(file: path, "could not be read")
    }
    if let maxBytes, data.count > maxBytes {
      throw DataError(
        file: path,
        "the file is \(data.count) bytes, more than maxBytes = \(maxBytes); raise maxBytes to read it"
      )
    }
    return try readFeatures(bytes: Array(data), source: path)
  }

  /// Reads features from CSV text in memory; see `readFeatures(file:)`.
  /// - Throws: as `readFeatures(file:)`, locating errors as `line L:C` without `source`.
  /// Introduced in §2.5.
  public func readFeatures(text: String, source: String? = nil) throws -> (
    x: Tensor, featureNames: [String]
  ) {
    try readFeatures(bytes: Array(text.utf8), source: source)
  }

  /// The table needs a label column, so the reader hands it one: each record gets a
  /// synthetic last field (`,0`) just before its line break. Nothing before a line
  /// break moves, so every line and column the tokenizer reports stays right; field
  /// counts are checked here, before the synthetic field is added.
  func readFeatures(bytes: [UInt8], source: String?) throws -> (x: Tensor, featureNames: [String]) {
    let label = "\u{1}mlpkit-label"
    var scanner = CSVRecordScanner(bytes: bytes)
    var header = scanner.next()
    while let record = header, record.isBlank { header = scanner.next() }
    guard let header, !header.unclosedQuote else {
      // empty input or a header that never closes its quote: the parser explains
      var parser = try CSVParser(reader: CSVReader(target: target), source: source)
      try feed(&parser, bytes)
      _ = try parser.finish()
      throw DataError(file: source, "the input has no header row")
    }
    let headerBytes = Array(bytes[0..<header.contentEnd]) + Array(",\(label)".utf8)

    // pass 1: the header alone, with one row of zeros, gives the names as the table
    // decodes and checks them
    var names: [String] = []
    do {
      var parser = try CSVParser(reader: CSVReader(target: label), source: source)
      let zeros = Array(repeating: "0", count: header.fieldCount + 1).joined(separator: ",")
      try feed(&parser, headerBytes + Array("\n\(zeros)\n".utf8))
      names = try parser.finish().featureNames
    }
    let chosen = try choose(from: names, source: source, headerLine: header.start.line)

    // pass 2: the data, each record with its synthetic label field
    var parser = try CSVParser(
      reader: CSVReader(target: label, featureColumns: chosen), source: source)
    try feed(&parser, headerBytes + Array(bytes[header.contentEnd..<header.end]))
    var rows = 0
    var unclosedQuote = false
    while let record = scanner.next() {
      if record.isBlank {
        try feed(&parser, Array(bytes[record.contentStart..<record.end]))
        continue
      }
      try feed(&parser, Array(bytes[record.contentStart..<record.contentEnd]))
      if record.unclosedQuote {
        unclosedQuote = true  // `finish` reports the quote that never closes
        break
      }
      if record.fieldCount != names.count {
        let expected =
          "expected \(names.count) fields (one per header column), got \(record.fieldCount)"
        if record.fieldCount > names.count {
          let extra = record.fieldStarts[names.count]
          throw DataError(
            file: source, line: extra.line, column: extra.column,
            "\(expected); this field is one too many")
        }
        throw DataError(
          file: source, line: record.endPosition.line, column: record.endPosition.column,
          "\(expected); the row ends here")
      }
      try feed(&parser, Array(",0".utf8) + Array(bytes[record.contentEnd..<record.end]))
      rows += 1
    }
    guard rows > 0 || unclosedQuote else {
      throw DataError(
        file: source, line: header.start.line, column: nil,
        "the header names \(names.count) columns but no data rows follow it")
    }
    let data = try parser.finish()
    return (data.x, data.featureNames)
  }

  /// The feature columns to read: `featureColumns` after checking the header against
  /// them, or every column but `target`.
  private func choose(from names: [String], source: String?, headerLine: Int) throws -> [String] {
    let others = names.filter { $0 != target }
    guard let wanted = featureColumns else {
      guard !others.isEmpty else {
        throw DataError(
          file: source, line: headerLine, column: nil,
          "the only column is the target \(CSVText.quoted(target)); there are no features to read")
      }
      return others
    }
    // the table's own checks of featureColumns (empty, repeated, the target)
    _ = try CSVParser(reader: self, source: source)
    let missing = wanted.filter { !names.contains($0) }
    let unexpected = others.filter { !wanted.contains($0) }
    guard missing.isEmpty, unexpected.isEmpty else {
      var parts: [String] = []
      if !missing.isEmpty { parts.append("missing \(CSVText.list(missing))") }
      if !unexpected.isEmpty { parts.append("unexpected \(CSVText.list(unexpected))") }
      throw DataError(
        file: source, line: headerLine, column: nil,
        "the \(others.count) feature columns do not match the \(wanted.count) expected: "
          + "\(parts.joined(separator: "; ")); expected \(CSVText.list(wanted)) "
          + "(and optionally the target \(CSVText.quoted(target)))")
    }
    return wanted
  }

  private func feed(_ parser: inout CSVParser, _ bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { try parser.feed($0) }
  }
}
