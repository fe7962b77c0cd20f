extension MoreThuenteLineSearch {
  /// `dcstep`: a safeguarded cubic/quadratic step that keeps `[stx, sty]` around a
  /// minimiser. `stx` is the best step so far; `stp` becomes the next trial.
  static func cstep(
    stx: inout Double, fx: inout Double, dx: inout Double, sty: inout Double,
    fy: inout Double, dy: inout Double, stp: inout Double, fp: Double, dp: Double,
    bracketed: inout Bool, stpmin: Double, stpmax: Double
  ) {
    let sgnd = dp.signum * dx.signum
    var stpf: Double
    if fp > fx {
      // higher function value: the minimum is bracketed
      let theta = 3 * (fx - fp) / (stp - stx) + dx + dp
      let s = max(abs(theta), abs(dx), abs(dp))
      var gamma = s * ((theta / s) * (theta / s) - (dx / s) * (dp / s)).squareRoot()
      if stp < stx { gamma = -gamma }
      let p = (gamma - dx) + theta
      let q = ((gamma - dx) + gamma) + dp
      let stpc = stx + (p / q) * (stp - stx)
      let stpq = stx + ((dx / ((fx - fp) / (stp - stx) + dx)) / 2) * (stp - stx)
      stpf = abs(stpc - stx) <= abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2
      bracketed = true
    } else if sgnd < 0 {
      // derivatives of opposite sign: the minimum is bracketed
      let theta = 3 * (fx - fp) / (stp - stx) + dx + dp
      let s = max(abs(theta), abs(dx), abs(dp))
      var gamma = s * ((theta / s) * (theta / s) - (dx / s) * (dp / s)).squareRoot()
      if stp > stx { gamma = -gamma }
      let p = (gamma - dp) + theta
      let q = ((gamma - dp) + gamma) + dx
      let stpc = stp + (p / q) * (stx - stp)
      let stpq = stp + (dp / (dp - dx)) * (stx - stp)
      stpf = abs(stpc - stp) > abs(stpq - stp) ? stpc : stpq
      bracketed = true
    } else if abs(dp) < abs(dx) {
      // same sign, the derivative decreases in magnitude
      let theta = 3 * (fx - fp) / (stp - stx) + dx + dp
      let s = max(abs(theta), abs(dx), abs(dp))
      var gamma = s * max(0, (theta / s) * (theta / s) - (dx / s) * (dp / s)).squareRoot()
      if stp > stx { gamma = -gamma }
      let p = (gamma - dp) + theta
      let q = (gamma + (dx - dp)) + gamma
      let r = p / q
      let stpc: Double
      if r < 0 && gamma != 0 {
        stpc = stp + r * (stx - stp)
      } else {
        stpc = stp > stx ? stpmax : stpmin
      }
      let stpq = stp + (dp / (dp - dx)) * (stx - stp)
      if bracketed {
        stpf = abs(stpc - stp) < abs(stpq - stp) ? stpc : stpq
        stpf = stp > stx ? min(stp + 0.66 * (sty - stp), stpf) : max(stp + 0.66 * (sty - stp), stpf)
      } else {
        stpf = abs(stpc - stp) > abs(stpq - stp) ? stpc : stpq
        stpf = min(max(stpf, stpmin), stpmax)
      }
    } else if bracketed {
      // same sign, no decrease in magnitude: a cubic step towards sty
      let theta = 3 * (fp - fy) / (sty - stp) + dy + dp
      let s = max(abs(theta), abs(dy), abs(dp))
      var gamma = s * ((theta / s) * (theta / s) - (dy / s) * (dp / s)).squareRoot()
      if stp > sty { gamma = -gamma }
      let p = (gamma - dp) + theta
      let q = ((gamma - dp) + gamma) + dy
      stpf = stp + (p / q) * (sty - stp)
    } else {
      stpf = stp > stx ? stpmax : stpmin
    }
    if fp > fx {
      sty = stp
      fy = fp
      dy = dp
    } else {
      if sgnd < 0 {
        sty = stx
        fy = fx
        dy = dx
      }
      stx = stp
      fx = fp
      dx = dp
    }
    stp = stpf
  }
}

extension Double {
  /// −1, 0 or 1 (NaN stays NaN), as `np.sign`.
  fileprivate var signum: Double {
    isNaN ? self : (self > 0 ? 1 : (self < 0 ? -1 : 0))
  }
}
