import Foundation
import MLPKit
import Testing

/// The PyTorch and sklearn reference for chapter 5, written by
/// `Tools/reference/chapter5.py` (`Tests/Fixtures/chapter5.json`). Tests never run Python.
struct Chapter5Reference: Decodable {
  /// A label as the script writes it: a number or a string.
  struct Label: Decodable, Equatable {
    let label: ClassLabel

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let value = try? container.decode(Int.self) {
        label = .int(value)
      } else {
        label = .string(try container.decode(String.self))
      }
    }
  }

  struct DataPart: Decodable {
    let oneTwoX: [[Double]]
    let oneTwoY: [Int]
    let trainX: [[Double]]
    let trainY: [String]
    let testX: [[Double]]
    let testY: [String]
    let codes: [String: Int]
    let epochsOneTwo: Int
    let epochsAnimals: Int
    let lr: Double

    /// The test labels the training part knows (no 'fish').
    var knownTestY: [ClassLabel] { ClassLabel.labels(testY.filter(trainY.contains)) }
    /// The training labels as species codes.
    var codedTrainY: [Int] { trainY.map { codes[$0] ?? -1 } }
  }

  struct EncoderCase: Decodable {
    let labels: [Label]
    let classes: [Label]
    let encoded: [Int]
  }

  struct Epoch: Decodable {
    let loss: Double
    let accuracy: Double
    let meanP0: Double
    let predicted: [Int]
  }

  struct Training: Decodable {
    let history: [Epoch]
    let finalProba: [[Double]]
  }

  struct OneTwo: Decodable {
    let torchError: String
    let decodeError: String
    let bceLoss: Double
    let three: Training
    let two: Training
  }

  struct Animals: Decodable {
    let finalLoss: Double
    let trainAccuracy: Double
    let predicted: [Int]
    let names: [String]
    let accuracy: Double
    let mixedTypesError: String
    let confusion: [[Int]]
  }

  struct Classifier: Decodable {
    let classes: [Label]
    let nOutputs: Int
    let outActivation: String
    let coefShapes: [[Int]]
    let nIter: Int
    let predict: [Label]
    let predictProba: [[Double]]
    let warnings: [String]
  }

  struct SklearnPart: Decodable {
    let names: Classifier
    let codes: Classifier
    let binary: Classifier
    let single: Classifier
  }

  /// One `--seed`, as PyTorch and sklearn ran it.
  struct Seed: Decodable, CustomTestStringConvertible {
    let seed: UInt32
    let oneTwo: OneTwo
    let animals: Animals
    let sklearn: SklearnPart
    var testDescription: String { "seed \(seed)" }
  }

  struct Messages: Decodable {
    let unseen: String
    let codesTarget: String
  }

  let data: DataPart
  let encoders: [String: EncoderCase]
  let messages: Messages
  let seeds: [Seed]

  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ChapterTests
    .deletingLastPathComponent()  // Tests
    .appendingPathComponent("Fixtures")

  /// The fixture, or `nil` when it cannot be read (the tests then fail on it).
  static let fixture: Chapter5Reference? = {
    guard let bytes = try? Data(contentsOf: folder.appendingPathComponent("chapter5.json"))
    else { return nil }
    return try? JSONDecoder().decode(Chapter5Reference.self, from: bytes)
  }()

  /// The seeds, for parameterised tests.
  static var seeds: [Seed] { fixture?.seeds ?? [] }

  /// The fixture, or a test failure.
  static func load() throws -> Chapter5Reference {
    try #require(fixture, "Tests/Fixtures/chapter5.json is missing or does not decode")
  }
}

/// `chapter5 --seed N` runs, each made once per test process.
enum Chapter5Runs {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var outputs: [[String]: ChapterRunner.Output] = [:]

  /// The output of `chapter5` with `arguments`, run once and remembered.
  static func run(_ arguments: [String]) throws -> ChapterRunner.Output {
    lock.lock()
    defer { lock.unlock() }
    if let output = outputs[arguments] { return output }
    let output = try ChapterRunner.run("chapter5", arguments)
    outputs[arguments] = output
    return output
  }

  /// The printed text of a successful `--seed N` run.
  static func text(seed: UInt32) throws -> Chapter5Text {
    let output = try run(["--seed", "\(seed)"])
    try #require(output.status == 0, "chapter5 --seed \(seed) failed: \(output.stderr)")
    return Chapter5Text(output.stdout)
  }
}

