import Foundation
import MLPKernels
import MLPKit
import Testing

/// The tensor operations, which now run over raw buffers, against their textbook
/// definitions written here with plain index arithmetic: the same numbers bit for bit
/// (the same operations in the same order), on odd, single-row, single-column and
/// empty shapes, with NaN, infinities and signed zeros among the values.
struct TensorFastPathTests {
  /// Random values with a few specials mixed in.
  static func values(_ count: Int, seed: UInt32, specials: Bool = true) -> [Double] {
    var rng = RandomState(seed: seed)
    var v = rng.normal(count: count)
    if specials && count > 6 {
      v[1] = .nan
      v[3] = -0.0
      v[count - 2] = .infinity
      v[count / 2] = 0.0
    }
    return v
  }

  static let shapes: [[Int]] = [
    [7, 13], [13, 1], [1, 13], [1, 1], [40, 3], [3, 0], [0, 4], [9],
  ]

  /// Equal bit patterns, element by element, and equal shapes. Any NaN matches any
  /// NaN: IEEE 754 leaves the sign and payload of a NaN that an addition of two NaNs
  /// returns to the implementation, and the compiler may order the operands of `+`
  /// either way (so the same sum written twice can give NaNs of either sign).
  static func same(_ a: Tensor, _ shape: [Int], _ values: [Double]) -> Bool {
    a.shape == shape && a.scalars.count == values.count
      && zip(a.scalars, values).allSatisfy {
        $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN)
      }
  }

  /// The lanes along `dim` as index lists, in order (the textbook view of a reduction).
  static func lanes(_ shape: [Int], dim: Int) -> (lanes: [[Int]], shape: [Int]) {
    if shape.count == 1 { return ([Array(0..<shape[0])], []) }
    let (n, m) = (shape[0], shape[1])
    if dim == 0 { return ((0..<m).map { j in (0..<n).map { $0 * m + j } }, [m]) }
    return ((0..<n).map { i in (0..<m).map { i * m + $0 } }, [n])
  }

  @Test func sumsAndMeansAreTheInOrderSums() throws {
    for (index, shape) in Self.shapes.enumerated() {
      let t = try Tensor(
        shape: shape, scalars: Self.values(shape.reduce(1, *), seed: UInt32(index)))
      for dim in shape.count == 1 ? [0, -1] : [0, 1, -1] {
        let (lanes, resultShape) = Self.lanes(shape, dim: dim < 0 ? dim + shape.count : dim)
        let sums = lanes.map { lane in lane.reduce(0.0) { $0 + t.scalars[$1] } }
        let means = lanes.map { lane in lane.reduce(0.0) { $0 + t.scalars[$1] } / Double(lane.count)
        }
        #expect(Self.same(try t.sum(dim: dim), resultShape, sums), "sum \(shape) dim \(dim)")
        #expect(Self.same(try t.mean(dim: dim), resultShape, means), "mean \(shape) dim \(dim)")
      }
    }
  }

  @Test func maximaMinimaAndArgmaxFollowTheLaneRules() throws {
    for (index, shape) in Self.shapes.enumerated() where !shape.contains(0) {
      let t = try Tensor(
        shape: shape, scalars: Self.values(shape.reduce(1, *), seed: 50 + UInt32(index)))
      for dim in shape.count == 1 ? [0] : [0, 1] {
        let (lanes, resultShape) = Self.lanes(shape, dim: dim)
        let maxima = lanes.map { lane -> Double in
          let v = lane.map { t.scalars[$0] }
          return v.contains(where: \.isNaN) ? .nan : v.max() ?? -.infinity
        }
        let minima = lanes.map { lane -> Double in
          let v = lane.map { t.scalars[$0] }
          return v.contains(where: \.isNaN) ? .nan : v.min() ?? .infinity
        }
        // first index of the largest, NaN counting as largest (torch.argmax)
        let argmaxes = lanes.map { lane -> Int in
          var best = 0
          for i in 1..<lane.count {
            if t.scalars[lane[best]].isNaN { break }
            if t.scalars[lane[i]].isNaN || t.scalars[lane[i]] > t.scalars[lane[best]] { best = i }
          }
          return best
        }
        #expect(Self.same(try t.max(dim: dim), resultShape, maxima), "max \(shape) dim \(dim)")
        #expect(Self.same(try t.min(dim: dim), resultShape, minima), "min \(shape) dim \(dim)")
        #expect(try t.argmax(dim: dim).values == argmaxes, "argmax \(shape) dim \(dim)")
      }
    }
  }

  @Test func softmaxAndLogSoftmaxAreTheShiftedFormulas() throws {
    for (index, shape) in Self.shapes.enumerated() {
      for specials in [false, true] {
        let t = try Tensor(
          shape: shape,
          scalars: Self.values(shape.reduce(1, *), seed: 90 + UInt32(index), specials: specials))
        for dim in shape.count == 1 ? [0] : [0, 1] {
          let (lanes, _) = Self.lanes(shape, dim: dim)
          var soft = t.scalars
          var logSoft = t.scalars
          for lane in lanes {
            let v = lane.map { t.scalars[$0] }
            let top = v.max() ?? 0
            // the library's exp and log (`mlpk_exp`, `mlpk_log`: the same bits everywhere)
            let exps = v.map { mlpk_exp($0 - top) }
            let total = exps.reduce(0, +)
            let logTotal = mlpk_log(v.reduce(0) { $0 + mlpk_exp($1 - top) })
            for (k, position) in lane.enumerated() {
              soft[position] = exps[k] / total
              logSoft[position] = (v[k] - top) - logTotal
            }
          }
          #expect(
            Self.same(try t.softmax(dim: dim), shape, soft), "softmax \(shape) \(dim) \(specials)")
          #expect(
            Self.same(try t.logSoftmax(dim: dim), shape, logSoft),
            "logSoftmax \(shape) \(dim) \(specials)")
        }
      }
    }
  }

  @Test func broadcastingCombinesAlignedElements() throws {
    // [n, m] with [n, m], [m], [1, m], [n, 1], a 0-D tensor, and the other way round
    let (n, m) = (6, 5)
    let a = try Tensor(shape: [n, m], scalars: Self.values(n * m, seed: 7))
    let partners: [Tensor] = [
      try Tensor(shape: [n, m], scalars: Self.values(n * m, seed: 8)),
      Tensor(Self.values(m, seed: 9, specials: false)),
      try Tensor(shape: [1, m], scalars: Self.values(m, seed: 10, specials: false)),
      try Tensor(shape: [n, 1], scalars: Self.values(n, seed: 11, specials: false)),
      Tensor(scalar: -2.5),
    ]
    func element(_ t: Tensor, _ i: Int, _ j: Int) -> Double {
      switch t.shape.count {
      case 0: return t.scalars[0]
      case 1: return t.scalars[j]
      default: return t.scalars[(t.shape[0] == 1 ? 0 : i) * t.shape[1] + (t.shape[1] == 1 ? 0 : j)]
      }
    }
    for b in partners {
      for (name, op) in [
        ("+", { (x: Double, y: Double) in x + y }), ("-", { $0 - $1 }), ("*", { $0 * $1 }),
        ("/", { $0 / $1 }),
      ] {
        let forward = (0..<(n * m)).map { op(a.scalars[$0], element(b, $0 / m, $0 % m)) }
        let backward = (0..<(n * m)).map { op(element(b, $0 / m, $0 % m), a.scalars[$0]) }
        let (ab, ba): (Tensor, Tensor)
        switch name {
        case "+": (ab, ba) = (try a + b, try b + a)
        case "-": (ab, ba) = (try a - b, try b - a)
        case "*": (ab, ba) = (try a * b, try b * a)
        default: (ab, ba) = (try a / b, try b / a)
        }
        #expect(Self.same(ab, [n, m], forward), "a \(name) \(b.shape)")
        #expect(Self.same(ba, [n, m], backward), "\(b.shape) \(name) a")
      }
    }
    #expect(throws: ShapeError.self) { try a + Tensor(Self.values(n, seed: 1)) }
  }

  @Test func mapAndTransposeKeepEveryElement() throws {
    for (index, shape) in Self.shapes.enumerated() where shape.count == 2 {
      let t = try Tensor(
        shape: shape, scalars: Self.values(shape.reduce(1, *), seed: 200 + UInt32(index)))
      let (n, m) = (shape[0], shape[1])
      var transposed = [Double](repeating: 0, count: n * m)
      for i in 0..<n {
        for j in 0..<m { transposed[j * n + i] = t.scalars[i * m + j] }
      }
      #expect(Self.same(t.transposed, [m, n], transposed))
      #expect(Self.same(t.map { $0 * 3 - 1 }, shape, t.scalars.map { $0 * 3 - 1 }))
    }
  }
}
