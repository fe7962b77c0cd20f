import Foundation
import Testing

/// sklearn's numbers for `chapter2 --seed N --epochs E`, from
/// Tools/reference/chapter2.py → Tests/Fixtures/chapter2.json. Values the chapter
/// prints are stored as the text Python formats them to.
struct Chapter2Reference: Decodable {
  struct Data: Decodable {
    let train_shape: [Int]
    let test_shape: [Int]
    let train_counts: [Int]
    let test_counts: [Int]
    let mean: String
    let scale: String
    let first_raw: [[String]]
    let first_scaled: [[String]]
    let first_labels: [Int]
  }
  /// A warning sklearn raised `count` times.
  struct Warning: Decodable {
    let category: String
    let message: String
    let count: Int
  }
  struct Loop: Decodable {
    let lines: [String]
    let warnings: [Warning]
    let loss_curve_length: Int
    let t: Int
    let n_iter: Int
    let adam_t: Int
    let adam_learning_rate: String
    let loss_curve_first: String
    let loss_curve_last: String
    let coef_shapes: [[Int]]
    let intercept_shapes: [[Int]]
    let n_outputs: Int
    let out_activation: String
    let classes: [Int]
    let proba_preview: [[String]]
    let predict_preview: [Int]
    let y_test_preview: [Int]
  }
  struct Scheme: Decodable {
    let log_loss: String
    let accuracy: String
    let adam_t: Int
  }
  struct Schemes: Decodable {
    let warm_start: Scheme
    let partial_fit: Scheme
    let fit: Scheme
  }
  struct FirstExample: Decodable {
    let repr: String
    let accuracy: String
    let n_iter: Int
    let t: Int
    let loss: String
    let curve: [[CurvePoint]]
    let warnings: [Warning]
    let report: String
    let confusion: [[Int]]
  }
  /// `[epoch, "loss"]` pairs: an integer, then a string.
  enum CurvePoint: Decodable, CustomStringConvertible {
    case epoch(Int)
    case loss(String)
    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let epoch = try? container.decode(Int.self) {
        self = .epoch(epoch)
      } else {
        self = .loss(try container.decode(String.self))
      }
    }
    var description: String {
      switch self {
      case .epoch(let epoch): return "\(epoch)"
      case .loss(let loss): return loss
      }
    }
  }

  let seed: Int
  let epochs: Int
  let data: Data
  let model_repr: String
  let loop: Loop
  let schemes: Schemes
  let first_example: FirstExample

  /// The command line that reproduces this run.
  var arguments: [String] { ["--seed", "\(seed)", "--epochs", "\(epochs)"] }

  static let all: [Chapter2Reference] = {
    struct File: Decodable { let runs: [Chapter2Reference] }
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // ChapterTests
      .deletingLastPathComponent()  // Tests
      .appendingPathComponent("Fixtures/chapter2.json")
    // a missing or broken fixture leaves no runs, which the fixture test reports
    guard let bytes = try? Foundation.Data(contentsOf: url),
      let file = try? JSONDecoder().decode(File.self, from: bytes)
    else { return [] }
    return file.runs
  }()
}

extension Chapter2Reference: CustomTestStringConvertible {
  var testDescription: String { "--seed \(seed) --epochs \(epochs)" }
}

/// One run of `chapter2` per command line, shared by the tests that read it.
enum Chapter2Runs {
  /// One command line's output, computed by the first test that asks for it.
  private final class Entry: @unchecked Sendable {
    let lock = NSLock()
    var output: ChapterRunner.Output?
  }
  private final class Cache: @unchecked Sendable {
    let lock = NSLock()
    var entries: [[String]: Entry] = [:]
  }
  private static let cache = Cache()

  /// The output of `chapter2 arguments`, run once per distinct command line; different
  /// command lines run in parallel.
  static func output(_ arguments: [String]) throws -> ChapterRunner.Output {
    cache.lock.lock()
    let entry = cache.entries[arguments] ?? Entry()
    cache.entries[arguments] = entry
    cache.lock.unlock()
    entry.lock.lock()
    defer { entry.lock.unlock() }
    if let output = entry.output { return output }
    let output = try ChapterRunner.run("chapter2", arguments)
    entry.output = output
    return output
  }

  /// The run for a reference, checked to have succeeded quietly.
  static func transcript(_ reference: Chapter2Reference) throws -> Chapter2Transcript {
    let output = try output(reference.arguments)
    try #require(output.status == 0, "chapter2 failed: \(output.stderr)")
    return Chapter2Transcript(output.stdout)
  }
}

/// The printed text of a chapter run, cut into its sections.
struct Chapter2Transcript {
  let text: String
  let lines: [String]

  init(_ text: String) {
    self.text = text
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The lines of section `number` (e.g. "2.3"): from its heading to the next one.
  func section(_ number: String) -> [String] {
    let isHeading = { (index: Int) -> Bool in
      index + 1 < lines.count && lines[index + 1].hasPrefix("───")
        && lines[index].range(of: #"^2\.\d "#, options: .regularExpression) != nil
    }
    guard
      let start = lines.indices.first(where: { isHeading($0) && lines[$0].hasPrefix(number + " ") })
    else { return [] }
    let end = lines.indices.first(where: { $0 > start && isHeading($0) }) ?? lines.count
    return Array(lines[(start + 2)..<end])
  }

  /// The section's text as one paragraph: lines joined by spaces, indentation removed.
  func flattened(_ number: String) -> String {
    section(number).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      .joined(separator: " ")
  }

  /// The cells of the first table row in the section starting with `prefix`: the
  /// line split at runs of two or more spaces.
  func cells(_ number: String, startingWith prefix: String) -> [String]? {
    section(number).first { $0.hasPrefix(prefix) }.map {
      $0.replacingOccurrences(of: #" {2,}"#, with: "\t", options: .regularExpression)
        .split(separator: "\t").map(String.init)
    }
  }

  /// The section headings, in the order they are printed: a line like `2.3 Title`
  /// with a rule of `─` under it.
  var headings: [String] {
    zip(lines, lines.dropFirst()).filter { line, next in
      next.hasPrefix("───") && line.range(of: #"^2\.\d "#, options: .regularExpression) != nil
    }.map(\.0)
  }

  /// The whitespace-separated words of the first line in the section starting with `prefix`.
  func words(_ number: String, startingWith prefix: String) -> [String]? {
    section(number).first { $0.hasPrefix(prefix) }.map {
      $0.split(separator: " ").map(String.init)
    }
  }
}
