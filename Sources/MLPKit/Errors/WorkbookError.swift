import Foundation

/// The errors a user of the workbook can cause: a bad shape, a bad parameter, a bad
/// label, a bad file. Each one says what went wrong and where, in one line, so a
/// command can print it on stderr and exit non-zero.
///
/// Every type conforms to `LocalizedError` as well, so `error.localizedDescription`
/// and swift-argument-parser print the same message. Introduced in §1.1.
public protocol WorkbookError: Error, CustomStringConvertible, LocalizedError {}

extension WorkbookError {
  public var errorDescription: String? { description }
}

/// Two tensors whose shapes do not fit an operation.
///
/// The message names the operation and every shape involved, e.g.
/// `matmul: shapes [800, 2] and [10, 2] do not fit (inner dimensions 2 and 10 differ)`.
public struct ShapeError: WorkbookError, Equatable {
  public let operation: String
  public let shapes: [[Int]]
  public let reason: String

  public init(operation: String, shapes: [[Int]], reason: String) {
    self.operation = operation
    self.shapes = shapes
    self.reason = reason
  }

  public var description: String {
    let listed = shapes.map { "\($0)" }
    if listed.count == 1 { return "\(operation): shape \(listed[0]) does not fit (\(reason))" }
    return "\(operation): shapes \(listed.joined(separator: " and ")) do not fit (\(reason))"
  }
}

/// A hyperparameter or argument outside its allowed range.
///
/// `learningRateInit must be > 0 (a number in (0, ∞)); got 0.0`.
public struct ParameterError: WorkbookError, Equatable {
  public let parameter: String
  public let expected: String
  public let got: String

  public init(parameter: String, expected: String, got: String) {
    self.parameter = parameter
    self.expected = expected
    self.got = got
  }

  public var description: String { "\(parameter) must be \(expected); got \(got)" }
}

/// A class label the model or encoder cannot handle: out of range, unseen, or a
/// single class. The message names the label, where it is, and what is allowed.
public struct LabelError: WorkbookError, Equatable {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// A problem with a file or with data read from one, located as `file:line:column`
/// when those are known (lines and columns count from 1).
public struct DataError: WorkbookError, Equatable {
  public let file: String?
  public let line: Int?
  public let column: Int?
  public let message: String

  public init(file: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    var location = file ?? ""
    if let line { location += (location.isEmpty ? "line " : ":") + "\(line)" }
    if let column, line != nil { location += ":\(column)" }
    return location.isEmpty ? message : "\(location): \(message)"
  }
}

/// Asking an estimator for predictions before it has been fitted.
public struct NotFittedError: WorkbookError, Equatable {
  public let estimator: String
  public init(estimator: String) { self.estimator = estimator }
  public var description: String {
    "This \(estimator) instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator."
  }
}
