extension CSVReader {
  /// Reads the feature columns of a CSV file whose label column may be missing, as
  /// the data a trained model predicts for: `target` is skipped unread when the
  /// header has it and is not needed otherwise.
  ///
  /// With `featureColumns` the file's columns must be exactly those (in any order)
  /// plus, optionally, `target`; `x` has them in `featureColumns` order. Without it,
  /// every column but `target` is a feature, in file order. Fields, numbers, quoting
  /// and error locations follow `read(file:)`, and the file streams in `chunkSize`
  /// pieces as there, so memory holds the numbers, not the text.
  /// - Returns: `x: [samples, features]` and the feature names.
  /// - Throws: `DataError` as `file:line:column: message` for a missing, unreadable
  ///   or malformed file, and (at the header's line) for columns missing from the
  ///   file or not among `featureColumns`, listing them; `ParameterError` for bad
  ///   `featureColumns`, `chunkSize` or `maxBytes`.
  /// Introduced in §2.5.
  public func readFeatures(file path: String) throws -> (x: Tensor, featureNames: [String]) {
    var parser = try CSVParser(reader: self, source: path, labelled: false)
    try stream(file: path, into: &parser)
    return try parser.finishFeatures()
  }

  /// Reads features from CSV text in memory; see `readFeatures(file:)`.
  /// - Throws: as `readFeatures(file:)`, locating errors as `line L:C` without `source`.
  /// Introduced in §2.5.
  public func readFeatures(text: String, source: String? = nil) throws -> (
    x: Tensor, featureNames: [String]
  ) {
    var parser = try CSVParser(reader: self, source: source, labelled: false)
    var text = text
    try text.withUTF8 { try parser.feed(UnsafeRawBufferPointer($0)) }
    return try parser.finishFeatures()
  }
}
