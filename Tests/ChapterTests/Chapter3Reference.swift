import Foundation
import Testing

/// The PyTorch reference for chapter 3, written by `Tools/reference/chapter3_walkthrough.py`
/// (`chapter3_walkthrough.json`) and `Tools/reference/torch_parity.py`
/// (`torch_chapter3.json`). Tests never run Python.
struct Chapter3Reference: Decodable {
  struct DataPart: Decodable {
    let scalerMean: [Double]
    let scalerScale: [Double]
    let xTrain5: [[Double]]
    let yTrain5: [Int]
    let yTest10: [Int]
  }

  struct Gradient: Decodable {
    let name: String
    let shape: [Int]
    let largest: Double
    let zeros: Int
  }

  struct Smallest: Decodable {
    let name: String
    let index: [Int]
    let magnitude: Double
    let delta: Double
  }

  struct FirstStep: Decodable {
    let byLr: Int
    let unmoved: Int
    let less: Int
    let smallest: Smallest?
  }

  struct Walkthrough: Decodable {
    let hidden1Weight: [[Double]]
    let hidden1Bias: [Double]
    let logits5: [[Double]]
    let probabilities5: [[Double]]
    let lossText: String
    let loss: Double
    let gradients: [Gradient]
    let hidden1WeightGradient: [[Double]]
    let hidden1BiasGradient: [Double]
    let deadNeurons: [Int]
    /// The largest pre-activation of each dead neuron, in the order of `deadNeurons`.
    let deadLargest: [Double]
    let hidden1WeightAfter: [[Double]]
    let firstStep: FirstStep
  }

  struct Final: Decodable {
    let testLogitsText: String
    let predictionsText: String
    let accuracy: Double
  }

  /// One `chapter3 --seed S --epochs E --lr LR` run, as PyTorch ran it.
  struct Run: Decodable, CustomTestStringConvertible {
    let seed: UInt64
    let epochs: Int
    let lr: Double
    /// The seed's epoch lines from the float32 run.
    let lines: [String]
    let walkthrough: Walkthrough
    let final: Final

    /// The command-line arguments of this run.
    var arguments: [String] { ["--seed", "\(seed)", "--epochs", "\(epochs)", "--lr", "\(lr)"] }
    var testDescription: String { "seed \(seed), \(epochs) epochs, lr \(lr)" }
  }

  let data: DataPart
  let runs: [Run]

  /// `torch_chapter3.json`: 50 epoch lines for several `torch.manual_seed` values.
  struct SeedLines: Decodable, CustomTestStringConvertible {
    let seed: UInt64
    let lines: [String]
    var testDescription: String { "torch.manual_seed(\(seed))" }
  }

  struct SeedFile: Decodable {
    let epochs: Int
    let seeds: [SeedLines]
  }

  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ChapterTests
    .deletingLastPathComponent()  // Tests
    .appendingPathComponent("Fixtures")

  static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
    let data = try Data(contentsOf: folder.appendingPathComponent("\(name).json"))
    return try JSONDecoder().decode(T.self, from: data)
  }

  /// The walkthrough fixture, or `nil` when it cannot be read (a test then fails on it).
  static let walkthrough: Chapter3Reference? = try? load("chapter3_walkthrough")
  /// The runs, for parameterised tests.
  static var runs: [Run] { walkthrough?.runs ?? [] }
  /// The per-seed epoch lines.
  static var seedLines: [SeedLines] {
    ((try? load("torch_chapter3")) as SeedFile?)?.seeds ?? []
  }
}
