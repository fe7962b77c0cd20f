import Foundation

/// Saving and loading a model's weights as JSON.
///
/// The workbook's format, written by `saveWeights(to:)` (parameters in the model's order,
/// numbers in Swift's shortest round-trip form, so `load(save(m)) == m` exactly):
/// ```json
/// {
///   "format": "mlp-workbook-weights",
///   "version": 1,
///   "parameters": {
///     "hidden1.weight": [[-0.005293981172144413, 0.37932288646698], …],
///     "hidden1.bias": [0.2568332850933075, …],
///     …
///   }
/// }
/// ```
/// `loadWeights(from:)` reads that, or a PyTorch `state_dict` exported as a bare
/// `{name: nested list}` object (`Tools/reference/export_state_dict.py`). Weights are
/// matched by name; nothing changes unless every name and shape fits. Introduced in §3.7.
extension Layer {
  /// The weights by name, in parameter order, as `model.state_dict()`.
  public func stateDict() -> [(name: String, value: Tensor)] {
    parameters.map { ($0.name, $0.value) }
  }

  /// Copies `entries` into the parameters with the same names, as `load_state_dict`.
  /// - Throws: `DataError` listing missing and unexpected names, or naming a parameter
  ///   whose shapes differ (both shapes) or that holds a non-finite value; `source`
  ///   names the file in the message.
  public func loadStateDict(_ entries: [(name: String, value: Tensor)], source: String? = nil)
    throws
  {
    let modelNames = parameters.map(\.name)
    let fileNames = entries.map(\.name)
    let missing = modelNames.filter { !fileNames.contains($0) }
    let unexpected = fileNames.filter { !modelNames.contains($0) }
    if !missing.isEmpty || !unexpected.isEmpty {
      var parts: [String] = []
      if !missing.isEmpty { parts.append("missing " + missing.joined(separator: ", ")) }
      if !unexpected.isEmpty { parts.append("unexpected " + unexpected.joined(separator: ", ")) }
      throw DataError(
        file: source,
        "the weights do not fit the model: " + parts.joined(separator: "; ")
          + " (the model has " + modelNames.joined(separator: ", ") + ")")
    }
    for p in parameters {
      guard let value = entries.first(where: { $0.name == p.name })?.value else { continue }
      guard value.shape == p.value.shape else {
        throw DataError(
          file: source,
          "\(p.name) has shape \(value.shape) in the weights but \(p.value.shape) in the model")
      }
      if let i = value.scalars.firstIndex(where: { !$0.isFinite }) {
        throw DataError(
          file: source, "\(p.name) holds a non-finite value \(value.scalars[i]) at flat index \(i)")
      }
    }
    // every check passed: now copy, so a bad file never leaves a half-loaded model
    for p in parameters {
      if let value = entries.first(where: { $0.name == p.name })?.value { p.value = value }
    }
  }

  /// Writes the weights to `path` in the workbook's JSON format, atomically: to a
  /// temporary file beside it first, then renamed over `path`, so a crash never leaves
  /// a half-written file.
  /// - Throws: `DataError` when a value is not finite or the file cannot be written.
  public func saveWeights(to path: String) throws {
    for p in parameters {
      if let i = p.value.scalars.firstIndex(where: { !$0.isFinite }) {
        throw DataError(
          file: path,
          "cannot save \(p.name): it holds a non-finite value \(p.value.scalars[i]) at flat index \(i)"
        )
      }
    }
    let body = parameters.map { p in
      "    \"\(p.name)\": " + WeightsFile.encode(p.value)
    }
    let text =
      "{\n  \"format\": \"\(WeightsFile.formatName)\",\n  \"version\": 1,\n  \"parameters\": {\n"
      + body.joined(separator: ",\n") + "\n  }\n}\n"
    try AtomicFile.save(text, to: path)
  }

  /// Reads weights saved by `saveWeights(to:)` or exported from PyTorch, and loads them.
  /// - Throws: `DataError` with the file and, for malformed JSON, `line:column`; for
  ///   missing or extra names (listed), shape mismatches (both shapes), ragged lists and
  ///   non-finite values (`NaN`, `Infinity`, or numbers too large for a `Double`).
  public func loadWeights(from path: String) throws {
    try loadStateDict(try WeightsFile.read(path), source: path)
  }
}
