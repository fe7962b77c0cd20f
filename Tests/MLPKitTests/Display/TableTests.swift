import MLPKit
import Testing

/// Table layout in plain text and Markdown. The expected strings were laid out by hand
/// from the rules in `Table`'s documentation (numbers right, text left, two-space gaps,
/// a `─` rule, greedy word wrap at `maxWidth`, no trailing spaces).
@Suite struct TableTests {
  static func training() throws -> Table {
    try Table(
      columns: [
        Table.Column("Epoch"), Table.Column("Loss", decimals: 4),
        Table.Column("Accuracy", decimals: 4),
      ],
      rows: [[1, 0.7237, 0.495], [10, 0.6, 0.815]])
  }

  static func noTrailingSpaces(_ text: String) -> Bool {
    text.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { !$0.hasSuffix(" ") }
  }

  @Test func numbersRightAlignedWithFixedDecimals() throws {
    let table = try Self.training()
    #expect(
      table.description == """
        Epoch    Loss  Accuracy
        ─────  ──────  ────────
            1  0.7237    0.4950
           10  0.6000    0.8150
        """)
    #expect(
      table.markdown == """
        | Epoch |   Loss | Accuracy |
        | ----: | -----: | -------: |
        |     1 | 0.7237 |   0.4950 |
        |    10 | 0.6000 |   0.8150 |
        """)
  }

  @Test func textWrapsToTheColumnWidth() throws {
    let table = try Table(
      title: "The manual loop",
      columns: [
        Table.Column("Step"), Table.Column("What happens", maxWidth: 24), Table.Column("Code"),
      ],
      rows: [
        [0, "Prepare the data: make moons, split them and scale the features", "make_moons(...)"],
        [1, "Build the model", "MLPClassifier()"],
        [2, "Forward pass and loss", "loss = criterion(model(X), y)"],
      ])
    #expect(
      table.description == """
        The manual loop
        Step  What happens            Code
        ────  ──────────────────────  ─────────────────────────────
           0  Prepare the data: make  make_moons(...)
              moons, split them and
              scale the features
           1  Build the model         MLPClassifier()
           2  Forward pass and loss   loss = criterion(model(X), y)
        """)
    #expect(Self.noTrailingSpaces(table.description))
  }

  @Test func alignmentOverridesEmptyCellsAndLongWords() throws {
    let table = try Table(
      columns: [
        Table.Column("Name", alignment: .right),
        Table.Column("Note", alignment: .center, maxWidth: 5),
      ],
      rows: [["a", "abcdefghij"], ["bb", .empty], ["", "x"]])
    #expect(
      table.description == """
        Name  Note
        ────  ─────
           a  abcde
              fghij
          bb
                x
        """)
    #expect(Self.noTrailingSpaces(table.description))
  }

  @Test func mixedColumnAndWideCharacters() throws {
    let values = try Table(
      columns: [Table.Column("Value", decimals: 2)], rows: [[2.675], ["n/a"], [-3]])
    // 2.675 is stored as 2.67499999…, so Python prints 2.67
    #expect(values.description == "Value\n─────\n 2.67\nn/a\n   -3")
    let done = try Table(headers: ["✅ Done", "Step"])
    var filled = done
    try filled.addRow(["yes", 1])
    #expect(filled.description == "✅ Done  Step\n───────  ────\nyes         1")
    #expect(done.rows.isEmpty)
  }

  @Test func markdownEscapesPipesAndLineBreaks() throws {
    let table = try Table(
      title: "Pitfalls", columns: [Table.Column("Symptom"), Table.Column("Fix")],
      rows: [["Target 2 is out of bounds", "use LabelEncoder | check"], ["a\nb", "c"]])
    #expect(
      table.markdown == """
        **Pitfalls**

        | Symptom                   | Fix                       |
        | :------------------------ | :------------------------ |
        | Target 2 is out of bounds | use LabelEncoder \\| check |
        | a<br>b                    | c                         |
        """)
    #expect(
      table.description == """
        Pitfalls
        Symptom                    Fix
        ─────────────────────────  ────────────────────────
        Target 2 is out of bounds  use LabelEncoder | check
        a                          c
        b
        """)
  }

  @Test func badTablesThrowClearErrors() throws {
    var table = try Self.training()
    let row = #expect(throws: ParameterError.self) { try table.addRow([1, 2]) }
    #expect(
      row?.description
        == "row 3 must be 3 cells, one per column (Epoch, Loss, Accuracy); got 2")
    let decimals = #expect(throws: ParameterError.self) {
      try Table(columns: [Table.Column("Loss", decimals: -1)])
    }
    #expect(decimals?.description == "decimals of column 'Loss' must be an integer >= 0; got -1")
    let width = #expect(throws: ParameterError.self) {
      try Table(columns: [Table.Column("Note", maxWidth: 0)])
    }
    #expect(width?.description == "maxWidth of column 'Note' must be an integer >= 1; got 0")
    let none = #expect(throws: ParameterError.self) { try Table(headers: []) }
    #expect(none?.description == "columns must be at least one column; got none")
  }
}
