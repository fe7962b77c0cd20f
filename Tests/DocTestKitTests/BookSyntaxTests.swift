import DocTestKit
import MLPKit
import Testing

/// Parsing book.md: what counts as a marker, and a located error for each mistake.
@Suite struct BookSyntaxTests {
  @Test func parsesBlocksListingsAndValuesWithLineNumbers() throws {
    let text = """
      # Chapter 3

      <!-- doctest: chapter3 --seed 1 "two words" | tol=1e-4 rtol=1e-6
           exit=1 stream=both
           capture final = /Epoch 50\\/50 .* Accuracy: (\\S+)/ -->
      ```text
      out
      ```
      The accuracy is <!--value final-->0.91<!--/value--> and `<!--value x-->1<!--/value-->`.
      <!-- listing: Chapters/chapter3/main.swift#3.3 Step 2: forward pass and loss -->

      ~~~swift
      let a = 1
      ~~~
      """
    let book = try BookParser.parse(text, name: "book.md")
    let block = try #require(book.blocks.first)
    #expect(block.markerLine == 3)
    #expect(block.command.words == ["chapter3", "--seed", "1", "two words"])
    #expect(block.command.text == "chapter3 --seed 1 \"two words\"")
    #expect(block.options.tolerance.written == "tol=1e-4 rtol=1e-6")
    #expect(block.options.exitStatus == 1)
    #expect(block.options.stream == .both)
    #expect(block.options.captures.map(\.name) == ["final"])
    #expect(block.options.captures.first?.pattern == "Epoch 50\\/50 .* Accuracy: (\\S+)")
    #expect(block.options.captures.first?.line == 5)
    #expect(block.fence.openLine == 6)
    #expect(block.fence.content == ["out"])
    // the value in backticks is an example, not a value
    #expect(book.values.map(\.name) == ["final"])
    #expect(book.values.first?.line == 9)
    #expect(book.values.first?.column == 35)
    #expect(book.values.first?.text == "0.91")
    let listing = try #require(book.listings.first)
    #expect(listing.path == "Chapters/chapter3/main.swift")
    #expect(listing.region == "3.3 Step 2: forward pass and loss")
    #expect(listing.fence.openLine == 12)
    #expect(listing.fence.content == ["let a = 1"])
  }

