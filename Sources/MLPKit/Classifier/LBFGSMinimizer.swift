/// Limited-memory BFGS for an unconstrained problem, following scipy's L-BFGS-B
/// driver (the method sklearn's `solver="lbfgs"` calls) step for step.
///
/// Each iteration: the direction `d = −H·g` from the two-loop recursion over the last
/// `memory` pairs `sₖ = xₖ₊₁ − xₖ`, `yₖ = gₖ₊₁ − gₖ` with `H₀ = (sᵀy / yᵀy)·I`
/// (plain `−g` before any pair); a Moré–Thuente line search for the strong Wolfe
/// conditions, starting at `stp = 1/‖d‖` on the first iteration and 1 after; then the
/// pair is stored unless `sᵀy ≤ ε·(−gᵀd·stp)`. It stops, in scipy's order, on
/// `maxIterations`, on more than `maxEvaluations` evaluations (checked after an
/// iteration), on `max|gᵢ| ≤ gtol`, or on `(fₖ − fₖ₊₁) / max(|fₖ|, |fₖ₊₁|, 1) ≤ ftol`.
/// A line search that fails (or needs more than 20 evaluations) throws the history
/// away and retries along `−g`, and gives up if that fails too. Introduced in §2.4.
public struct LBFGSMinimizer: Sendable {
  /// Pairs kept (scipy's `maxcor`).
  public var memory = 10
  /// Iterations allowed (sklearn's `max_iter`).
  public var maxIterations = 15000
  /// Function evaluations allowed (sklearn's `max_fun`).
  public var maxEvaluations = 15000
  /// Stop when the largest gradient component is at most this (sklearn's `tol`).
  public var gtol = 1e-5
  /// scipy's default relative-reduction tolerance, `factr · ε` with `factr = 1e7`.
  public var ftol = 2.2204460492503131e-09
  /// Evaluations per line search (scipy's `maxls`).
  public var maxLineSearchSteps = 20

  /// Why the minimizer stopped; `status` and `message` are scipy's.
  public enum Stop: Equatable, Sendable {
    case gradientSmall
    case reductionSmall
    case iterationLimit
    case evaluationLimit
    case lineSearchFailed

    /// scipy's `message`, e.g. `STOP: TOTAL NO. OF ITERATIONS REACHED LIMIT`.
    public var message: String {
      switch self {
      case .gradientSmall: return "CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL"
      case .reductionSmall: return "CONVERGENCE: RELATIVE REDUCTION OF F <= FACTR*EPSMCH"
      case .iterationLimit: return "STOP: TOTAL NO. OF ITERATIONS REACHED LIMIT"
      case .evaluationLimit: return "STOP: TOTAL NO. OF F,G EVALUATIONS EXCEEDS LIMIT"
      case .lineSearchFailed: return "ABNORMAL: "
      }
    }
  }

  /// The outcome: the final point, its value and gradient, and the counts.
  public struct Result: Sendable {
    /// The final point (the best accepted iterate).
    public let x: [Double]
    /// `f(x)`.
    public let f: Double
    /// `∇f(x)`.
    public let gradient: [Double]
    /// Completed iterations (scipy's `nit`).
    public let iterations: Int
    /// Distinct points evaluated, the starting one included (scipy's `nfev`).
    public let evaluations: Int
    /// Which rule ended the run.
    public let stop: Stop
    /// scipy's `status`: 0 converged, 1 a limit was reached, 2 otherwise.
    public let status: Int
  }

  /// scipy's defaults unless given; sklearn passes `maxIter`, `maxFun` and `tol`.
  public init(
    memory: Int = 10, maxIterations: Int = 15000, maxEvaluations: Int = 15000, gtol: Double = 1e-5,
    ftol: Double = 2.2204460492503131e-09
  ) {
    self.memory = memory
    self.maxIterations = maxIterations
    self.maxEvaluations = maxEvaluations
    self.gtol = gtol
    self.ftol = ftol
  }

