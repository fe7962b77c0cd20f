import MLPKit

extension DocTestSession {
  /// Compares a listing's fence with its source region (trailing whitespace aside).
  func checkListing(_ listing: Listing) throws -> Item {
    let location = { (message: String) in
      DataError(
        file: self.book.name, line: listing.markerLine, "listing \(listing.reference): \(message)")
    }
    guard let source = try readSource(listing.path) else {
      throw location("no file '\(listing.path)' (paths are relative to \(book.name)'s folder)")
    }
    let region: SourceRegion
    do {
      region = try SourceRegion.extract(from: source, region: listing.region)
    } catch {
      throw location("\(listing.path) \(error.message)")
    }
    let shown = listing.fence.content.map(TextLines.trimmingTrailingWhitespace)
    let label = "listing \(listing.reference)"
    if shown == region.lines.map(TextLines.trimmingTrailingWhitespace) {
      return Item(kind: .listing, line: listing.markerLine, failure: nil, label: label)
    }
    let from = region.lineNumbers.first ?? 0
    let to = region.lineNumbers.last ?? 0
    let diff = Self.plainDiff(
      old: listing.fence.content, oldLine: listing.fence.firstContentLine,
      new: region.lines, newLineNumber: { region.lineNumbers[$0] },
      minusLabel: "\(book.name):\(listing.fence.firstContentLine) (listing)",
      plusLabel: "\(listing.path):\(from)-\(to) (source)")
    return Item(
      kind: .listing, line: listing.markerLine,
      failure: "\(book.name):\(listing.markerLine): \(label) differs from the source\n\(diff)",
      replacement: .content(listing.fence, region.lines), label: label)
  }

  /// A line diff of two texts with no elisions or tolerance (listings, bless summaries).
  static func plainDiff(
    old: [String], oldLine: Int, new: [String], newLineNumber: @escaping (Int) -> Int,
    minusLabel: String, plusLabel: String, context: Int = 3
  ) -> String {
    let tokenise = { (lines: [String]) in
      lines.map { TokenisedLine(TextLines.trimmingTrailingWhitespace($0)) }
    }
    let steps = LineAlignment.align(
      expected: tokenise(old), isElision: old.map { _ in false }, actual: tokenise(new),
      tolerance: .exact)
    var diff = UnifiedDiff(
      minusLabel: minusLabel, plusLabel: plusLabel, expected: { old[$0] },
      expectedLineNumber: { oldLine + $0 }, actual: { new[$0] }, emptyExpectedLine: oldLine)
    diff.actualLineNumber = newLineNumber
    diff.context = context
    return diff.render(steps)
  }
}