  @Test func markersInsideFencesAreExamplesNotMarkers() throws {
    // the preface shows the syntax inside a ````markdown fence
    let text = """
      ````markdown
      <!-- doctest: chapter3 -->
      ```text
      out
      ```
      <!-- listing: missing.swift -->
      The accuracy is <!--value final-->0.91<!--/value-->.
      ````
      """
    let book = try BookParser.parse(text, name: "book.md")
    #expect(book.blocks.isEmpty && book.listings.isEmpty && book.values.isEmpty)
    #expect(
      try FakeBook.check(text, stdout: [:]).text == "0 blocks, 0 listings, 0 prose values: all pass"
    )
  }

  @Test(arguments: [
    // (book, message)
    (
      "intro\n<!-- doctest: chapter3 -->\n```text\nout\n",
      "book.md:3: unterminated fence: the ``` opened here is never closed (add a ``` line)"
    ),
    (
      "```swift\nlet a = 1\n\n<!-- doctest: chapter3 -->\n",
      "book.md:1: unterminated fence: the ``` opened here is never closed (add a ``` line)"
    ),
    (
      "<!-- doctest: chapter3 | tolerance=1e-4 -->\n```\n```\n",
      "book.md:1: unknown option 'tolerance=' (options are tol=, rtol=, exit=, stream= and"
        + " capture NAME = /REGEX/)"
    ),
    (
      "<!-- doctest: chapter3 | tol=1e-4 fast -->\n```\n```\n",
      "book.md:1: unknown option 'fast' (options are tol=, rtol=, exit=, stream= and"
        + " capture NAME = /REGEX/)"
    ),
    (
      "<!-- doctest: chapter3 | tol=abc -->\n```\n```\n",
      "book.md:1: tol must be a number ≥ 0, such as 1e-4; got 'abc'"
    ),
    (
      "<!-- doctest: chapter3 | rtol=-1e-3 -->\n```\n```\n",
      "book.md:1: rtol must be a number ≥ 0, such as 1e-4; got '-1e-3'"
    ),
    (
      "<!-- doctest: chapter3 | tol=1e-4\n\n   tol=1e-3 -->\n```\n```\n",
      "book.md:3: option 'tol=' is given twice"
    ),
    (
      "<!-- doctest: chapter3 | exit=300 -->\n```\n```\n",
      "book.md:1: exit must be an exit status in 0…255; got '300'"
    ),
    (
      "<!-- doctest: chapter3 | stream=stdin -->\n```\n```\n",
      "book.md:1: stream must be one of stdout, stderr, both; got 'stdin'"
    ),
    (
      "<!-- doctest: chapter3 |\n  capture acc = /Accuracy: (\\S+) -->\n```\n```\n",
      "book.md:2: capture acc: /Accuracy: (\\S+) has no closing /"
    ),
    (
      "<!-- doctest: chapter3 | capture = /x/ -->\n```\n```\n",
      "book.md:1: a capture needs a name (letters, digits, _): write capture NAME = /REGEX/"
    ),
    (
      "<!-- doctest: | tol=1e-4 -->\n```\n```\n",
      "book.md:1: the doctest marker names no command: write <!-- doctest: chapter3 --seed 1 -->"
    ),
    (
      "<!-- doctest: mlp fit 'my data.csv -->\n```\n```\n",
      "book.md:1: unclosed ' quote in the command 'mlp fit 'my data.csv'"
    ),
    (
      "<!-- doctest chapter3 -->\n```\n```\n",
      "book.md:1: a doctest marker needs a colon: <!-- doctest: COMMAND | OPTIONS -->"
    ),
    (
      "<!-- doctest: chapter3\n```\nout\n```\n",
      "book.md:1: the <!-- doctest: marker is missing its closing --> (line 2 starts a fence"
        + " before any -->)"
    ),
    // the `-->` of a later marker must not close this one (it used to, and the fence
    // was then read as options: "unknown option '```'" on the wrong line)
    (
      "# T\n\n<!-- doctest: chapter2 --seed 3 | tol=1e-3\n```text\nhi\n```\n\n"
        + "<!-- doctest: chapter2 -->\n```\n```\n",
      "book.md:3: the <!-- doctest: marker is missing its closing --> (line 4 starts a fence"
        + " before any -->)"
    ),
    (
      "<!-- doctest: chapter3 | tol=1e-3\n  rtol=1e-2\n~~~\nout\n~~~\n",
      "book.md:1: the <!-- doctest: marker is missing its closing --> (line 3 starts a fence"
        + " before any -->)"
    ),
    (
      "<!-- listing: src/a.swift#2.1\n<!-- doctest: chapter3 -->\n```\n```\n",
      "book.md:1: the <!-- listing: marker is missing its closing --> (line 2 starts another"
        + " comment before any -->)"
    ),
    (
      "<!-- doctest: chapter3 | tol=1e-3\nrtol=1e-2\n",
      "book.md:1: the <!-- doctest: marker is never closed with -->"
    ),
    (
      "<!-- doctest: chapter3 -->\n\nSome prose.\n```\n```\n",
      "book.md:1: the <!-- doctest: --> marker must be followed by a fenced block (``` … ```)"
    ),
    (
      "<!-- doctest: chapter3 --> trailing\n```\n```\n",
      "book.md:1: text after the <!-- doctest: --> marker: 'trailing'"
    ),
    (
      "<!-- listing: #3.3 -->\n```\n```\n",
      "book.md:1: a listing marker reads <!-- listing: PATH#REGION --> (or just PATH) on one line; got '#3.3'"
    ),
    (
      "<!-- listing: Chapters/chapter3/main.swift\n#3.3 -->\n```\n```\n",
      "book.md:1: a listing marker reads <!-- listing: PATH#REGION --> (or just PATH) on one line; "
        + "got 'Chapters/chapter3/main.swift #3.3'"
    ),
    (
      "The accuracy is <!--value acc-->0.91.\n",
      "book.md:1: <!--value acc--> at column 17 has no <!--/value--> on the same line"
    ),
    (
      "The accuracy is <!--value final accuracy-->0.91<!--/value-->.\n",
      "book.md:1: the <!--value …--> at column 17 must read <!--value NAME--> (NAME of letters,"
        + " digits and _, e.g. final_accuracy)"
    ),
    (
      "The accuracy is 0.91<!--/value-->.\n",
      "book.md:1: <!--/value--> at column 21 closes no <!--value NAME-->"
    ),
  ])
  func malformedSyntaxIsALocatedError(book: String, message: String) {
    #expect(FakeBook.error(book) == message)
  }

  @Test func anInvalidRegexIsNamed() {
    let message = FakeBook.error("<!-- doctest: c | capture acc = /(unclosed/ -->\n```\n```\n")
    #expect(
      message?.hasPrefix("book.md:1: capture acc: /(unclosed/ is not a valid regular expression")
        == true)
  }

  @Test func duplicateCapturesAndUnknownValuesAreErrors() {
    let twice = """
      <!-- doctest: a | capture acc = /(\\S+)/ -->
      ```
      ```
      <!-- doctest: b | capture acc = /(\\S+)/ -->
      ```
      ```
      """
    #expect(FakeBook.error(twice) == "book.md:4: capture 'acc' is already declared at book.md:1")
    let unknown = """
      <!-- doctest: a | capture acc = /(\\S+)/ -->
      ```
      ```
      Loss is <!--value loss-->0.5<!--/value-->.
      """
    #expect(
      FakeBook.error(unknown) == "book.md:4:26: no capture named 'loss' (captures: acc)")
    #expect(
      FakeBook.error("It is <!--value loss-->0.5<!--/value-->.")
        == "book.md:1:24: no capture named 'loss' (the book declares none)")
  }

  @Test func aCaptureThatMatchesNothingIsAnError() {
    let book = """
      <!-- doctest: chapter3 | capture acc = /Accuracy: (\\S+)/ -->
      ```
      loss 0.5
      ```
      """
    #expect(
      FakeBook.error(book, stdout: ["chapter3": "loss 0.5\n"])
        == "book.md:1: capture acc = /Accuracy: (\\S+)/ matches no line of the stdout of chapter3")
  }

  @Test func parsingKeepsTheBookByteForByte() throws {
    let text = "a\r\n<!-- doctest: c -->\r\n```\r\nx\r\n```\r\n\nno final newline"
    let book = try BookParser.parse(text, name: "book.md")
    #expect(book.lines.joined(separator: "\n") == text)
    #expect(book.blocks.first?.fence.content == ["x\r"])
    #expect(try FakeBook.check(text, stdout: ["c": "x\n"]).passed)
  }
}
