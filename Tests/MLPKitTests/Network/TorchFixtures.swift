import Foundation
import MLPKit
import Testing

/// The PyTorch fixtures written by `Tools/reference/torch_parity.py`.
enum TorchFixtures {
  /// `torch_data.json`: the seed's standardised moons split.
  struct MoonsData: Decodable {
    let xTrain: [[Double]]
    let yTrain: [Int]
    let xTest: [[Double]]
    let yTest: [Int]
  }

  /// One parameter as the fixtures store it: name, shape, row-major values.
  struct NamedParameter: Decodable {
    let name: String
    let shape: [Int]
    let values: [Double]
  }

  /// `["hidden1", 2, 10, true]`: a Linear layer's name, sizes and bias flag.
  struct LinearSpec: Decodable {
    let name: String
    let inFeatures: Int
    let outFeatures: Int
    let bias: Bool
    init(from decoder: any Decoder) throws {
      var c = try decoder.unkeyedContainer()
      name = try c.decode(String.self)
      inFeatures = try c.decode(Int.self)
      outFeatures = try c.decode(Int.self)
      bias = try c.decode(Bool.self)
    }
  }

  struct InitCase: Decodable {
    let seed: UInt64
    let layers: [LinearSpec]
    let parameters: [NamedParameter]
  }

  struct GlorotCase: Decodable {
    struct Layer: Decodable {
      let coef: [Double]
      let intercept: [Double]
    }
    let seed: UInt32
    let units: [Int]
    let activation: String
    let layers: [Layer]
  }

  struct CrossEntropyCase: Decodable {
    let logits: [[Double]]
    let target: [Int]
    let loss: Double
    let gradient: [[Double]]
  }

  struct CrossEntropyError: Decodable {
    let target: [Int]
    let message: String
  }

  /// BCE inputs are `[batch, k]` or `[batch]`; stored flat with their shape.
  struct BinaryCase: Decodable {
    let shape: [Int]
    let input: [Double]
    let target: [Double]
    let loss: Double
    let gradient: [Double]
    enum Keys: String, CodingKey { case input, target, loss, gradient }
    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: Keys.self)
      loss = try c.decode(Double.self, forKey: .loss)
      if let rows = try? c.decode([[Double]].self, forKey: .input) {
        shape = [rows.count, rows.first?.count ?? 0]
        input = rows.flatMap { $0 }
        target = try c.decode([[Double]].self, forKey: .target).flatMap { $0 }
        gradient = try c.decode([[Double]].self, forKey: .gradient).flatMap { $0 }
      } else {
        input = try c.decode([Double].self, forKey: .input)
        shape = [input.count]
        target = try c.decode([Double].self, forKey: .target)
        gradient = try c.decode([Double].self, forKey: .gradient)
      }
    }
  }

  /// `["linear", "hidden1", 2, 10]` or `["relu", "relu1"]`.
  struct LayerSpec: Decodable {
    let kind: String
    let name: String
    let sizes: [Int]
    init(from decoder: any Decoder) throws {
      var c = try decoder.unkeyedContainer()
      kind = try c.decode(String.self)
      name = try c.decode(String.self)
      var sizes: [Int] = []
      while !c.isAtEnd { sizes.append(try c.decode(Int.self)) }
      self.sizes = sizes
    }
  }

  struct Options: Decodable {
    let lr: Double
    let momentum: Double?
    let dampening: Double?
    let weight_decay: Double?
    let nesterov: Bool?
    let betas: [Double]?
    let eps: Double?
    let amsgrad: Bool?
    let decoupled_weight_decay: Bool?
  }

  struct Run: Decodable {
    let label: String
    let seed: UInt64
    let spec: [LayerSpec]
    let loss: String
    let optimizer: String
    let options: Options
    let steps: Int
    let initial: [NamedParameter]
    let losses: [Double]
    let final: [NamedParameter]
  }

  struct Parity: Decodable {
    let `init`: [InitCase]
    let glorot: [GlorotCase]
    let crossEntropy: [CrossEntropyCase]
    let crossEntropyErrors: [CrossEntropyError]
    let bce: [BinaryCase]
    let bceWithLogits: [BinaryCase]
    let runs: [Run]
  }

  struct Chapter3: Decodable {
    struct Seed: Decodable {
      let seed: UInt64
      let lines: [String]
      let loss: [Double]
      let accuracy: [Double]
      let loss64: [Double]
      let accuracy64: [Double]
    }
    let epochs: Int
    let seeds: [Seed]
  }

  static let data: MoonsData? = try? Fixtures.load("torch_data")
  static let parity: Parity? = try? Fixtures.load("torch_parity")

  /// The loaded data as tensors: `xTrain [800, 2]`, `yTrain [800]`, `xTest [200, 2]`, `yTest [200]`.
  static func tensors() throws -> (
    xTrain: Tensor, yTrain: LabelTensor, xTest: Tensor, yTest: LabelTensor
  ) {
    let d: MoonsData = try Fixtures.load("torch_data")
    return (
      try Tensor(rows: d.xTrain), LabelTensor(d.yTrain), try Tensor(rows: d.xTest),
      LabelTensor(d.yTest)
    )
  }

  /// A model built from a run's spec, with the run's initial weights set explicitly.
  static func model(_ spec: [LayerSpec], initial: [NamedParameter]) throws -> Sequential {
    var children: [(String, any Layer)] = []
    for layer in spec {
      switch layer.kind {
      case "linear":
        let w = try parameter(initial, "\(layer.name).weight")
        let b = try parameter(initial, "\(layer.name).bias")
        children.append((layer.name, try Linear(weight: w, bias: b)))
      case "relu": children.append((layer.name, ReLU()))
      case "tanh": children.append((layer.name, Tanh()))
      case "sigmoid": children.append((layer.name, Sigmoid()))
      default: throw FixtureError.unknown(layer.kind)
      }
    }
    return try Sequential(children)
  }

  /// The same spec drawn with our `TorchGenerator` after `manualSeed(seed)`.
  static func torchInitialisedModel(_ spec: [LayerSpec], seed: UInt64) throws -> Sequential {
    var g = TorchGenerator(manualSeed: seed)
    var children: [(String, any Layer)] = []
    for layer in spec {
      switch layer.kind {
      case "linear":
        children.append((layer.name, try Linear(layer.sizes[0], layer.sizes[1], generator: &g)))
      case "relu": children.append((layer.name, ReLU()))
      case "tanh": children.append((layer.name, Tanh()))
      case "sigmoid": children.append((layer.name, Sigmoid()))
      default: throw FixtureError.unknown(layer.kind)
      }
    }
    return try Sequential(children)
  }

  static func parameter(_ list: [NamedParameter], _ name: String) throws -> Tensor {
    guard let p = list.first(where: { $0.name == name }) else { throw FixtureError.unknown(name) }
    return try Tensor(shape: p.shape, scalars: p.values)
  }

  enum FixtureError: Error { case unknown(String) }
}

// Short names for parameterised test cases.
extension TorchFixtures.InitCase: CustomTestStringConvertible {
  var testDescription: String {
    "seed \(seed): "
      + layers.map { "\($0.name)(\($0.inFeatures), \($0.outFeatures))" }.joined(separator: " ")
  }
}
extension TorchFixtures.GlorotCase: CustomTestStringConvertible {
  var testDescription: String { "seed \(seed) \(units) \(activation)" }
}
extension TorchFixtures.Run: CustomTestStringConvertible {
  var testDescription: String { label }
}
extension TorchFixtures.Chapter3.Seed: CustomTestStringConvertible {
  var testDescription: String { "manualSeed(\(seed))" }
}
