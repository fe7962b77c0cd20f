import Foundation
import MLPKit
import Testing

/// `LBFGSMinimizer` against scipy's L-BFGS-B on Rosenbrock's function
/// (Tools/reference/sklearn_mlp_lbfgs.py → Tests/Fixtures/sklearn_mlp_lbfgs.json).
@Suite struct LBFGSMinimizerTests {
  struct Run: Decodable {
    let x0: [Double]
    let options: [String: Double]
    let x: [Double]
    let fun: Double
    let nit: Int
    let nfev: Int
    let status: Int
    let message: String
  }
  struct File: Decodable { let rosenbrock: [Run] }

  /// `f(x) = Σ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)²` and its gradient, as scipy's `rosen`.
  static func rosenbrock(_ x: [Double], _ g: inout [Double]) -> Double {
    var f = 0.0
    g = [Double](repeating: 0, count: x.count)
    for i in 0..<(x.count - 1) {
      let a = x[i + 1] - x[i] * x[i]
      let b = 1 - x[i]
      f += 100 * a * a + b * b
      g[i] += -400 * x[i] * a - 2 * b
      g[i + 1] += 200 * a
    }
    return f
  }

  @Test func followsScipyOnRosenbrock() throws {
    let runs = try Fixtures.load("sklearn_mlp_lbfgs", as: File.self).rosenbrock
    #expect(runs.count == 5)
    for run in runs {
      var minimizer = LBFGSMinimizer()
      if let v = run.options["maxiter"] { minimizer.maxIterations = Int(v) }
      if let v = run.options["maxfun"] { minimizer.maxEvaluations = Int(v) }
      if let v = run.options["gtol"] { minimizer.gtol = v }
      let result = minimizer.minimize(from: run.x0, Self.rosenbrock)
      #expect(result.iterations == run.nit, "x0 \(run.x0)")
      #expect(result.evaluations == run.nfev, "x0 \(run.x0)")
      #expect(result.status == run.status)
      #expect(result.stop.message == run.message)
      #expect(allClose(result.x, run.x, rtol: 1e-6, atol: 1e-9), "x0 \(run.x0): \(result.x)")
      #expect(isClose(result.f, run.fun, rtol: 1e-3, atol: 1e-12))
    }
  }

  @Test func aQuadraticConvergesToItsMinimum() {
    // f = Σ i·(xᵢ − i)², minimum 0 at xᵢ = i; gradient 2i(xᵢ − i)
    let result = LBFGSMinimizer(gtol: 1e-10).minimize(from: [0, 0, 0, 0]) { x, g in
      g = x.indices.map { 2 * Double($0 + 1) * (x[$0] - Double($0 + 1)) }
      return x.indices.reduce(0) { $0 + Double($1 + 1) * pow(x[$1] - Double($1 + 1), 2) }
    }
    #expect(result.status == 0)
    #expect(allClose(result.x, [1, 2, 3, 4], rtol: 0, atol: 1e-8))
  }

  @Test func startingAtTheMinimumTakesNoIteration() {
    let result = LBFGSMinimizer().minimize(from: [1, 1]) { x, g in
      Self.rosenbrock(x, &g)
    }
    #expect(result.iterations == 0)
    #expect(result.evaluations == 1)
    #expect(result.stop == .gradientSmall)
    #expect(result.stop.message == "CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL")
  }
}