/// Chapter 5's standard output, cut into sections and read back.
struct Chapter5Text {
  let lines: [String]

  init(_ text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The lines of section `number` (`"5.2"`), from its heading to the next one.
  func section(_ number: String) -> Section {
    let isHeading = { (i: Int) in
      i + 1 < lines.count && lines[i].hasPrefix("5.") && !lines[i + 1].isEmpty
        && lines[i + 1].allSatisfy { $0 == "─" }
    }
    guard
      let start = lines.indices.first(where: { isHeading($0) && lines[$0].hasPrefix(number + " ") })
    else { return Section(lines: []) }
    let end = lines.indices.first(where: { $0 > start && isHeading($0) }) ?? lines.count
    return Section(lines: Array(lines[start..<end]))
  }
}

/// One section's lines, with the readers the tests need.
struct Section {
  let lines: [String]

  var text: String { lines.joined(separator: "\n") }

  /// The index of the first line starting with `prefix`, after line `from`.
  func index(of prefix: String, from: Int = 0) -> Int? {
    lines.indices.first { $0 >= from && lines[$0].hasPrefix(prefix) }
  }

  /// The block printed by `Narrative.caught`: the line starting with `prefix` and the
  /// two-space-indented lines under it.
  func caughtBlock(_ prefix: String) -> String? {
    guard let start = index(of: prefix) else { return nil }
    var block = [lines[start]]
    for line in lines[(start + 1)...] {
      guard line.hasPrefix("  ") && !line.hasPrefix("   ") else { break }
      block.append(line)
    }
    return block.joined(separator: "\n")
  }

  /// A `lead`-prefixed line with its continuation lines (indented to the text after
  /// `lead`), joined back with single spaces.
  func wrappedLine(_ lead: String) -> String? {
    guard let start = index(of: lead) else { return nil }
    var parts = [String(lines[start].dropFirst(lead.count))]
    let indent = String(repeating: " ", count: lead.count)
    var i = start + 1
    while i < lines.count, lines[i].hasPrefix(indent), lines[i].count > indent.count {
      parts.append(String(lines[i].dropFirst(indent.count)))
      i += 1
    }
    return parts.joined(separator: " ")
  }

  /// The value printed after `name` in an aligned block (`name  value`), with its
  /// wrapped continuation lines joined by spaces.
  func value(_ name: String) -> String? {
    guard let start = lines.indices.first(where: { lines[$0].hasPrefix(name + "  ") }) else {
      return nil
    }
    let line = lines[start]
    let rest = line.dropFirst(name.count).drop { $0 == " " }
    let column = line.count - rest.count
    var parts = [String(rest)]
    var i = start + 1
    while i < lines.count, lines[i].count > column,
      lines[i].prefix(column).allSatisfy({ $0 == " " }), lines[i].dropFirst(column).first != " "
    {
      parts.append(String(lines[i].dropFirst(column)))
      i += 1
    }
    return parts.joined(separator: " ")
  }

  /// The rows of the first table (after line `from`) whose header line starts with
  /// `header`: each row's cells,
  /// split at runs of two or more spaces.
  func tableRows(_ header: String, from: Int = 0) -> [[String]] {
    // the header is the line above a rule of ─
    guard
      let start = lines.indices.first(where: {
        $0 >= from && lines[$0].hasPrefix(header) && $0 + 1 < lines.count
          && lines[$0 + 1].hasPrefix("─")
      })
    else { return [] }
    var rows: [[String]] = []
    var i = start + 2  // the header, then the rule
    while i < lines.count, !lines[i].isEmpty {
      rows.append(Section.cells(lines[i]))
      i += 1
    }
    return rows
  }

  /// A line's cells: the text between runs of two or more spaces.
  static func cells(_ line: String) -> [String] {
    line.replacingOccurrences(of: " {2,}", with: "\t", options: .regularExpression)
      .split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
  }

  /// The numbers between `[` and `]` on an annotated row starting with `label`.
  func annotatedRow(_ label: String, from: Int = 0) -> [String]? {
    guard
      let i = lines.indices.first(where: { $0 >= from && lines[$0].hasPrefix("  " + label + "  ") }
      ),
      let open = lines[i].firstIndex(of: "["), let close = lines[i].firstIndex(of: "]")
    else { return nil }
    return lines[i][lines[i].index(after: open)..<close].split(separator: " ").map(String.init)
  }
}
