import Foundation

/// Reading and writing the JSON of `saveWeights` / `loadWeights`. Introduced in §3.7.
enum WeightsFile {
  static let formatName = "mlp-workbook-weights"

  /// A tensor as JSON: a number, a list, or a list of row lists.
  static func encode(_ t: Tensor) -> String {
    func number(_ v: Double) -> String { "\(v)" }  // shortest text that reads back exactly
    switch t.rank {
    case 0: return t.scalars.map(number).joined()
    case 1: return "[" + t.scalars.map(number).joined(separator: ", ") + "]"
    default:
      return "["
        + t.rowArrays.map { "[" + $0.map(number).joined(separator: ", ") + "]" }
        .joined(separator: ", ") + "]"
    }
  }

  /// The `(name, tensor)` entries of a weights file, in file order.
  static func read(_ path: String) throws -> [(name: String, value: Tensor)] {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw DataError(file: path, "is a directory, not a weights file")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw DataError(
        file: path, exists ? "cannot read the weights file" : "no such weights file")
    }
    guard !data.isEmpty else { throw DataError(file: path, "the weights file is empty") }
    let root = try WeightsJSON.parse(Array(data), file: path)
    guard case .object(let members) = root else {
      throw DataError(
        file: path, line: 1, column: 1,
        "expected a JSON object of weights, found \(root.kind)")
    }
    var parameters = members
    if let format = members.first(where: { $0.key == "format" }) {
      // the workbook's own format: check its header, then read "parameters"
      guard case .string(formatName) = format.value else {
        throw DataError(
          file: path, line: format.line, column: format.column,
          "unknown \"format\"; expected \"\(formatName)\"")
      }
      if let version = members.first(where: { $0.key == "version" }) {
        guard case .number(1, _) = version.value else {
          throw DataError(
            file: path, line: version.line, column: version.column,
            "unsupported \"version\"; this library reads version 1")
        }
      }
      guard let inner = members.first(where: { $0.key == "parameters" }) else {
        throw DataError(file: path, "the file has no \"parameters\" object")
      }
      guard case .object(let entries) = inner.value else {
        throw DataError(
          file: path, line: inner.line, column: inner.column,
          "\"parameters\" must be an object of name: list, found \(inner.value.kind)")
      }
      parameters = entries
    }
    return try parameters.map {
      ($0.key, try tensor($0.value, name: $0.key, path, $0.line, $0.column))
    }
  }

  /// A number, a list of numbers or a list of equal-length lists as a `Tensor`.
  static func tensor(
    _ value: WeightsJSON.Value, name: String, _ path: String, _ line: Int, _ column: Int
  ) throws -> Tensor {
    func scalar(_ v: WeightsJSON.Value, _ line: Int, _ column: Int, _ at: String) throws -> Double {
      guard case .number(let x, let text) = v else {
        throw DataError(
          file: path, line: line, column: column,
          "\(name)\(at): expected a number, found \(v.kind)")
      }
      guard x.isFinite else {
        throw DataError(
          file: path, line: line, column: column, "\(name)\(at): non-finite value \(text)")
      }
      return x
    }
    switch value {
    case .number: return Tensor(scalar: try scalar(value, line, column, ""))
    case .array(let items):
      if items.allSatisfy({ if case .array = $0.value { return true } else { return false } }),
        !items.isEmpty
      {
        var rows: [[Double]] = []
        for (r, row) in items.enumerated() {
          guard case .array(let cells) = row.value else { continue }
          rows.append(
            try cells.enumerated().map { c, cell in
              if case .array = cell.value {
                throw DataError(
                  file: path, line: cell.line, column: cell.column,
                  "\(name)[\(r)][\(c)]: tensors here have at most 2 dimensions")
              }
              return try scalar(cell.value, cell.line, cell.column, "[\(r)][\(c)]")
            })
          if rows[r].count != rows[0].count {
            throw DataError(
              file: path, line: row.line, column: row.column,
              "\(name): row \(r) has \(rows[r].count) numbers but row 0 has \(rows[0].count)")
          }
        }
        return try Tensor(rows: rows)
      }
      return Tensor(
        try items.enumerated().map { i, item in
          try scalar(item.value, item.line, item.column, "[\(i)]")
        })
    default:
      throw DataError(
        file: path, line: line, column: column,
        "\(name): expected a number or a (nested) list of numbers, found \(value.kind)")
    }
  }
}
