import Foundation
import MLPKernels
import MLPKit
import Testing

/// The logarithm of the training loss (`mlpk_log`, fdlibm's algorithm without branches)
/// against correctly rounded values (Tools/reference/log_values.py, mpmath), and the
/// vectorised batch loop against it bit for bit.
@Suite struct LossLogarithmTests {
  struct Values: Decodable {
    let x: [String]
    let log: [String]
  }

  static func ulp(_ x: Double) -> Double { x.magnitude.ulp }

  @Test func withinOneUlpOfTheCorrectlyRoundedLogarithm() throws {
    let values = try Fixtures.load("log_values", as: Values.self)
    #expect(values.x.count == 1608)
    var exact = 0
    for (xText, logText) in zip(values.x, values.log) {
      let x = try #require(Double(xText))
      let expected = try #require(Double(logText))
      let ours = mlpk_log(x)
      #expect(
        abs(ours - expected) <= Self.ulp(expected), "log(\(xText)) = \(ours), not \(expected)")
      if ours == expected { exact += 1 }
    }
    // fdlibm's error is below 1 ulp; rounded as the exact value in the great majority
    #expect(Double(exact) >= 0.95 * Double(values.x.count), "\(exact) of \(values.x.count)")
  }

  @Test func specialInputs() {
    #expect(mlpk_log(1) == 0)
    #expect(mlpk_log(0.5) == -Double.ln2Value)
    #expect(mlpk_log(.nan).isNaN)
    #expect(mlpk_log(0x1p-52) == -52 * Double.ln2Value)
  }

  /// The batch loop (8 lanes where the CPU has them) is `mlpk_log` of the clipped
  /// probability or its complement, for every length and for p at and beyond the clips.
  @Test func theBatchLoopIsTheScalarLogarithmBitForBit() {
    var rng = RandomState(seed: 11)
    let eps = Double.ulpOfOne
    for count in [1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 200, 1001] {
      var p = (0..<count).map { _ in rng.randomSample() }
      var y = (0..<count).map { _ in Double(rng.interval(1)) }
      let specials = [0, -1, 1, 2, eps / 2, 1 - eps / 4, .nan, 1e-300, 1 - 1e-12, 0.5]
      for (i, special) in specials.enumerated() where i < count { p[i] = special }
      if count > 3 { y[3] = 1 }
      var terms = [Double](repeating: 0, count: count)
      mlpk_logistic_loss_terms(p, y, &terms, count)
      for i in 0..<count {
        let q = min(max(p[i], eps), 1 - eps)
        let expected = mlpk_log(y[i] == 1 ? q : 1 - q)
        #expect(
          terms[i].bitPattern == expected.bitPattern || (terms[i].isNaN && expected.isNaN),
          "count \(count), p[\(i)] = \(p[i])")
      }
    }
  }
}

extension Double {
  fileprivate static let ln2Value = 0.6931471805599453
}
