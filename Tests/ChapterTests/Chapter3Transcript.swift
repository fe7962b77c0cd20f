import Foundation
import Testing

/// Reading chapter 3's printed output the way a student does: by section, by block
/// (a caption line up to the next blank line) and by labelled row.
struct Chapter3Transcript {
  let lines: [String]

  init(_ run: ChapterRun) { lines = run.lines }

  /// The lines printed under the heading `number …` (up to the next heading).
  func section(_ number: String) throws -> [String] {
    let isHeading = { (i: Int) in
      i + 1 < self.lines.count && !self.lines[i].isEmpty
        && self.lines[i + 1].allSatisfy({ $0 == "─" })
        && self.lines[i + 1].count == self.lines[i].count
    }
    let start = try #require(
      lines.indices.first { isHeading($0) && lines[$0].hasPrefix(number + " ") },
      "no section \(number) heading in the output")
    let end = (start + 2..<lines.count).first(where: isHeading) ?? lines.count
    return Array(lines[(start + 2)..<end])
  }

  /// The lines of the block whose first line is `caption` (or, with `prefix`, starts
  /// with it), up to a blank line.
  func block(_ caption: String, prefix: Bool = false, in section: String) throws -> [String] {
    let part = try self.section(section)
    let start = try #require(
      part.firstIndex { prefix ? $0.hasPrefix(caption) : $0 == caption },
      "no block '\(caption)' in section \(section)")
    let end = part[start...].firstIndex(of: "") ?? part.count
    return Array(part[start..<end])
  }

  /// The one line of `block` whose row label is exactly `label` (`neuron 1`, not
  /// `neuron 10`).
  static func row(_ label: String, in block: [String]) throws -> String {
    let matches = block.filter { line in
      let trimmed = line.drop { $0 == " " }
      guard trimmed.hasPrefix(label) else { return false }
      let rest = trimmed.dropFirst(label.count)
      return rest.first == " " || rest.first == "["
    }
    try #require(matches.count == 1, "expected one row '\(label)', found \(matches.count)")
    return matches[0]
  }

  /// The decimal numbers in `text`, in order (`-0.0053`, `+0.0100`, `3.60e-07`).
  static func numbers(in text: String) -> [Double] {
    let pattern = /[-+]?\d+\.\d+(?:e[-+]\d+)?/
    return text.matches(of: pattern).compactMap {
      Double(String($0.output).replacing("+", with: ""))
    }
  }
}

/// Whether `printed` is `reference` correctly rounded to `decimals` places: within half a
/// unit of the last printed digit (plus a hair for the binary representation).
func printedMatches(_ printed: Double, _ reference: Double, decimals: Int = 4) -> Bool {
  abs(printed - reference) <= 0.5 * pow(10, Double(-decimals)) + 1e-12
}

/// Element-wise `printedMatches`, same length required.
func printedMatches(_ printed: [Double], _ reference: [Double], decimals: Int = 4) -> Bool {
  printed.count == reference.count
    && zip(printed, reference).allSatisfy { printedMatches($0, $1, decimals: decimals) }
}
