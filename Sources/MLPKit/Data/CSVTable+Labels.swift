/// What the target column's texts are as class labels, by the rules pandas and
/// sklearn apply to the same file.
extension CSVTable {
  /// The texts pandas reads as a missing value (`read_csv`'s default `na_values`,
  /// less the empty field, which is an error of its own).
  static let missingMarkers: Set<String> = [
    "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
    "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null",
  ]

  /// One `ClassLabel` per distinct label text, in `labelTexts` order.
  ///
  /// Integers when every label is one (`0`, `1`, `-3`); names when any label is text,
  /// as a pandas column holding any text is text. A column pandas would read as
  /// floats — numbers, some with a decimal point or exponent, possibly with missing
  /// markers — is what sklearn rejects or merges: a missing marker (`NA`, `nan`) is
  /// "Input y contains NaN", an infinity likewise, a value with a fraction (`0.5`) is a
  /// continuous (regression) target ("Unknown label type"). Those throw, located at
  /// their first row; whole values written as floats (`1.0`, `2e0`) are the integers
  /// they equal, so `1` and `1.0` are one class, as in sklearn.
  /// - Throws: `DataError` at the first label that is missing, infinite or fractional.
  func distinctLabels() throws -> [ClassLabel] {
    let parsed = labelTexts.map(ClassLabel.init(parsing:))
    if parsed.allSatisfy({ if case .int = $0 { true } else { false } }) { return parsed }
    let numbers = labelTexts.map(Self.floatValue)
    let isFloatColumn = zip(labelTexts, numbers).allSatisfy {
      $1 != nil || Self.missingMarkers.contains($0)
    }
    guard isFloatColumn else { return labelTexts.map(ClassLabel.string) }
    // the earliest offending label in the file, if any
    let offending = labelTexts.indices.filter { id in
      guard let value = numbers[id] else { return true }  // a missing marker
      return !value.isFinite || value.rounded() != value || Swift.abs(value) >= 0x1p63
    }
    if let id = offending.min(by: { labelPlaces[$0] < labelPlaces[$1] }) {
      let text = labelTexts[id]
      let place = labelPlaces[id]
      let column = columnLabel(header.firstIndex(of: target) ?? 0)
      let quoted = CSVText.quoted(text)
      let problem: String
      if let value = numbers[id], value.isInfinite {
        problem =
          "label \(quoted) in \(column) is infinite; a class label is a whole number or a name"
      } else if let value = numbers[id], value.rounded() == value {
        problem = "label \(quoted) in \(column) is too large for a whole-number class label"
      } else if let value = numbers[id], !value.isNaN {
        problem =
          "label \(quoted) in \(column) is not a whole number: the column holds continuous "
          + "values, a regression target rather than class labels (sklearn: Unknown label "
          + "type: continuous); use whole numbers or names as labels"
      } else {
        problem =
          "label \(quoted) in \(column) marks a missing value (pandas reads it as NaN and "
          + "sklearn refuses it: Input y contains NaN); give the row a label or remove it"
      }
      throw error(place.line, place.column, problem)
    }
    return numbers.map { .int(Int($0 ?? 0)) }
  }

  /// The number a label text is when pandas would read it as a float; `nil` for text.
  private static func floatValue(_ text: String) -> Double? {
    // Swift also reads hexadecimal floats (0x1p3); pandas reads them as text
    guard !text.lowercased().contains("x"), let value = Double(text) else { return nil }
    return value
  }
}
