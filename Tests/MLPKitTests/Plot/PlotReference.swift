import Foundation
import MLPKit

/// `Tests/Fixtures/plot.json`, written by `Tools/reference/plot.py` (sklearn 1.9.1,
/// PyTorch 2.15, SciPy): fitted networks with reference probabilities, moons data,
/// loss curves and a softmax example.
struct PlotReference: Decodable {
  struct Network: Decodable {
    let source: String
    let layout: String
    let activation: String
    let output: String
    let sizes: [Int]
    let weights: [[[Double]]]
    let biases: [[Double]]
    let points: [[Double]]
    let p: [Double]
  }
  struct Multiclass: Decodable {
    let activation: String
    let sizes: [Int]
    let weights: [[[Double]]]
    let biases: [[Double]]
    let points: [[Double]]
    let proba: [[Double]]
    let x: [[Double]]
    let y: [Int]
  }
  struct Model: Decodable {
    let activation: String
    let sizes: [Int]
    let weights: [[[Double]]]
    let biases: [[Double]]
  }
  struct Moons: Decodable {
    let x_train: [[Double]]
    let y_train: [Int]
    let x_test: [[Double]]
    let y_test: [Int]
    let model: Model
  }
  struct Run: Decodable {
    let label: String
    let loss: [Double]
  }
  struct EarlyStopping: Decodable {
    let loss: [Double]
    let validation_accuracy: [Double]
    let best_epoch: Int
  }
  struct Curves: Decodable {
    let runs: [Run]
    let early_stopping: EarlyStopping
  }
  struct Softmax: Decodable {
    let logits: [Double]
    let classes: [String]
    let p: [Double]
    let argmax: Int
  }

  let networks: [Network]
  let multiclass: Multiclass
  let moons: Moons
  let curves: Curves
  let softmax: Softmax

  static func load() throws -> PlotReference { try Fixtures.load("plot") }
}

/// A plain forward pass written out in the test (matmul, bias, activation), so the
/// figures' probabilities are checked against arithmetic we can read.
struct ReferenceForward {
  let weights: [Tensor]  // [fanIn, fanOut]
  let biases: [Tensor]  // [fanOut]
  let activation: Activation
  /// "logistic" (one output, P(class 1)), "softmax" (K outputs) .
  let output: String

  init(
    weights: [[[Double]]], biases: [[Double]], activation: String, output: String,
    outByIn: Bool = false
  )
    throws
  {
    self.weights = try weights.map { rows in
      let t = try Tensor(rows: rows)
      return outByIn ? t.transposed : t
    }
    self.biases = biases.map { Tensor($0) }
    self.activation = try Activation(named: activation)
    self.output = output
  }

  /// Output probabilities for `[N, 2]` points: `[N]` P(class 1) for a logistic
  /// output or 2 softmax logits; `[N, K]` for softmax with K > 2.
  func callAsFunction(_ x: Tensor) throws -> Tensor {
    var a = x
    for (l, (w, b)) in zip(weights, biases).enumerated() {
      // forward
      let z = try a.matmul(w) + b  // [N, fanOut]
      a = l < weights.count - 1 ? activation(z) : z
    }
    if output == "logistic" {
      return try a.reshaped([a.rowCount]).map { 1 / (1 + exp(-$0)) }  // [N]
    }
    let p = try a.softmax(dim: 1)  // [N, K]
    if p.columnCount == 2 {
      return Tensor(try (0..<p.rowCount).map { try p.element($0, 1) })  // [N]
    }
    return p
  }
}
