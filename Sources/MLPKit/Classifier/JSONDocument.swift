import Foundation

/// Writing the workbook's own JSON files (model files, training reports): text with
/// the keys in a fixed order and numbers that read back exactly (`AtomicFile` writes it).
///
/// Numbers use Swift's shortest round-trip form (`0.1`, `1e-05`, `5.0`), which
/// Python's `json` and our `WeightsJSON` both read back as the same double. Strings
/// are escaped as JSON requires. Introduced in §2.5.
enum JSONDocument {
  /// `"text"` with quotes, backslashes and control characters escaped.
  static func string(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        out +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// A finite double in its shortest exact form; `null` for NaN and infinities, which
  /// strict JSON cannot hold.
  static func number(_ value: Double) -> String {
    value.isFinite ? "\(value)" : "null"
  }

  /// `[a, b, c]` on one line.
  static func numbers(_ values: [Double]) -> String {
    "[" + values.map(number).joined(separator: ", ") + "]"
  }

  /// `[[…], […]]`, one row per line, indented by `indent` spaces.
  static func matrix(_ rows: [[Double]], indent: Int) -> String {
    let pad = String(repeating: " ", count: indent + 2)
    let end = String(repeating: " ", count: indent)
    return "[\n" + rows.map { pad + numbers($0) }.joined(separator: ",\n") + "\n" + end + "]"
  }

  /// An object with one `"key": value` member per line, in the order given.
  static func object(_ members: [(key: String, value: String)], indent: Int = 0) -> String {
    let pad = String(repeating: " ", count: indent + 2)
    let end = String(repeating: " ", count: indent)
    return "{\n"
      + members.map { pad + string($0.key) + ": " + $0.value }.joined(separator: ",\n")
      + "\n" + end + "}"
  }

  /// The `"format"` string of the JSON file at `path`, or `nil` when the file is not a
  /// JSON object with one.
  static func format(ofFile path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path),
      case .object(let members)? = try? WeightsJSON.parse(Array(data), file: path),
      let member = members.first(where: { $0.key == "format" }),
      case .string(let format) = member.value
    else { return nil }
    return format
  }

  /// Checks, before any work is done, that a file of `format` can be written at
  /// `path`: the folder exists, `path` is not a folder or special file, and an existing
  /// file there is one of ours (`format`), so a typo cannot overwrite someone's data.
  /// - Throws: `DataError` naming `path` and the problem; `what` names the file kind
  ///   in the message ("model file").
  static func checkDestination(_ path: String, format: String, what: String) throws {
    guard !path.isEmpty else { throw DataError("the \(what) name is empty") }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      guard !isFolder.boolValue else {
        throw DataError(file: path, "is a directory; give a file name for the \(what)")
      }
      var info = stat()
      guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
        throw DataError(file: path, "is not a regular file; give a file name for the \(what)")
      }
      guard JSONDocument.format(ofFile: path) == format else {
        throw DataError(
          file: path,
          "exists and is not a \(what) (no \"format\": \"\(format)\"); "
            + "refusing to overwrite it: delete it or choose another name")
      }
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw DataError(file: path, "cannot be written: its folder does not exist or is not a folder")
    }
    guard access(folder, W_OK) == 0 else {
      throw DataError(file: path, "cannot be written: its folder is not writable")
    }
  }
}
