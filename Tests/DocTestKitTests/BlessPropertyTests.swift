import DocTestKit
import Foundation
import Testing

/// Bless and elision over many generated books (seeded, so every run sees the same
/// cases): properties that must hold for any output, not just the hand-made ones.
@Suite struct BlessPropertyTests {
  /// SplitMix64: a tiny deterministic generator for test cases.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
  }

  /// A command output: epoch lines, padded tensor rows, notes and blank lines.
  static func output(_ g: inout Generator) -> [String] {
    let count = g.below(25)
    return (0..<count).map { k in
      switch g.below(5) {
      case 0:
        let loss = Double(g.below(10_000)) / 10_000
        return "Epoch \(k + 1)/\(count)  loss \(String(format: "%.4f", loss))"
      case 1:
        let a = Double(g.below(20_000)) / 1000 - 10
        return "        [" + String(format: "%8.4f", a) + ", " + String(format: "%7.4f", a / 3)
          + "]"
      case 2: return ""
      case 3: return "note \(["alpha", "beta", "gamma", "delta"][g.below(4)])"
      default: return "accuracy: \(String(format: "%.3f", Double(g.below(1000)) / 1000))"
      }
    }
  }

  /// Nudges each number of a line by up to `step` (in units of the 4th decimal).
  static func nudged(_ line: String, _ g: inout Generator, step: Int) -> String {
    var result = ""
    var token = ""
    func flush() {
      if let value = Double(token), token.contains(".") {
        let decimals = token.split(separator: ".").last?.count ?? 4
        let moved = value + Double(g.below(2 * step + 1) - step) / 10_000
        result += String(format: "%.\(decimals)f", moved)
      } else {
        result += token
      }
      token = ""
    }
    for c in line {
      if c.isNumber || c == "." || (c == "-" && token.isEmpty) {
        token.append(c)
      } else {
        flush()
        result.append(c)
      }
    }
    flush()
    return result
  }

  /// The book's expected block: the output with elided runs, nudged numbers,
  /// removed, added and changed lines.
  static func expected(from output: [String], _ g: inout Generator) -> [String] {
    var lines: [String] = []
    var i = 0
    while i < output.count {
      let roll = g.below(100)
      if roll < 12 {
        lines.append("...")
        i += g.below(4)  // an elision may stand for no line at all
        continue
      }
      if roll < 22 {
        lines.append(nudged(output[i], &g, step: 30))
      }  // beyond tol=1e-4 mostly
      else if roll < 27 {  // removed from the output: the book has an extra line
        lines.append("stale line \(g.below(9))")
        lines.append(output[i])
      } else if roll < 32 {  // added to the output: the book lacks it
      } else if roll < 36 {
        lines.append(output[i] + " changed")
      } else {
        lines.append(output[i])
      }
      i += 1
    }
    return lines
  }

  static func book(_ content: [String], options: String) -> String {
    "Text before.\n\n<!-- doctest: run\(options) -->\n```text\n"
      + content.map { $0 + "\n" }.joined() + "```\n\nText after.\n"
  }

  static let options = ["", " | tol=1e-4", " | rtol=1e-3", " | tol=0.002"]

  @Test(arguments: 0..<6)
  func blessedBooksPassAndBlessingAgainChangesNothing(batch: Int) throws {
    var g = Generator(state: UInt64(batch) &* 7919 &+ 17)
    for _ in 0..<40 {
      let output = Self.output(&g).map { $0 + "\n" }.joined()
      let options = Self.options[g.below(Self.options.count)]
      let text = Self.book(
        Self.expected(from: TextLinesForTests.lines(output), &g), options: options)
      let before = try FakeBook.check(text, stdout: ["run": output])
      let blessed = try FakeBook.bless(text, stdout: ["run": output])
      // bless changes a book exactly when the check fails
      #expect(blessed.changed == !before.passed, "\(text)\n--- output\n\(output)")
      let after = try FakeBook.check(blessed.text, stdout: ["run": output])
      #expect(
        after.passed, "\(text)\n--- output\n\(output)\n--- blessed\n\(blessed.text)\n\(after.text)")
      let twice = try FakeBook.bless(blessed.text, stdout: ["run": output])
      #expect(twice.text == blessed.text)
      // the prose around the block is untouched
      #expect(blessed.text.hasPrefix("Text before.\n\n<!-- doctest: run\(options) -->\n```text\n"))
      #expect(blessed.text.hasSuffix("```\n\nText after.\n"))
      // elisions are kept (two that end up side by side may merge into one)
      let elisions = { (t: String) in t.split(separator: "\n").filter { $0 == "..." }.count }
      #expect(elisions(blessed.text) <= elisions(text))
      #expect((elisions(blessed.text) == 0) == (elisions(text) == 0))
    }
  }

  @Test(arguments: 0..<6)
  func anyRunsReplacedByElisionsStillMatch(batch: Int) throws {
    var g = Generator(state: UInt64(batch) &* 104_729 &+ 3)
    for _ in 0..<40 {
      let lines = Self.output(&g)
      var content: [String] = []
      var i = 0
      while i <= lines.count {
        if g.chance(30) {
          content.append("...")
          i += g.below(5)
        } else if i < lines.count {
          content.append(lines[i])
          i += 1
        } else {
          break
        }
      }
      let output = lines.map { $0 + "\n" }.joined()
      let report = try FakeBook.check(Self.book(content, options: ""), stdout: ["run": output])
      #expect(report.passed, "\(content)\n--- output\n\(output)")
      // and numbers nudged within the tolerance still match
      let nudged = content.map { $0 == "..." ? $0 : Self.nudged($0, &g, step: 1) }
      let tolerant = try FakeBook.check(
        Self.book(nudged, options: " | tol=1e-4"), stdout: ["run": output])
      #expect(tolerant.passed, "\(nudged)\n--- output\n\(output)")
    }
  }
}

/// Output lines as the doc-test reads them (one final newline ends the last line).
enum TextLinesForTests {
  static func lines(_ text: String) -> [String] {
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
