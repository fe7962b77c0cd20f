import Foundation
import MLPKit

/// `Tests/Fixtures/chapter1.json`, written by `Tools/reference/chapter1.py` from
/// scikit-learn 1.9.1, PyTorch 2.15 and NumPy (see the script for what each part is).
struct Chapter1Fixture: Decodable {
  struct SklearnLayers: Decodable, Sendable {
    let hidden: [Int]
    let coefShapes: [[Int]]
    let interceptShapes: [[Int]]
    let nOutputs: Int
    let outActivation: String
    let parameters: Int
  }
  struct TorchLayers: Decodable {
    let shapes: [[Int]]
    let parameters: Int
  }
  struct Structure: Decodable {
    let sklearn: [SklearnLayers]
    let torch: TorchLayers
  }
  struct Neuron: Decodable {
    let x: [Double]
    let w: [Double]
    let b: Double
    let products: [Double]
    let z: Double
    let relu: Double
    let logistic: Double
    let batchXw: [Double]
    let batchZ: [Double]
  }
  struct Curve: Decodable {
    let f: [Double]
    let derivative: [Double]
  }
  struct Activations: Decodable {
    let z: [Double]
    let identity: Curve
    let logistic: Curve
    let tanh: Curve
    let relu: Curve
  }
  struct Softmax: Decodable {
    let logits: [Double]
    let exp: [Double]
    let expSum: Double
    let probabilities: [Double]
    let hugeLogits: [Double]
    let hugeProbabilities: [Double]
    let naiveHuge: [String]
    let sigmoidZ: [Double]
    let sigmoid: [Double]
    let softmaxOfPairs: [[Double]]
  }
  struct Forward: Decodable, Sendable {
    let seed: Int
    let x: [[Double]]
    let w1: [[Double]]
    let b1: [Double]
    let z1: [[Double]]
    let a1: [[Double]]
    let w2: [[Double]]
    let b2: [Double]
    let z2: [[Double]]
    let p: [[Double]]
    let predicted: [Int]
  }
  struct Stats: Decodable, Sendable {
    let mean: [Double]
    let scale: [Double]
  }
  struct Fit: Decodable, Sendable {
    let units: String
    let scaled: Bool
    let trainAccuracy: Double
    let testAccuracy: Double
    let nIter: Int
    let loss: Double
    let convergenceWarning: Bool
  }
  struct Scaling: Decodable, Sendable {
    let seed: Int
    let factor: Double
    let hidden: [Int]
    /// How the chapter names the data with x1 multiplied: `x1 × 1000`.
    let unitsLabel: String
    let scaler: Stats
    let fits: [Fit]
  }

  let structure: Structure
  let neuron: Neuron
  let activations: Activations
  let softmax: Softmax
  let forward: [Forward]
  let scaling: [Scaling]

  /// The fixture, decoded once.
  static func load() throws -> Chapter1Fixture {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // ChapterTests
      .deletingLastPathComponent()  // Tests
      .appendingPathComponent("Fixtures/chapter1.json")
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(Chapter1Fixture.self, from: Data(contentsOf: url))
  }

  /// The fixture's parts, for parameterised tests (empty if the file cannot be read,
  /// which `fixtureIsComplete` then reports).
  static let sklearnCases: [SklearnLayers] = (try? load().structure.sklearn) ?? []
  static let forwardCases: [Forward] = (try? load().forward) ?? []
  static let scalingCases: [Scaling] = (try? load().scaling) ?? []
}

/// Reading what `chapter1` printed.
enum Chapter1Output {
  /// The lines of section `number` (`"1.3"`, or `""` for the glossary), from its
  /// heading to the next heading; empty when the section is missing.
  static func section(_ number: String, in text: String) -> [String] {
    let lines = text.components(separatedBy: "\n")
    let headings = lines.indices.filter { i in
      i + 1 < lines.count && !lines[i].isEmpty && lines[i + 1].allSatisfy { $0 == "─" }
        && lines[i + 1].count == lines[i].count
    }
    let title = number.isEmpty ? "Glossary" : number + " "
    guard let start = headings.first(where: { lines[$0].hasPrefix(title) }) else { return [] }
    let end = headings.first { $0 > start } ?? lines.count
    return Array(lines[start..<end])
  }

  /// The lines from the first one starting with `prefix` up to the next blank line.
  static func block(startingWith prefix: String, in lines: [String]) -> [String] {
    guard let start = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else { return [] }
    let end = lines[start...].firstIndex(where: { $0.isEmpty }) ?? lines.count
    return Array(lines[start..<end])
  }

  /// The numbers with decimals in `line` (`-0.1657`, `1.10`, `nan`), in order; labels
  /// such as `h0` or `sample 1` have no point and are skipped.
  static func decimals(in line: String) -> [String] {
    let pattern = try? NSRegularExpression(pattern: #"-?\d+\.\d+|nan"#)
    let range = NSRange(line.startIndex..., in: line)
    return (pattern?.matches(in: line, range: range) ?? []).compactMap {
      Range($0.range, in: line).map { String(line[$0]) }
    }
  }

  /// The cells of a table row: runs of text separated by two or more spaces.
  static func cells(_ line: String) -> [String] {
    line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }
}

extension Array where Element == Double {
  /// Each value as Python's `f"{v:.4f}"` (the chapter's default precision).
  var fixed4: [String] { map { $0.fixed(4) } }
}
