import Foundation
import MLPKernels
import MLPKit
import Testing

/// exp and log of the losses and softmax (`mlpk_exp`, `mlpk_log`: fdlibm's algorithms
/// without branches) against correctly rounded values (Tools/reference/
/// elementary_values.py, mpmath), and the vectorised array loops against them bit for bit.
@Suite struct ElementaryFunctionTests {
  struct Pairs: Decodable {
    let x: [String]
    let y: [String]
  }
  struct Values: Decodable {
    let log: Pairs
    let exp: Pairs
  }

  static let values = Result { try Fixtures.load("elementary_values", as: Values.self) }

  /// Checks `f` within 1 ulp of each correctly rounded value (the smallest subnormal
  /// for results below the normal range): fdlibm's bound. Most results are the
  /// correctly rounded value itself (about 99 % for log, 92 % for exp here); at least
  /// `exactShare` must be, which an approximation that is merely close would miss.
  static func check(
    _ pairs: Pairs, _ f: (Double) -> Double, _ name: String, exactShare: Double
  ) throws {
    var exact = 0
    for (xText, yText) in zip(pairs.x, pairs.y) {
      let x = try #require(Double(xText))
      let expected = try #require(Double(yText))
      let ours = f(x)
      let tolerance = Swift.max(expected.magnitude.ulp, Double.leastNonzeroMagnitude)
      #expect(abs(ours - expected) <= tolerance, "\(name)(\(xText)) = \(ours), not \(expected)")
      if ours == expected { exact += 1 }
    }
    #expect(
      Double(exact) >= exactShare * Double(pairs.x.count), "\(name): \(exact) of \(pairs.x.count)")
  }

  @Test func logIsWithinOneUlpOfTheCorrectlyRoundedValue() throws {
    let values = try Self.values.get()
    #expect(values.log.x.count == 1608)
    try Self.check(values.log, mlpk_log, "log", exactShare: 0.95)
  }

  @Test func expIsWithinOneUlpOfTheCorrectlyRoundedValue() throws {
    let values = try Self.values.get()
    #expect(values.exp.x.count == 1112)
    try Self.check(values.exp, mlpk_exp, "exp", exactShare: 0.85)
  }

  @Test func specialInputs() {
    #expect(mlpk_log(1) == 0)
    #expect(mlpk_log(.nan).isNaN)
    #expect(mlpk_exp(0) == 1)
    #expect(mlpk_exp(-0.0) == 1)
    #expect(mlpk_exp(.nan).isNaN)
    #expect(mlpk_exp(-.infinity) == 0)
    #expect(mlpk_exp(.infinity) == .infinity)
    #expect(mlpk_exp(710) == .infinity)
    #expect(mlpk_exp(-746) == 0)
    #expect(mlpk_exp(-745) == Double.leastNonzeroMagnitude)  // e⁻⁷⁴⁵ ≈ 0.98·2⁻¹⁰⁷⁴
  }

  /// The array loops (8 lanes where the CPU has them) give `mlpk_exp`, `mlpk_log` and
  /// the clipped loss terms element for element, for every length.
  @Test func theArrayLoopsAreTheScalarFunctionsBitForBit() {
    var rng = RandomState(seed: 11)
    let eps = Double.ulpOfOne
    func same(_ a: Double, _ b: Double) -> Bool {
      a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
    }
    for count in [1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 200, 1001] {
      var p = (0..<count).map { _ in rng.randomSample() }
      var y = (0..<count).map { _ in Double(rng.interval(1)) }
      let specials = [0, -1, 1, 2, eps / 2, 1 - eps / 4, .nan, 1e-300, 1 - 1e-12, 0.5]
      for (i, special) in specials.enumerated() where i < count { p[i] = special }
      if count > 3 { y[3] = 1 }
      var terms = [Double](repeating: 0, count: count)
      mlpk_logistic_loss_terms(p, y, &terms, count)
      let z = (0..<count).map { i in (rng.randomSample() - 0.9) * 900 }  // −810…90
      var e = z
      mlpk_exp_array(z, &e, count)
      let x = (0..<count).map { _ in rng.randomSample() + 1e-9 }
      var l = x
      mlpk_log_array(x, &l, count)
      for i in 0..<count {
        let q = min(max(p[i], eps), 1 - eps)
        #expect(
          same(terms[i], mlpk_log(y[i] == 1 ? q : 1 - q)), "terms: count \(count), p = \(p[i])")
        #expect(same(e[i], mlpk_exp(z[i])), "exp: count \(count), x = \(z[i])")
        #expect(same(l[i], mlpk_log(x[i])), "log: count \(count), x = \(x[i])")
      }
    }
  }
}
