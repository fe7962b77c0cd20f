import MLPKit

// The small blocks every section prints: caught errors, what PyTorch and sklearn say,
// and labels lined up by name (paragraphs and results: Narrative.explain and .show).

/// Runs `body`, which the lesson expects to fail, and prints the library's error as
/// `Type: message` (see `Narrative.caught`). Says so when nothing was thrown.
func showCaught(_ body: () throws -> Void) {
  do {
    try body()
    print("(no error was thrown)")
  } catch {
    Narrative.printCaught(error)
  }
}

/// `PyTorch 2.15:  IndexError: …`, wrapped under its own start.
func pyTorchLine(_ message: String) -> String { referenceLine("PyTorch 2.15:  ", message) }

/// `sklearn 1.9.1:  ValueError: …`, wrapped under its own start.
func sklearnLine(_ message: String) -> String { referenceLine("sklearn 1.9.1:  ", message) }

/// `lead` then `message`, continuation lines indented to the message.
func referenceLine(_ lead: String, _ message: String) -> String {
  let indent = String(repeating: " ", count: lead.count)
  let wrapped = Narrative.wrappedLines(message, width: Narrative.lineWidth - lead.count)
  return wrapped.enumerated().map { ($0.offset == 0 ? lead : indent) + $0.element }
    .joined(separator: "\n")
}

extension Narrative {
  /// `text` as lines of at most `width` columns (words are never cut).
  static func wrappedLines(_ text: String, width: Int) -> [String] {
    ((try? wrap(text, width: width)) ?? text).split(separator: "\n").map(String.init)
  }
}

/// PyTorch's error for the first target outside `0..<columns`, as `cross_entropy`
/// raises it on the CPU: `IndexError: Target 2 is out of bounds.`
func targetError(_ target: LabelTensor, columns: Int) -> String {
  guard let bad = target.values.first(where: { $0 < 0 || $0 >= columns }) else {
    return "(no error)"
  }
  return "IndexError: Target \(bad) is out of bounds."
}

/// sklearn's `LabelEncoder.transform` error: names report only the first unseen label
/// (a failed dictionary lookup), numbers every unseen one.
func unseenError(_ y: [ClassLabel], known: [ClassLabel]) -> String {
  let unseen = y.filter { !known.contains($0) }
  guard let first = unseen.first else { return "(no error)" }
  let lead = "ValueError: y contains previously unseen labels: "
  if case .string(let name) = first { return lead + "np.str_('\(name)')" }
  let numbers = Set(unseen.map(\.description)).sorted { Int($0) ?? 0 < Int($1) ?? 0 }
  return lead + "[" + numbers.map { "np.int64(\($0))" }.joined(separator: ", ") + "]"
}

/// Labels as NumPy prints an array of them: names quoted, numbers right-aligned to
/// the widest (`['bird' 'cat']`, `[-1  3]`), space-separated.
func numpyArray(_ labels: [ClassLabel]) -> String {
  let cells = labels.map(\.quotedDescription)
  let width =
    labels.allSatisfy({ if case .int = $0 { true } else { false } })
    ? cells.map(\.count).max() ?? 0 : 0
  let padded = cells.map { String(repeating: " ", count: max(0, width - $0.count)) + $0 }
  return "[" + padded.joined(separator: " ") + "]"
}

/// sklearn's `LabelEncoder.inverse_transform` error: the indices outside
/// `0..<classCount`, sorted and without repeats, as a NumPy array.
func outOfRangeError(_ indices: LabelTensor, classCount: Int) -> String {
  let bad = Set(indices.values.filter { $0 < 0 || $0 >= classCount }).sorted()
  guard !bad.isEmpty else { return "(no error)" }
  return "ValueError: y contains previously unseen labels: " + numpyArray(ClassLabel.labels(bad))
}

/// sklearn's error for names compared with numbers (`accuracy_score` and friends),
/// with the two sorted label sets as NumPy arrays.
func mixedTypesError(_ names: [ClassLabel], _ numbers: [ClassLabel]) -> String {
  let sorted = { (labels: [ClassLabel]) in (try? ClassLabel.sortedClasses(labels)) ?? labels }
  return "ValueError: Mix of label input types (string and number); Got "
    + "\(numpyArray(sorted(names))) and \(numpyArray(sorted(numbers)))."
}

/// Named values, one per line, the values lined up after the longest name and
/// wrapped under themselves when they do not fit in 80 columns.
func aligned(_ rows: [(String, String)]) -> String {
  let width = rows.map(\.0.count).max() ?? 0
  let indent = String(repeating: " ", count: width + 2)
  return rows.map { name, value in
    Narrative.wrappedLines(value, width: Narrative.lineWidth - indent.count).enumerated().map {
      ($0.offset == 0 ? name.padding(toLength: width + 2, withPad: " ", startingAt: 0) : indent)
        + $0.element
    }.joined(separator: "\n")
  }.joined(separator: "\n")
}

/// Named lists of labels, one per line, lined up as `aligned`.
func labelLines(_ rows: [(String, [ClassLabel])]) -> String {
  aligned(rows.map { ($0.0, $0.1.listDescription) })
}

/// What an encoder learnt from `y` and what it made of it.
func encodingLines(_ encoder: LabelEncoder, _ y: [ClassLabel], _ encoded: LabelTensor) -> String {
  aligned([
    ("y", y.listDescription), ("encoder.classes", encoder.classes.listDescription),
    ("encoded", "\(encoded)"),
  ])
}

/// `index 0 is 'bird'; the first label seen is 'dog'`.
func firstSeenLine(_ y: [ClassLabel], _ encoder: LabelEncoder) -> String {
  let first = y.first?.quotedDescription ?? "none"
  let zero = encoder.classes.first?.quotedDescription ?? "none"
  return "index 0 is \(zero); the first label seen is \(first)"
}

/// The samples with their labels, as the file has them.
func samplesView(_ data: Dataset) throws -> AnnotatedView {
  try data.x.annotated(
    "x", decimals: 1, rowLabel: { "sample \($0 + 1)" }, columnLabels: data.featureNames,
    marker: { "label \(data.y[$0])" })
}
