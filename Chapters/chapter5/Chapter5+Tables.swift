import MLPKit

// The comparison tables: how labels sort (§5.3), who encodes (§5.6), and the
// checklist (§5.8).

/// Each label list with its kind, the encoder's classes and the encoded indices.
func sortingTable(_ cases: [[ClassLabel]]) throws -> Table {
  var table = try Table(columns: [
    Table.Column("y"), Table.Column("kind"), Table.Column("encoder.classes"),
    Table.Column("encoded"),
  ])
  for y in cases {
    var encoder = LabelEncoder()
    let encoded = try encoder.fitTransform(y)
    let kind = y.allSatisfy { if case .int = $0 { true } else { false } } ? "numbers" : "text"
    try table.addRow([
      .text(y.listDescription), .text(kind), .text(encoder.classes.listDescription),
      .text(encoded.values.description),
    ])
  }
  return table
}

/// Where the labels are encoded and decoded, sklearn against the manual loop.
func whoEncodesTable() throws -> Table {
  try Table(
    columns: [
      Table.Column("step"), Table.Column("MLPClassifier"), Table.Column("manual loop"),
    ],
    rows: [
      ["encode the labels", "inside fit", "encoder.fitTransform(y)"],
      ["class of column i", "clf.classes[i]", "encoder.classes[i]"],
      ["number of outputs", "chosen by fit", "encoder.classes.count"],
      ["decode predictions", "predict returns labels", "encoder.inverseTransform(…)"],
    ])
}

/// The chapter's pitfalls: what you see, and what to do.
func checklistTable() throws -> Table {
  try Table(
    columns: [
      Table.Column("§"), Table.Column("pitfall", maxWidth: 13),
      Table.Column("symptom", maxWidth: 27), Table.Column("fix", maxWidth: 30),
    ],
    rows: [
      [
        "5.1", "labels 1, 2", "LabelError: target out of bounds",
        "LabelEncoder().fitTransform(y)",
      ],
      [
        "5.2", "extra output", "trains; column 0 unused; its indices decode wrongly",
        "C = encoder.classes.count",
      ],
      [
        "5.3", "sorted names", "index 0 ≠ first label seen; \"10\" < \"9\" as text",
        "read encoder.classes; ClassLabel(parsing:)",
      ],
      [
        "5.4", "unseen labels", "LabelError naming the unseen and the known labels",
        "set them aside: rows(where:)",
      ],
      [
        "5.5", "raw indices", "[2, 0, 1] printed; metrics reject names vs numbers",
        "inverseTransform(argmax)",
      ],
      [
        "5.6", "fit vs loop", "fit takes any labels, a loss takes 0…C−1",
        "loop: encode, then decode",
      ],
      [
        "5.7", "binary", "1 output, 2 proba columns; 1 class fits silently",
        "read columns by classes; check for ≥ 2 classes",
      ],
    ])
}