  /// Minimises `f` from `x0`; `evaluate(x, &g)` returns `f(x)` and writes `∇f(x)` to `g`.
  /// Introduced in §2.4.
  public func minimize(
    from x0: [Double], _ evaluate: ([Double], inout [Double]) -> Double
  ) -> Result {
    let n = x0.count
    var x = x0
    var g = [Double](repeating: 0, count: n)
    var f = evaluate(x, &g)
    var evaluations = 1
    // scipy's tolerance is factr·ε with factr = ftol/ε
    let tol = (ftol / Double.ulpOfOne) * Double.ulpOfOne
    func done(_ stop: Stop, _ iterations: Int) -> Result {
      let status: Int
      switch stop {
      case .gradientSmall, .reductionSmall: status = 0
      case .iterationLimit, .evaluationLimit: status = 1
      case .lineSearchFailed:
        status = evaluations > maxEvaluations || iterations >= maxIterations ? 1 : 2
      }
      return Result(
        x: x, f: f, gradient: g, iterations: iterations, evaluations: evaluations, stop: stop,
        status: status)
    }
    if LBFGSMath.maxNorm(g) <= gtol { return done(.gradientSmall, 0) }

    var history: [(s: [Double], y: [Double], sy: Double)] = []
    var firstIteration = true
    var iterations = 0
    while true {
      // the direction: −g with no history, else the two-loop recursion
      let d = history.isEmpty ? g.map { -$0 } : LBFGSMath.twoLoop(g, history)
      let outcome = lineSearch(
        x: x, f: f, g: g, d: d, first: firstIteration, evaluations: &evaluations, evaluate)
      guard let accepted = outcome else {
        // restore the point (it was never moved) and start over without history
        if history.isEmpty { return done(.lineSearchFailed, iterations) }
        history.removeAll()
        continue
      }
      firstIteration = false
      let (fOld, gOld) = (f, g)
      x = accepted.x
      f = accepted.f
      g = accepted.g
      iterations += 1
      if iterations >= maxIterations { return done(.iterationLimit, iterations) }
      if evaluations > maxEvaluations { return done(.evaluationLimit, iterations) }
      if LBFGSMath.maxNorm(g) <= gtol { return done(.gradientSmall, iterations) }
      if fOld - f <= tol * max(abs(fOld), abs(f), 1) { return done(.reductionSmall, iterations) }
      // the new pair, skipped unless the curvature sᵀy is clearly positive
      let stp = accepted.stp
      let gdOld = LBFGSMath.dot(gOld, d)
      let gdNew = LBFGSMath.dot(g, d)
      let sy = stp == 1 ? gdNew - gdOld : (gdNew - gdOld) * stp
      let scale = stp == 1 ? -gdOld : -gdOld * stp
      if sy <= Double.ulpOfOne * scale { continue }
      let s = stp == 1 ? d : d.map { $0 * stp }
      let y = zip(g, gOld).map { $0 - $1 }
      if history.count == memory { history.removeFirst() }
      history.append((s, y, sy))
    }
  }

  /// One Moré–Thuente search along `d`; `nil` when it fails, leaving `x` unchanged.
  private func lineSearch(
    x: [Double], f: Double, g: [Double], d: [Double], first: Bool, evaluations: inout Int,
    _ evaluate: ([Double], inout [Double]) -> Double
  ) -> (x: [Double], f: Double, g: [Double], stp: Double)? {
    let dnorm = LBFGSMath.dot(d, d).squareRoot()
    let stpmax = 1e10
    var stp = first ? min(1 / dnorm, stpmax) : 1
    let gd0 = LBFGSMath.dot(g, d)
    guard gd0 < 0, MoreThuenteLineSearch.startError(stp: stp, g: gd0) == nil else { return nil }
    var search = MoreThuenteLineSearch(f: f, g: gd0, stp: stp, stpmax: stpmax)
    var trial = x
    var gTrial = g
    var fTrial = f
    for step in 0... {
      if step >= maxLineSearchSteps { return nil }
      trial = zip(x, d).map { $0 + stp * $1 }
      fTrial = evaluate(trial, &gTrial)
      evaluations += 1
      let next = search.next(stp: stp, f: fTrial, g: LBFGSMath.dot(gTrial, d))
      switch next.task {
      case .evaluate: stp = next.stp
      case .converged, .warning: return (trial, fTrial, gTrial, stp)
      case .error: return nil
      }
    }
    return nil
  }
}
