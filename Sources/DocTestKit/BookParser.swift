import Foundation
import MLPKit

/// Reads book.md into a `Book`: markers, their fences and the prose values.
///
/// Markers and values inside fenced blocks are content, not syntax, so a book can
/// show the doc-test syntax itself in a ```` ```markdown ```` fence (the preface
/// does). Every malformed construct throws a `DataError` located at `book.md:LINE`.
/// Introduced in §1.1.
public enum BookParser {
  /// Parses `text`; `name` is how messages refer to the file (e.g. `book.md`).
  public static func parse(_ text: String, name: String) throws -> Book {
    var book = Book(name: name, lines: TextLines.split(text), blocks: [], listings: [], values: [])
    let lines = book.lines
    var i = 0
    while i < lines.count {
      let trimmed = TextLines.trimmingLeadingWhitespace(lines[i])
      if let open = FenceOpening(trimmed) {
        i = try readFence(lines, from: i, open, file: name).closeLine
        continue
      }
      if let keyword = try markerKeyword(trimmed, file: name, line: i + 1) {
        let (body, end) = try readComment(lines, from: i, keyword: keyword, file: name)
        var j = end + 1
        while j < lines.count, TextLines.trimmingTrailingWhitespace(lines[j]).isEmpty { j += 1 }
        guard j < lines.count,
          let open = FenceOpening(TextLines.trimmingLeadingWhitespace(lines[j]))
        else {
          throw DataError(
            file: name, line: i + 1,
            "the <!-- \(keyword): --> marker must be followed by a fenced block (``` … ```)")
        }
        let fence = try readFence(lines, from: j, open, file: name)
        if keyword == "doctest" {
          book.blocks.append(try outputBlock(body, markerLine: i + 1, fence: fence, file: name))
        } else {
          book.listings.append(try listing(body, markerLine: i + 1, fence: fence, file: name))
        }
        i = fence.closeLine
        continue
      }
      book.values += try proseValues(in: lines[i], line: i + 1, file: name)
      i += 1
    }
    return book
  }

  /// `doctest` or `listing` when the line opens such a marker; throws when it
  /// looks like one but lacks the colon.
  static func markerKeyword(_ trimmed: Substring, file: String, line: Int) throws -> String? {
    guard trimmed.hasPrefix("<!--") else { return nil }
    let rest = trimmed.dropFirst(4).drop { $0 == " " }
    let word = rest.prefix { $0.isLetter }
    guard word == "doctest" || word == "listing" else { return nil }
    guard rest.dropFirst(word.count).drop(while: { $0 == " " }).first == ":" else {
      throw DataError(
        file: file, line: line,
        "a \(word) marker needs a colon: <!-- \(word): \(word == "doctest" ? "COMMAND | OPTIONS" : "PATH#REGION") -->"
      )
    }
    return String(word)
  }

  /// The marker's text after `keyword:` up to `-->` (which may be on a later line),
  /// and the index of the line holding `-->`.
  ///
  /// A marker's options may continue on the next lines, but never into a fence or
  /// another comment: reaching one means the `-->` is missing, reported at the
  /// marker's own line (not as a strange option on the line after it).
  static func readComment(_ lines: [String], from start: Int, keyword: String, file: String)
    throws -> (String, Int)
  {
    var body: [Substring] = []
    for index in start..<lines.count {
      var text = Substring(lines[index])
      if index == start, let colon = text.firstIndex(of: ":") {
        text = text[text.index(after: colon)...]
      } else if index > start {
        let trimmed = TextLines.trimmingLeadingWhitespace(lines[index])
        if FenceOpening(trimmed) != nil || trimmed.hasPrefix("<!--") {
          throw DataError(
            file: file, line: start + 1,
            "the <!-- \(keyword): marker is missing its closing --> (line \(index + 1) starts "
              + (trimmed.hasPrefix("<!--") ? "another comment" : "a fence") + " before any -->)")
        }
      }
      if let close = text.range(of: "-->") {
        body.append(text[..<close.lowerBound])
        let after = TextLines.trimmingLeadingWhitespace(
          TextLines.trimmingTrailingWhitespace(String(text[close.upperBound...])))
        guard after.isEmpty else {
          throw DataError(
            file: file, line: index + 1, "text after the <!-- \(keyword): --> marker: '\(after)'")
        }
        return (body.joined(separator: "\n"), index)
      }
      body.append(text)
    }
    throw DataError(
      file: file, line: start + 1, "the <!-- \(keyword): marker is never closed with -->")
  }

  static func outputBlock(_ body: String, markerLine: Int, fence: Fence, file: String) throws
    -> OutputBlock
  {
    // the command runs to the first `|` or line break; options follow
    let end = body.firstIndex { $0 == "|" || $0 == "\n" } ?? body.endIndex
    let commandText = body[..<end].trimmingCharacters(in: .whitespaces)
    let words = try CommandWords.split(commandText, file: file, line: markerLine)
    guard !words.isEmpty else {
      throw DataError(
        file: file, line: markerLine,
        "the doctest marker names no command: write <!-- doctest: chapter3 --seed 1 -->")
    }
    let options = try BlockOptions.parse(
      String(body[end...]), file: file, firstLine: markerLine)
    return OutputBlock(
      markerLine: markerLine, command: BookCommand(words: words, text: commandText),
      options: options, fence: fence)
  }

  static func listing(_ body: String, markerLine: Int, fence: Fence, file: String) throws
    -> Listing
  {
    let reference = body.trimmingCharacters(in: .whitespacesAndNewlines)
    let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let path = parts.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    let region = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
    guard !path.isEmpty, !reference.contains("\n"), region != "" else {
      throw DataError(
        file: file, line: markerLine,
        "a listing marker reads <!-- listing: PATH#REGION --> (or just PATH) on one line; got '"
          + reference.split(whereSeparator: \.isNewline).joined(separator: " ") + "'")
    }
    return Listing(markerLine: markerLine, path: path, region: region, fence: fence)
  }
}
