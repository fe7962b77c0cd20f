import DocTestKit
import Testing

/// `--bless`: rewrite what fails, keep what the author wrote on purpose.
@Suite struct BlessTests {
  static let book = """
    # Training

    <!-- doctest: chapter3 --epochs 4 | tol=1e-4
         capture final_loss = /Epoch 4\\/4 +loss (\\S+)/ -->
    ```text
    Training on 800 samples\u{20}\u{20}\u{20}
    ...
    Epoch 3/4  loss 0.4500  acc 0.8125
    Epoch 4/4  loss 0.4000  acc 0.8500
    ```

    The loss ends at <!--value final_loss-->0.40<!--/value-->.

    <!-- listing: main.swift#3.6 -->
    ```swift
    for epoch in 1...epochs {
      step()
    }
    ```

    """

  static let source = """
    // MARK: - 3.5 Step 4: the update
    func step() {}

    // MARK: - 3.6 The training loop
    for epoch in 1...epochs {
      step()
    }

    """

  static let output = """
    Training on 800 samples
    Epoch 1/4  loss 0.6931  acc 0.5000
    Epoch 2/4  loss 0.5500  acc 0.7000
    Epoch 3/4  loss 0.45004  acc 0.8125
    Epoch 4/4  loss 0.39996  acc 0.8500

    """

  static func bless(_ text: String, output: String = output, source: String = source) throws
    -> BlessReport
  {
    try FakeBook.bless(
      text, stdout: ["chapter3 --epochs 4": output], sources: ["main.swift": source])
  }

  static func check(_ text: String, output: String = output, source: String = source) throws
    -> CheckReport
  {
    try FakeBook.check(
      text, stdout: ["chapter3 --epochs 4": output], sources: ["main.swift": source])
  }

  @Test func blessOfAPassingBookChangesNoByte() throws {
    // within-tolerance numbers, trailing spaces, an elision, a rounded prose value
    #expect(try Self.check(Self.book).passed)
    let report = try Self.bless(Self.book)
    #expect(report.text == Self.book)
    #expect(!report.changed)
    #expect(report.summary == "1 block, 1 listing, 1 prose value: nothing to bless")
  }

  @Test func blessKeepsMarkersElisionsAndNumbersWithinTolerance() throws {
    // epoch 3's loss moves beyond tol, its accuracy stays within; a new line appears
    let output = Self.output.replacingOccurrences(
      of: "Epoch 3/4  loss 0.45004  acc 0.8125",
      with: "Epoch 3/4  loss 0.4550  acc 0.81254\nEarly stopping: no")
    let report = try Self.bless(Self.book, output: output)
    let expected = Self.book.replacingOccurrences(
      of: "Epoch 3/4  loss 0.4500  acc 0.8125",
      with: "Epoch 3/4  loss 0.4550  acc 0.8125\nEarly stopping: no")
    #expect(report.text == expected)
    #expect(report.changedCounts == ItemCounts(blocks: 1, listings: 0, values: 0))
    #expect(
      report.report == """
        book.md:3: chapter3 --epochs 4: blessed
        --- book.md (before)
        +++ book.md (blessed)
        @@ -7,3 +7,4 @@
         ...
        -Epoch 3/4  loss 0.4500  acc 0.8125
        +Epoch 3/4  loss 0.4550  acc 0.8125
        +Early stopping: no
         Epoch 4/4  loss 0.4000  acc 0.8500

        1 block, 1 listing, 1 prose value: blessed 1 block, 0 listings, 0 prose values in book.md
        """)
    // the blessed book passes, and blessing it again changes nothing
    #expect(try Self.check(report.text, output: output).passed)
    #expect(try Self.bless(report.text, output: output).text == report.text)
  }

  @Test func blessReplacesAnOutOfToleranceNumberAndItsProse() throws {
    let output = Self.output.replacingOccurrences(of: "0.39996", with: "0.3712")
    let check = try Self.check(Self.book, output: output)
    #expect(check.failures.map(\.line) == [3, 12])
    let report = try Self.bless(Self.book, output: output)
    let expected = Self.book
      .replacingOccurrences(of: "loss 0.4000", with: "loss 0.3712")
      .replacingOccurrences(of: "-->0.40<!--", with: "-->0.37<!--")
    #expect(report.text == expected)
    #expect(report.changes.map(\.line) == [3, 12])
    #expect(report.changes.last?.message == "book.md:12:41: prose value final_loss: 0.40 → 0.37")
    #expect(try Self.check(report.text, output: output).passed)
    #expect(try Self.bless(report.text, output: output).text == report.text)
  }

  @Test func blessDropsLinesThatAreGoneAndKeepsElisionsMeaningful() throws {
    let text = """
      <!-- doctest: run -->
      ```
      header
      ...
      middle
      ...
      footer
      ```
      """
    let report = try FakeBook.bless(text, stdout: ["run": "header\nfooter\n"])
    // "middle" is gone: its segment empties and the two elisions become one
    #expect(report.text == "<!-- doctest: run -->\n```\nheader\n...\nfooter\n```")
    #expect(try FakeBook.check(report.text, stdout: ["run": "header\nfooter\n"]).passed)
    // a changed last line is blessed in place, not swallowed by the elision before it
    let changed = try FakeBook.bless(text, stdout: ["run": "header\nx\nmiddle\ny\nthe end\n"])
    #expect(
      changed.text == "<!-- doctest: run -->\n```\nheader\n...\nmiddle\n...\nthe end\n```")
  }

  @Test func blessLeavesAnUnexpectedExitStatusToAHuman() throws {
    let text = "<!-- doctest: chapter5 -->\n```\nok\n```\n"
    let commands = FakeCommands([
      "chapter5": CommandOutput(stdout: "partial\n", stderr: "error: bad label\n", exitStatus: 1)
    ])
    let report = try FakeBook.session(text, commands).bless()
    #expect(report.text == text)
    #expect(report.unblessed.map(\.line) == [1])
    #expect(report.unblessed.first?.message.contains("exit status 1, expected 0") == true)
    #expect(
      report.summary
        == "1 block, 0 listings, 0 prose values: nothing to bless; 1 not blessed, fix by hand (book.md:1)"
    )
  }

  @Test func blessFillsAnEmptyBlock() throws {
    let text = "Run it:\n<!-- doctest: c -->\n```text\n```\nDone.\n"
    let report = try FakeBook.bless(text, stdout: ["c": "one\ntwo\n"])
    #expect(report.text == "Run it:\n<!-- doctest: c -->\n```text\none\ntwo\n```\nDone.\n")
  }
}
