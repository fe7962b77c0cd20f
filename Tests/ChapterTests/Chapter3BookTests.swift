import Foundation
import Testing

/// Part 3 of book.md shows chapter 3's code and output; both must be the real ones.
/// (A stand-in until the doc-test tool checks every chapter.)
@Suite struct Chapter3BookTests {
  static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The fenced blocks that follow a line starting with `marker`, with that line.
  static func blocks(after marker: String) throws -> [(marker: String, lines: [String])] {
    let book = try String(
      contentsOf: package.appendingPathComponent("book.md"), encoding: .utf8)
    let lines = book.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var found: [(String, [String])] = []
    for (i, line) in lines.enumerated() where line.hasPrefix(marker) {
      guard i + 1 < lines.count, lines[i + 1].hasPrefix("```") else { continue }
      let end = lines[(i + 2)...].firstIndex { $0 == "```" } ?? lines.count
      found.append((line, Array(lines[(i + 2)..<end])))
    }
    return found
  }

  @Test func everyOutputBlockIsWhatTheChapterPrints() throws {
    let output = try ChapterRunner.cachedRun("chapter3").lines
    let blocks = try Self.blocks(after: "<!-- output: chapter3 -->")
    #expect(blocks.count == 8)
    for block in blocks {
      // `...` stands for any lines; the pieces between must appear in order
      var position = 0
      var piece: [String] = []
      for line in block.lines + ["..."] {
        guard line == "..." else {
          piece.append(line)
          continue
        }
        guard !piece.isEmpty else { continue }
        let start = (position...Swift.max(position, output.count - piece.count)).first { k in
          k + piece.count <= output.count && Array(output[k..<(k + piece.count)]) == piece
        }
        #expect(start != nil, "book.md shows lines the chapter does not print: \(piece)")
        position = (start ?? position) + piece.count
        piece = []
      }
    }
  }

  @Test func everyListingIsTheSourceSection() throws {
    let source = try String(
      contentsOf: Self.package.appendingPathComponent("Chapters/chapter3/main.swift"),
      encoding: .utf8
    ).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let listings = try Self.blocks(after: "<!-- listing: Chapters/chapter3/main.swift#")
    #expect(listings.count == 7, "one listing per section 3.1–3.7")
    for listing in listings {
      let number = String(listing.marker.split(separator: "#").last?.prefix { $0 != " " } ?? "")
      let start = try #require(
        source.firstIndex { $0.hasPrefix("// MARK: - \(number) ") }, "no MARK \(number)")
      let end = source[(start + 1)...].firstIndex { $0.hasPrefix("// MARK: - ") } ?? source.count
      var region = Array(source[(start + 1)..<end])
      while region.first?.isEmpty == true { region.removeFirst() }
      while region.last?.isEmpty == true { region.removeLast() }
      #expect(listing.lines == region, "book.md's listing of §\(number) is out of date")
    }
  }
}
