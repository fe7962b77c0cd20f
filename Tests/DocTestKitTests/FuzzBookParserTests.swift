import DocTestKit
import Foundation
import MLPKit
import Testing

/// The doc-test parser (`BookParser.parse`, which reads book.md's markers, fences,
/// options, regexes and prose values) under seeded fuzzing: the committed corpus
/// (`Tests/Fixtures/fuzz/book/`) and thousands of mutations of it. Every input either
/// parses or fails with a `DataError` at `book.md:LINE`; nothing traps or hangs.
/// `make fuzz` runs the same parser under libFuzzer (see `Fuzz/README.md`).
@Suite struct FuzzBookParserTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // DocTestKitTests
    .deletingLastPathComponent()  // Tests
    .appendingPathComponent("Fixtures/fuzz/book")

  static let tokens = [
    "<!-- doctest: ", "<!-- listing: ", "-->", "```", "````", "~~~", "```text\n", "|", " tol=",
    " rtol=", " exit=", " stream=", " capture x = /", "/", "(", ")", "<!--value x-->",
    "<!--/value-->", "...", "#", "\"", "'", "`", "\n", "\r\n", "\u{FEFF}", "1e999", "-",
  ]

  static func corpus() throws -> [(name: String, bytes: [UInt8])] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    return try names.filter { !$0.hasPrefix(".") }.map {
      ($0, Array(try Data(contentsOf: folder.appendingPathComponent($0))))
    }
  }

  static func run(_ bytes: [UInt8], _ name: String) -> Bool {
    do {
      let book = try BookParser.parse(String(decoding: bytes, as: UTF8.self), name: "book.md")
      for block in book.blocks { #expect(block.markerLine >= 1, "\(name)") }
      return true
    } catch let error as DataError {
      // (not asserted: one line. A listing marker continued over two lines quotes its
      // text raw, line break included; reported for DocTestKit's owner.)
      #expect(error.file == "book.md" && error.line != nil, "\(name): \(error)")
      return false
    } catch {
      Issue.record("\(name): not a DataError: \(error)")
      return false
    }
  }

  @Test(.timeLimit(.minutes(2))) func theCorpusParsesOrFailsWithALine() throws {
    let corpus = try Self.corpus()
    #expect(corpus.count >= 10)
    var parsed = 0
    for entry in corpus where Self.run(entry.bytes, entry.name) { parsed += 1 }
    #expect(parsed >= 4, "some corpus files are valid books")
  }

  @Test(.timeLimit(.minutes(2)), arguments: [UInt64(1), 2, 3])
  func mutationsParseOrFailWithALine(seed: UInt64) throws {
    var inputs = Mutator(seed: seed, corpus: try Self.corpus().map(\.bytes))
    let count = 1000
    var parsed = 0
    for i in 0..<count {
      if Self.run(inputs.input(), "seed \(seed) input \(i)") { parsed += 1 }
    }
    #expect(parsed > 0 && parsed < count, "\(parsed) of \(count) parsed")
  }

  /// The mutations of `MLPKitTests/Support/FuzzSupport.swift` (a separate test
  /// target, so repeated here in brief): SplitMix64-seeded bit flips, truncations,
  /// deletions, repeats and inserted tokens.
  struct Mutator {
    var state: UInt64
    let corpus: [[UInt8]]
    let tokens = FuzzBookParserTests.tokens.map { Array($0.utf8) }

    init(seed: UInt64, corpus: [[UInt8]]) {
      state = seed
      self.corpus = corpus.isEmpty ? [[]] : corpus
    }

    mutating func below(_ n: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return n <= 1 ? 0 : Int((z ^ (z >> 31)) % UInt64(n))
    }

    mutating func input() -> [UInt8] {
      var bytes = corpus[below(corpus.count)]
      for _ in 0...below(4) {
        let at = below(bytes.count + 1)
        switch below(7) {
        case 0 where !bytes.isEmpty: bytes[below(bytes.count)] ^= UInt8(1 << below(8))
        case 1: bytes.removeSubrange(at...)
        case 2 where !bytes.isEmpty:
          bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(16)))
        case 3 where !bytes.isEmpty:
          let end = min(bytes.count, at + 1 + below(64))
          if at < end { bytes.insert(contentsOf: Array(bytes[at..<end]), at: at) }
        case 4:
          let token = tokens[below(tokens.count)]
          let run = [10, 300, 3000][below(3)]
          bytes.insert(contentsOf: Array([[UInt8]](repeating: token, count: run).joined()), at: at)
        default: bytes.insert(contentsOf: tokens[below(tokens.count)], at: at)
        }
      }
      return bytes
    }
  }
}
