/// The Moré–Thuente line search (MINPACK-2 `dcsrch` with `dcstep`), the one inside
/// scipy's L-BFGS-B, driven by reverse communication.
///
/// It looks for a step `stp > 0` along a descent direction that satisfies the
/// strong Wolfe conditions for `φ(stp) = f(x + stp·d)`:
/// `φ(stp) ≤ φ(0) + ftol·stp·φ′(0)` and `|φ′(stp)| ≤ gtol·|φ′(0)|`.
/// Each call returns the next step to evaluate, or that it has converged (or can make
/// no more progress). scipy's L-BFGS-B uses `ftol = 1e-3`, `gtol = 0.9`, `xtol = 0.1`.
/// Introduced in §2.4.
struct MoreThuenteLineSearch {
  enum Task: Equatable {
    /// Evaluate φ and φ′ at the returned step and call `next` again.
    case evaluate
    case converged
    /// No further progress is possible; the returned step is the best found.
    case warning(String)
    case error(String)
  }

  let ftol: Double
  let gtol: Double
  let xtol: Double
  let stpmin: Double
  let stpmax: Double

  private var bracketed = false
  private var stage = 1
  private var finit = 0.0
  private var ginit = 0.0
  private var gtest = 0.0
  private var width = 0.0
  private var width1 = 0.0
  private var stx = 0.0
  private var fx = 0.0
  private var gx = 0.0
  private var sty = 0.0
  private var fy = 0.0
  private var gy = 0.0
  private var stmin = 0.0
  private var stmax = 0.0

  /// Starts a search from `φ(0) = f`, `φ′(0) = g < 0` with the first trial `stp`.
  init(
    f: Double, g: Double, stp: Double, ftol: Double = 1e-3, gtol: Double = 0.9,
    xtol: Double = 0.1, stpmin: Double = 0, stpmax: Double = 1e10
  ) {
    self.ftol = ftol
    self.gtol = gtol
    self.xtol = xtol
    self.stpmin = stpmin
    self.stpmax = stpmax
    finit = f
    ginit = g
    gtest = ftol * g
    width = stpmax - stpmin
    width1 = width / 0.5
    fx = f
    gx = g
    fy = f
    gy = g
    stmax = stp + 4 * stp
  }

  /// Checks the starting point as `dcsrch` does on `START`.
  static func startError(stp: Double, g: Double, stpmin: Double = 0, stpmax: Double = 1e10)
    -> String?
  {
    if stp < stpmin { return "STP .LT. STPMIN" }
    if stp > stpmax { return "STP .GT. STPMAX" }
    if g >= 0 { return "INITIAL G .GE. ZERO" }
    return nil
  }

  /// Takes `φ(stp) = f`, `φ′(stp) = g` and returns the next step and what to do.
  mutating func next(stp: Double, f: Double, g: Double) -> (stp: Double, task: Task) {
    let ftest = finit + stp * gtest
    if stage == 1 && f <= ftest && g >= 0 { stage = 2 }
    var task = Task.evaluate
    if bracketed && (stp <= stmin || stp >= stmax) {
      task = .warning("ROUNDING ERRORS PREVENT PROGRESS")
    }
    if bracketed && stmax - stmin <= xtol * stmax { task = .warning("XTOL TEST SATISFIED") }
    if stp == stpmax && f <= ftest && g <= gtest { task = .warning("STP = STPMAX") }
    if stp == stpmin && (f > ftest || g >= gtest) { task = .warning("STP = STPMIN") }
    if f <= ftest && abs(g) <= gtol * -ginit { task = .converged }
    if task != .evaluate { return (stp, task) }

    var step = stp
    if stage == 1 && f <= fx && f > ftest {
      // a modified function ψ(α) = φ(α) − α·gtest predicts the step in stage one
      var fxm = fx - stx * gtest
      var fym = fy - sty * gtest
      var gxm = gx - gtest
      var gym = gy - gtest
      MoreThuenteLineSearch.cstep(
        stx: &stx, fx: &fxm, dx: &gxm, sty: &sty, fy: &fym, dy: &gym, stp: &step,
        fp: f - stp * gtest, dp: g - gtest, bracketed: &bracketed, stpmin: stmin, stpmax: stmax)
      fx = fxm + stx * gtest
      fy = fym + sty * gtest
      gx = gxm + gtest
      gy = gym + gtest
    } else {
      MoreThuenteLineSearch.cstep(
        stx: &stx, fx: &fx, dx: &gx, sty: &sty, fy: &fy, dy: &gy, stp: &step, fp: f, dp: g,
        bracketed: &bracketed, stpmin: stmin, stpmax: stmax)
    }
    if bracketed {
      // bisect when the interval has not shrunk enough
      if abs(sty - stx) >= 0.66 * width1 { step = stx + 0.5 * (sty - stx) }
      width1 = width
      width = abs(sty - stx)
      stmin = min(stx, sty)
      stmax = max(stx, sty)
    } else {
      stmin = step + 1.1 * (step - stx)
      stmax = step + 4 * (step - stx)
    }
    step = min(max(step, stpmin), stpmax)
    if bracketed && (step <= stmin || step >= stmax || stmax - stmin <= xtol * stmax) {
      step = stx
    }
    return (step, .evaluate)
  }
}
