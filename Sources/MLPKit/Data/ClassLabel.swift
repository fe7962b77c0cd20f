/// A class label as a user writes it: an integer (`0`, `1`, `7`) or a name
/// (`"setosa"`).
///
/// Labels sort as sklearn sorts them (`np.unique`): integers numerically, names by
/// their Unicode code points. Comparing an integer with a name has no order, so a
/// label set that mixes the two is rejected by `ClassLabel.sortedClasses(_:)`, as
/// sklearn rejects it. Introduced in §4.6.
public enum ClassLabel: Hashable, Sendable, Codable, CustomStringConvertible,
  ExpressibleByIntegerLiteral, ExpressibleByStringLiteral
{
  case int(Int)
  case string(String)

  public init(integerLiteral value: Int) { self = .int(value) }
  public init(stringLiteral value: String) { self = .string(value) }

  /// A label read from text: an integer when the text is one, otherwise the text.
  public init(parsing text: String) {
    if let value = Int(text) { self = .int(value) } else { self = .string(text) }
  }

  /// Two labels are equal when they are the same integer, or names with the same
  /// Unicode code points. (Swift's `String ==` treats canonically equivalent text as
  /// equal — precomposed "é" and "e" + combining accent — but NumPy, and so sklearn,
  /// sees two different classes; so do we.)
  public static func == (lhs: ClassLabel, rhs: ClassLabel) -> Bool {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)): return a == b
    case (.string(let a), .string(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
    default: return false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .int(let value):
      hasher.combine(0)
      hasher.combine(value)
    case .string(let value):
      hasher.combine(1)
      for scalar in value.unicodeScalars { hasher.combine(scalar.value) }
    }
  }

  /// The label as it prints: `7` or `setosa`.
  public var description: String {
    switch self {
    case .int(let value): return "\(value)"
    case .string(let value): return value
    }
  }

  /// The sorted distinct labels of `labels` (sklearn's `classes_`).
  /// - Throws: `LabelError` when integers and names are mixed.
  public static func sortedClasses(_ labels: [ClassLabel]) throws -> [ClassLabel] {
    let distinct = Set(labels)
    let ints = distinct.compactMap { label -> Int? in
      if case .int(let v) = label { return v } else { return nil }
    }
    let strings = distinct.compactMap { label -> String? in
      if case .string(let v) = label { return v } else { return nil }
    }
    guard ints.isEmpty || strings.isEmpty else {
      throw LabelError(
        "labels mix integers and names (e.g. \(ints.sorted()[0]) and '\(strings.sorted(by: codePointOrder)[0])'); "
          + "use one kind of label for every sample")
    }
    return ints.sorted().map(ClassLabel.int)
      + strings.sorted(by: codePointOrder).map(ClassLabel.string)
  }

  /// NumPy orders strings by Unicode code points; Swift's `<` on `String` compares
  /// canonical Unicode order, which can differ, so compare scalars explicitly.
  static func codePointOrder(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
  }
}

extension ClassLabel {
  /// Integer labels for convenience: `ClassLabel.labels([0, 1, 1])`.
  public static func labels(_ values: [Int]) -> [ClassLabel] { values.map(ClassLabel.int) }
  /// Name labels for convenience: `ClassLabel.labels(["cat", "dog"])`.
  public static func labels(_ values: [String]) -> [ClassLabel] { values.map(ClassLabel.string) }
}

extension LabelTensor {
  /// Integer labels as a 1-D label tensor, ready for a loss that wants class indices.
  /// - Throws: `LabelError` at the first name label: names must be encoded first
  ///   (with `LabelEncoder`).
  public init(classLabels labels: [ClassLabel]) throws {
    var values = [Int]()
    values.reserveCapacity(labels.count)
    for (position, label) in labels.enumerated() {
      guard case .int(let value) = label else {
        throw LabelError(
          "label '\(label)' at position \(position) is a name, not a class index; "
            + "encode names with LabelEncoder first")
      }
      values.append(value)
    }
    self.init(values)
  }

  /// The values as integer `ClassLabel`s.
  public var classLabels: [ClassLabel] { values.map(ClassLabel.int) }
}
