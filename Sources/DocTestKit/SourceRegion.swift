import Foundation

/// The lines of a source file a listing shows.
///
/// A region is named by a section mark or by explicit markers:
/// - `// MARK: - 3.3 Step 2: forward pass and loss` starts a section that runs to
///   the next `// MARK: -` line or the end of the file. The listing names it by its
///   whole title (`#3.3 Step 2: forward pass and loss`) or by its number (`#3.3`).
///   The MARK line itself is not shown: the book's `## 3.3` heading already says it.
/// - `// region: name` … `// endregion` marks any stretch, even inside a function;
///   regions may nest, and an explicit region wins over a MARK of the same name.
///
/// Region marker lines never appear in a listing; blank lines at either end are
/// dropped, and the common indentation is removed (a region inside a function reads
/// from column 1). Introduced in §1.1.
public struct SourceRegion: Equatable, Sendable {
  /// The lines the listing must show.
  public var lines: [String]
  /// The source line number (from 1) of each shown line.
  public var lineNumbers: [Int]

  /// The region `name` of `source` (`nil`: the whole file).
  /// - Throws: a message naming the missing or ambiguous region and the regions
  ///   the file has (the caller adds the book's location).
  public static func extract(from source: String, region name: String?) throws(RegionProblem)
    -> SourceRegion
  {
    var lines = TextLines.split(source)
    if lines.last == "" { lines.removeLast() }
    let trimmed = lines.map {
      TextLines.trimmingLeadingWhitespace(TextLines.trimmingTrailingWhitespace($0))
    }
    guard let name else { return tidy(lines, Array(lines.indices)) }

    let marks = trimmed.indices.compactMap { i -> (Int, String)? in
      guard trimmed[i].hasPrefix("// MARK: -") else { return nil }
      return (i, trimmed[i].dropFirst("// MARK: -".count).trimmingCharacters(in: .whitespaces))
    }
    let regions = trimmed.indices.compactMap { i -> (Int, String)? in
      guard trimmed[i].hasPrefix("// region:") else { return nil }
      return (i, trimmed[i].dropFirst("// region:".count).trimmingCharacters(in: .whitespaces))
    }
    let explicit = regions.filter { $0.1 == name }
    let byTitle = marks.filter { $0.1 == name }
    let byNumber = marks.filter { $0.1.split(separator: " ").first.map(String.init) == name }
    guard let candidates = [explicit, byTitle, byNumber].first(where: { !$0.isEmpty }) else {
      let known = regions.map { "region '\($0.1)'" } + marks.map { "'\($0.1)'" }
      throw RegionProblem(
        "has no region '\(name)'"
          + (known.isEmpty
            ? " (it has no // MARK: - or // region: lines)"
            : "; it has "
              + known.joined(separator: ", ")))
    }
    guard candidates.count == 1, let start = candidates.first?.0 else {
      let places = candidates.map { "line \($0.0 + 1)" }.joined(separator: " and ")
      throw RegionProblem("has more than one region '\(name)' (\(places))")
    }
    var end = lines.count
    if !explicit.isEmpty {
      // the matching `// endregion`, counting nested regions
      var depth = 0
      end = -1
      for i in (start + 1)..<lines.count {
        if trimmed[i].hasPrefix("// region:") { depth += 1 }
        if trimmed[i].hasPrefix("// endregion") {
          if depth == 0 {
            end = i
            break
          }
          depth -= 1
        }
      }
      guard end >= 0 else {
        throw RegionProblem("opens region '\(name)' on line \(start + 1) but never ends it")
      }
    } else if let next = marks.first(where: { $0.0 > start }) {
      end = next.0
    }
    return tidy(lines, Array((start + 1)..<end))
  }

  /// Drops region marker lines and blank lines at both ends, and dedents.
  private static func tidy(_ lines: [String], _ indices: [Int]) -> SourceRegion {
    var kept = indices.filter {
      let t = TextLines.trimmingLeadingWhitespace(lines[$0])
      return !t.hasPrefix("// region:") && !t.hasPrefix("// endregion")
    }
    func blank(_ i: Int) -> Bool { TextLines.trimmingTrailingWhitespace(lines[i]).isEmpty }
    while let first = kept.first, blank(first) { kept.removeFirst() }
    while let last = kept.last, blank(last) { kept.removeLast() }
    let indent =
      kept.filter { !blank($0) }.map { lines[$0].prefix { $0 == " " || $0 == "\t" }.count }.min()
      ?? 0
    let shown = kept.map { blank($0) ? "" : String(lines[$0].dropFirst(indent)) }
    return SourceRegion(lines: shown, lineNumbers: kept.map { $0 + 1 })
  }
}

/// Why a listing's region could not be read (the caller adds file and line).
public struct RegionProblem: Error, Equatable, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
