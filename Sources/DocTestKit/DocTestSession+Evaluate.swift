import MLPKit

extension DocTestSession {
  /// Checks the book in order: names first (cheap mistakes before slow runs), then
  /// listings, then each block against its command's output, then prose values.
  func evaluate() throws -> [Item] {
    let captures = try declaredCaptures()
    for value in book.values where captures[value.name] == nil {
      let known = captures.keys.sorted().joined(separator: ", ")
      throw DataError(
        file: book.name, line: value.line, column: value.column,
        "no capture named '\(value.name)'"
          + (known.isEmpty ? " (the book declares none)" : " (captures: \(known))"))
    }
    var items = try book.listings.map(checkListing)

    var outputs: [[String]: CommandOutput] = [:]
    var captured: [String: String] = [:]
    for block in book.blocks {
      let output: CommandOutput
      if let cached = outputs[block.command.words] {
        output = cached
      } else {
        do {
          output = try runner(block.command)
        } catch {
          throw DataError(
            file: book.name, line: block.markerLine, "\(block.command.text): \(error)")
        }
        outputs[block.command.words] = output
      }
      let check = BlockCheck(block, output: output, book: book.name)
      var failure = check.failure
      for capture in block.options.captures {
        do {
          captured[capture.name] = try value(
            of: capture, in: output.text(block.options.stream), block)
        } catch let error as DataError {
          // on a passing block the regex is wrong: stop; on a failing one the output
          // moved, and its diff says more than the capture can
          guard failure != nil else { throw error }
          failure? += "\n\(error)"
        }
      }
      items.append(
        Item(
          kind: .block, line: block.markerLine, failure: failure,
          replacement: check.blessed.map { .content(block.fence, $0) }, label: block.command.text))
    }

    for value in book.values {
      guard let (capture, block) = captures[value.name] else { continue }
      guard let text = captured[value.name] else {
        items.append(
          Item(
            kind: .value, line: value.line,
            failure: "\(book.name):\(value.line):\(value.column): prose value \(value.name)"
              + " cannot be checked: its capture at \(book.name):\(capture.line) matched nothing",
            label: "prose value \(value.name)"))
        continue
      }
      if ProseNumber.matches(prose: value.text, captured: text, tolerance: block.options.tolerance)
      {
        continue
      }
      let message =
        "\(book.name):\(value.line):\(value.column): prose value \(value.name) reads"
        + " '\(value.text)' but \(block.command.text) printed \(text)"
        + " (captured at \(book.name):\(capture.line))"
      items.append(
        Item(
          kind: .value, line: value.line, failure: message,
          replacement: .value(value, ProseNumber.blessed(prose: value.text, captured: text)),
          label: "prose value \(value.name)"))
    }
    // report in book order, whatever order the checks ran in
    items.sort { ($0.line, $0.label) < ($1.line, $1.label) }
    return items
  }

  /// Every capture by name with its block; a name declared twice is an error.
  func declaredCaptures() throws -> [String: (Capture, OutputBlock)] {
    var captures: [String: (Capture, OutputBlock)] = [:]
    for block in book.blocks {
      for capture in block.options.captures {
        if let (first, _) = captures[capture.name] {
          throw DataError(
            file: book.name, line: capture.line,
            "capture '\(capture.name)' is already declared at \(book.name):\(first.line)")
        }
        captures[capture.name] = (capture, block)
      }
    }
    return captures
  }

  /// The first output line the capture's regex matches: group 1, or the whole match.
  func value(of capture: Capture, in text: String, _ block: OutputBlock) throws -> String {
    let regex = try Regex(capture.pattern)
    for line in TextLines.output(text) {
      let trimmed = TextLines.trimmingTrailingWhitespace(line)
      guard let match = try regex.firstMatch(in: trimmed) else { continue }
      let group = match.output.count > 1 ? match.output[1].substring : match.output[0].substring
      if let group { return String(group) }
    }
    throw DataError(
      file: book.name, line: capture.line,
      "capture \(capture.name) = /\(capture.pattern)/ matches no line of the"
        + " \(block.options.stream.rawValue) of \(block.command.text)")
  }
}
