import Foundation

extension MLPClassifier {
  /// Reads starting weights from a JSON file `{"coefs": [...], "intercepts": [...]}`
  /// and makes every fresh fit start from them (see `setInitialWeights`).
  ///
  /// `coefs[i]` is a `[fan_in][fan_out]` list of rows, `intercepts[i]` a list of
  /// `fan_out` numbers — sklearn's `coefs_` and `intercepts_` as
  /// `[w.tolist() for w in clf.coefs_]` writes them. Other keys are ignored, so a
  /// model file works too. Whether the layers fit the data is checked at `fit`.
  /// - Throws: `DataError` as `file:line:column: message` for a missing or malformed
  ///   file, a missing key, a value that is not a matrix or vector of finite numbers,
  ///   or layers that do not chain.
  /// Introduced in §2.5.
  public func setInitialWeights(file path: String) throws {
    let (coefs, intercepts) = try MLPClassifier.readInitialWeights(file: path)
    try setInitialWeights(coefs: coefs, intercepts: intercepts)
  }

  /// The `coefs` and `intercepts` of a weights file (see `setInitialWeights(file:)`).
  /// - Throws: as `setInitialWeights(file:)`.
  /// Introduced in §2.5.
  public static func readInitialWeights(file path: String) throws -> (
    coefs: [Tensor], intercepts: [Tensor]
  ) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw DataError(file: path, "no such weights file")
    }
    guard !isFolder.boolValue else { throw DataError(file: path, "is a directory, not a file") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DataError(file: path, "the weights file cannot be read")
    }
    guard data.contains(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) else {
      throw DataError(file: path, "the weights file is empty")
    }
    let root = try WeightsJSON.parse(Array(data), file: path)
    guard case .object(let members) = root else {
      throw DataError(
        file: path, line: 1, column: 1,
        "expected a JSON object {\"coefs\": […], \"intercepts\": […]}, found \(root.kind)")
    }
    let reader = ModelFileReader(source: path)
    var lists: [String: [Tensor]] = [:]
    for key in ["coefs", "intercepts"] {
      guard let member = members.first(where: { $0.key == key }) else {
        throw DataError(
          file: path, "the weights file has no \"\(key)\"; it needs \"coefs\" and \"intercepts\"")
      }
      reader.places[key] = (member.line, member.column)
      lists[key] = try reader.list(member.value, key) { try reader.tensor($0, $1) }
    }
    let coefs = lists["coefs"] ?? []
    let intercepts = lists["intercepts"] ?? []
    func fail(_ key: String, _ message: String) -> DataError {
      let at = reader.place(of: key)
      return DataError(file: path, line: at.line, column: at.column, "\(key) \(message)")
    }
    guard !coefs.isEmpty else { throw fail("coefs", "is empty; give at least one layer") }
    guard coefs.count == intercepts.count else {
      throw fail(
        "intercepts",
        "has \(intercepts.count) vectors but coefs has \(coefs.count) matrices; one per layer")
    }
    for (i, (w, b)) in zip(coefs, intercepts).enumerated() {
      guard w.rank == 2, w.shape[0] >= 1, w.shape[1] >= 1 else {
        throw fail(
          "coefs[\(i)]", "has shape \(w.shape); it must be a [fan_in][fan_out] list of rows")
      }
      if i > 0, w.shape[0] != coefs[i - 1].shape[1] {
        throw fail(
          "coefs[\(i)]",
          "is \(w.shape) but coefs[\(i - 1)] is \(coefs[i - 1].shape), so it needs "
            + "\(coefs[i - 1].shape[1]) rows")
      }
      guard b.shape == [w.shape[1]] else {
        throw fail(
          "intercepts[\(i)]",
          "has shape \(b.shape) but coefs[\(i)] is \(w.shape), so it needs \(w.shape[1]) numbers")
      }
    }
    return (coefs, intercepts)
  }
}
