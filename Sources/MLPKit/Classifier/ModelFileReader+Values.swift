/// The typed values of a model or weights file, each checked where it sits.
extension ModelFileReader {

  func list<T>(
    _ value: WeightsJSON.Value, _ key: String,
    _ element: (WeightsJSON.Value, String) throws -> T
  ) throws -> [T] {
    guard case .array(let items) = value else {
      let at = place(of: key)
      throw error(at.line, at.column, "\(key) must be a list, found \(value.kind)")
    }
    for (i, item) in items.enumerated() { places["\(key)[\(i)]"] = (item.line, item.column) }
    return try items.enumerated().map { i, item in try element(item.value, "\(key)[\(i)]") }
  }

  func string(_ value: WeightsJSON.Value, _ key: String) throws -> String {
    guard case .string(let text) = value else {
      let at = place(of: key)
      throw error(at.line, at.column, "\(key) must be a string, found \(value.kind)")
    }
    return text
  }

  func integer(_ value: WeightsJSON.Value, _ key: String) throws -> Int {
    guard case .number(_, let text) = value, let integer = Int(text) else {
      let at = place(of: key)
      throw error(at.line, at.column, "\(key) must be a whole number, found \(describe(value))")
    }
    return integer
  }

  /// A class label: a whole JSON number (kept exactly, as `Int`) or a string.
  func label(_ value: WeightsJSON.Value, _ key: String) throws -> ClassLabel {
    switch value {
    case .string(let name): return .string(name)
    case .number(_, let text):
      guard let integer = Int(text) else {
        let at = place(of: key)
        throw error(
          at.line, at.column,
          "\(key) is \(text); a class label is a whole number or a string")
      }
      return .int(integer)
    default:
      let at = place(of: key)
      throw error(
        at.line, at.column, "\(key) must be a whole number or a string, found \(value.kind)")
    }
  }

  func number(_ value: WeightsJSON.Value, _ key: String, _ line: Int, _ column: Int) throws
    -> Double
  {
    guard case .number(let x, let text) = value else {
      throw error(line, column, "\(key) must be a number, found \(value.kind)")
    }
    guard x.isFinite else { throw error(line, column, "\(key) is \(text), not a finite number") }
    return x
  }

  func tensor(_ value: WeightsJSON.Value, _ key: String) throws -> Tensor {
    let at = place(of: key)
    return try WeightsFile.tensor(value, name: key, source, at.line, at.column)
  }

  func describe(_ value: WeightsJSON.Value) -> String {
    if case .number(_, let text) = value { return text }
    return value.kind
  }
}
