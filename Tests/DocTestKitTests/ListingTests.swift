import DocTestKit
import Testing

/// Listings bound to source regions: extraction, drift, bless.
@Suite struct ListingTests {
  static let source = """
    import MLPKit

    // MARK: - 3.2 Step 1: the model
    let model = Sequential([Linear(2, 8), ReLU(), Linear(8, 2)])


    // MARK: - 3.3 Step 2: forward pass and loss
    func train() {
      for epoch in 1...5 {
        // region: forward
        let logits = model(x)  // [batch, outputs]
        let loss = crossEntropy(logits, y)
        // endregion
        print(epoch, loss)
      }
    }
    // MARK: helpers (not a section)
    func helper() {}
    // MARK: - 3.4 Step 3: backward pass
    loss.backward()
    """

  @Test func aMarkSectionRunsToTheNextSectionWithoutItsMarkLine() throws {
    let region = try SourceRegion.extract(from: Self.source, region: "3.2")
    #expect(region.lines == ["let model = Sequential([Linear(2, 8), ReLU(), Linear(8, 2)])"])
    #expect(region.lineNumbers == [4])
  }

  @Test func aSectionIsNamedByNumberOrWholeTitle() throws {
    let byNumber = try SourceRegion.extract(from: Self.source, region: "3.3")
    let byTitle = try SourceRegion.extract(
      from: Self.source, region: "3.3 Step 2: forward pass and loss")
    #expect(byNumber == byTitle)
    // region markers vanish; a `// MARK:` without a dash does not end the section
    #expect(
      byNumber.lines == [
        "func train() {",
        "  for epoch in 1...5 {",
        "    let logits = model(x)  // [batch, outputs]",
        "    let loss = crossEntropy(logits, y)",
        "    print(epoch, loss)",
        "  }",
        "}",
        "// MARK: helpers (not a section)",
        "func helper() {}",
      ])
    #expect(byNumber.lineNumbers == [8, 9, 11, 12, 14, 15, 16, 17, 18])
  }

  @Test func theLastSectionRunsToTheEndOfTheFile() throws {
    let region = try SourceRegion.extract(from: Self.source, region: "3.4")
    #expect(region.lines == ["loss.backward()"])
  }

  @Test func anExplicitRegionIsDedented() throws {
    let region = try SourceRegion.extract(from: Self.source, region: "forward")
    #expect(
      region.lines == [
        "let logits = model(x)  // [batch, outputs]", "let loss = crossEntropy(logits, y)",
      ])
    #expect(region.lineNumbers == [11, 12])
  }

  @Test func noRegionMeansTheWholeFile() throws {
    let region = try SourceRegion.extract(from: "\n\nlet a = 1\n\nlet b = 2\n\n", region: nil)
    #expect(region.lines == ["let a = 1", "", "let b = 2"])
  }

  @Test func missingOrAmbiguousRegionsNameWhatExists() {
    #expect(throws: RegionProblem.self) {
      try SourceRegion.extract(from: Self.source, region: "3.9")
    }
    do {
      _ = try SourceRegion.extract(from: Self.source, region: "3.9")
    } catch {
      #expect(
        error.message
          == "has no region '3.9'; it has region 'forward', '3.2 Step 1: the model',"
          + " '3.3 Step 2: forward pass and loss', '3.4 Step 3: backward pass'")
    }
    let twice = "// MARK: - 1.1 A\nlet a = 1\n// MARK: - 1.1 B\nlet b = 2\n"
    do {
      _ = try SourceRegion.extract(from: twice, region: "1.1")
      Issue.record("an ambiguous region must throw")
    } catch {
      #expect(error.message == "has more than one region '1.1' (line 1 and line 3)")
    }
    do {
      _ = try SourceRegion.extract(from: "// region: open\nlet a = 1\n", region: "open")
      Issue.record("an unended region must throw")
    } catch {
      #expect(error.message == "opens region 'open' on line 1 but never ends it")
    }
  }

  static let book = """
    ## 3.3 Step 2: forward pass and loss

    <!-- listing: Chapters/chapter3/main.swift#3.3 -->
    ```swift
    func train() {
      for epoch in 1...5 {
        let logits = model(x)  // [batch, outputs]
        let loss = crossEntropy(logits, y)
        print(epoch, loss)
      }
    }
    // MARK: helpers (not a section)
    func helper() {}
    ```
    """

  static let path = "Chapters/chapter3/main.swift"

  @Test func aListingThatMatchesItsSourcePasses() throws {
    let report = try FakeBook.check(Self.book, stdout: [:], sources: [Self.path: Self.source])
    #expect(report.text == "0 blocks, 1 listing, 0 prose values: all pass")
  }

  @Test func listingDriftFailsWithADiffAgainstTheSourceLines() throws {
    let drifted = Self.source.replacingOccurrences(
      of: "print(epoch, loss)", with: "print(\"epoch \\(epoch): \\(loss)\")")
    let report = try FakeBook.check(Self.book, stdout: [:], sources: [Self.path: drifted])
    #expect(
      report.failures.first?.message == """
        book.md:3: listing Chapters/chapter3/main.swift#3.3 differs from the source
        --- book.md:5 (listing)
        +++ Chapters/chapter3/main.swift:8-18 (source)
        @@ -6,7 +9,7 @@
           for epoch in 1...5 {
             let logits = model(x)  // [batch, outputs]
             let loss = crossEntropy(logits, y)
        -    print(epoch, loss)
        +    print("epoch \\(epoch): \\(loss)")
           }
         }
         // MARK: helpers (not a section)
        """)
    // bless refreshes the fence from the source, and then the book passes
    let blessed = try FakeBook.bless(Self.book, stdout: [:], sources: [Self.path: drifted])
    #expect(
      blessed.text
        == Self.book.replacingOccurrences(
          of: "print(epoch, loss)", with: "print(\"epoch \\(epoch): \\(loss)\")"))
    #expect(blessed.changedCounts == ItemCounts(blocks: 0, listings: 1, values: 0))
    let again = try FakeBook.check(blessed.text, stdout: [:], sources: [Self.path: drifted])
    #expect(again.passed)
  }

  @Test func aMissingFileOrRegionIsALocatedError() {
    #expect(
      FakeBook.error(Self.book, sources: [:])
        == "book.md:3: listing Chapters/chapter3/main.swift#3.3: no file"
        + " 'Chapters/chapter3/main.swift' (paths are relative to book.md's folder)")
    #expect(
      FakeBook.error(Self.book, sources: [Self.path: "// MARK: - 3.1 Data\nlet x = 1\n"])
        == "book.md:3: listing Chapters/chapter3/main.swift#3.3: Chapters/chapter3/main.swift"
        + " has no region '3.3'; it has '3.1 Data'")
  }
}
