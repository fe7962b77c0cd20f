import Foundation
import MLPKit

/// Seeded random inputs for the fuzz tests: the committed corpus
/// (`Tests/Fixtures/fuzz/<target>/`) and mutations of it, the kinds that break
/// parsers — flipped bits, cut and repeated pieces, inserted quotes, commas, line
/// breaks, byte-order marks, huge numbers, deep nesting. The same seed gives the
/// same inputs, so a failure names the seed and the input number to replay it.
struct FuzzInputs {
  /// SplitMix64: a tiny generator whose stream is fixed by its seed.
  private var state: UInt64
  let corpus: [[UInt8]]
  /// Pieces worth inserting, per target (`[`, `"`, `NaN`, …).
  let tokens: [[UInt8]]

  init(seed: UInt64, corpus: [[UInt8]], tokens: [String]) {
    state = seed
    self.corpus = corpus.isEmpty ? [[]] : corpus
    self.tokens = (tokens + FuzzInputs.commonTokens).map { Array($0.utf8) }
  }

  static let commonTokens = [
    "\u{FEFF}", "\r\n", "\n", "\r", "\"", "\"\"", ",", " ", "\t", "\u{0}", "\u{1}", "ü", "😀",
    "1e308", "1e999", "-1e999", "NaN", "nan", "inf", "-inf", "0", "-0", "9223372036854775808",
    "-9223372036854775809", "0.1", "\\", "\\u", "\\uD800", "{", "}", "[", "]", ":", "null",
  ]

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

  /// The next input: a corpus entry with one to four mutations.
  mutating func input() -> [UInt8] {
    var bytes = corpus[below(corpus.count)]
    for _ in 0...below(4) { mutate(&bytes) }
    return bytes
  }

  mutating func mutate(_ bytes: inout [UInt8]) {
    let at = below(bytes.count + 1)
    switch below(10) {
    case 0 where !bytes.isEmpty:  // flip a bit
      bytes[below(bytes.count)] ^= UInt8(1 << below(8))
    case 1 where !bytes.isEmpty:  // a random byte
      bytes[below(bytes.count)] = UInt8(truncatingIfNeeded: next())
    case 2:  // cut the end off (a truncated file)
      bytes.removeSubrange(at...)
    case 3 where !bytes.isEmpty:  // delete a piece
      bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(16)))
    case 4 where !bytes.isEmpty:  // repeat a piece
      let end = min(bytes.count, at + 1 + below(32))
      if at < end { bytes.insert(contentsOf: Array(bytes[at..<end]), at: at) }
    case 5:  // a piece of another corpus entry
      let other = corpus[below(corpus.count)]
      let start = below(other.count + 1)
      bytes.insert(contentsOf: other[start..<min(other.count, start + below(64))], at: at)
    case 6:  // deep nesting or a long run
      let token = tokens[below(tokens.count)]
      let run = [1, 100, 1000, 20_000][below(4)]
      bytes.insert(contentsOf: Array([[UInt8]](repeating: token, count: run).joined()), at: at)
    default:  // an interesting token
      bytes.insert(contentsOf: tokens[below(tokens.count)], at: at)
    }
  }

  /// The files of `Tests/Fixtures/fuzz/<target>/`, sorted by name.
  static func corpus(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
    let folder = Fixtures.folder.appendingPathComponent("fuzz").appendingPathComponent(target)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    return try names.filter { !$0.hasPrefix(".") }.map { name in
      (name, Array(try Data(contentsOf: folder.appendingPathComponent(name))))
    }
  }
}

/// How one fuzz input ended: a value, or a located `WorkbookError`.
enum FuzzOutcome {
  case success
  case located
  /// An error without a location, or of another type: the message says which.
  case unlocated(String)
}
