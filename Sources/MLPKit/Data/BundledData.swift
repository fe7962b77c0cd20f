/// The data sets shipped inside the library, parsed from their CSV text on first use.
///
/// `IrisData.swift` and `DigitsData.swift` are generated from sklearn's bundled files
/// by `Tools/reference/datasets_embed.py`; a `static let` parses each once per process
/// (thread-safely) and keeps the result.
enum BundledData {
  static let iris = Result {
    try CSVReader(target: "target").read(text: irisCSV, source: "IrisData.swift")
  }
  static let digits = Result {
    try CSVReader(target: "target").read(text: digitsCSV, source: "DigitsData.swift")
  }
}

/// Fisher's iris flowers, exactly as sklearn's `load_iris()`.
///
/// `x` is `[150, 4]`: sepal length, sepal width, petal length and petal width in cm,
/// named as sklearn names them (`sepal length (cm)`, …). `y` holds the species as
/// names, `setosa`, `versicolor`, `virginica` (sklearn's `target_names[target]`), 50 of
/// each in sklearn's row order; the target is called `target`, as in sklearn's frame.
/// Three classes, one of them linearly separable: the data set of §4.5.
/// - Throws: only if the embedded text were damaged (a `DataError`).
/// Introduced in §4.5.
public func loadIris() throws -> Dataset {
  try BundledData.iris.get()
}

/// The 8×8 handwritten digits, exactly as sklearn's `load_digits(n_class:)`.
///
/// `x` is `[samples, 64]`: pixel intensities 0…16, row by row, named `pixel_0_0` …
/// `pixel_7_7` as in sklearn; `y` holds the digits as integer labels. With all ten
/// classes there are 1797 samples; `nClass: k` keeps the samples of digits `0..<k`, in
/// order, as sklearn does.
/// - Throws: `ParameterError` unless `1 ≤ nClass ≤ 10`.
/// Introduced in §4.5.
public func loadDigits(nClass: Int = 10) throws -> Dataset {
  guard (1...10).contains(nClass) else {
    throw ParameterError(
      parameter: "nClass", expected: "in 1...10 (how many digits to keep)", got: "\(nClass)")
  }
  let all = try BundledData.digits.get()
  guard nClass < 10 else { return all }
  let kept = all.y.indices.filter { i in
    if case .int(let digit) = all.y[i] { digit < nClass } else { false }
  }
  return try all.rows(kept)
}
