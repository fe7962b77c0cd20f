import Foundation

/// Reading a model file, with every problem located as `file:line:column`.
extension ModelFile {
  /// The keys a model file may hold; the first eight are required.
  static let requiredKeys = [
    "format", "version", "target", "feature_names", "classes", "activation", "coefs", "intercepts",
  ]
  static let optionalKeys = ["n_features_in", "hidden_layer_sizes", "out_activation", "scaler"]

  /// Reads the model file at `path` (see `jsonText` for the layout).
  ///
  /// `n_features_in`, `hidden_layer_sizes`, `out_activation` and `scaler` may be left
  /// out (no scaler means no scaling); when present they must agree with the rest.
  /// Any other key is an error, so a misspelt `"scalar"` cannot be silently ignored.
  /// - Throws: `DataError` as `file:line:column: message` for a missing, empty or
  ///   unreadable file, malformed or truncated JSON, a file of another kind (a CSV, a
  ///   weights file, a training report), a missing or unknown key, a value of the
  ///   wrong type, or parts that do not fit together (see the memberwise init).
  /// Introduced in §2.5.
  public init(file path: String) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw DataError(file: path, "no such model file")
    }
    guard !isFolder.boolValue else {
      throw DataError(file: path, "is a directory, not a model file")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DataError(file: path, "the model file cannot be read")
    }
    try self.init(jsonText: String(decoding: data, as: UTF8.self), source: path)
  }

  /// Reads a model from JSON text; `source` names it in errors.
  /// - Throws: as `init(file:)`.
  /// Introduced in §2.5.
  public init(jsonText text: String, source: String = "model") throws {
    let bytes = Array(text.utf8)
    guard bytes.contains(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) else {
      throw DataError(file: source, "the model file is empty")
    }
    let root: WeightsJSON.Value
    do {
      root = try WeightsJSON.parse(bytes, file: source)
    } catch let error as DataError where bytes.first != UInt8(ascii: "{") {
      // not JSON at all (a CSV, say): say what the file is not, with the parser's place
      throw DataError(
        file: error.file, line: error.line, column: error.column,
        "not a model file: \(error.message)")
    }
    let reader = ModelFileReader(source: source)
    self = try reader.read(root)
  }
}
