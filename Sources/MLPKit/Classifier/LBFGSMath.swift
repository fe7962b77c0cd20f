/// Vector helpers of the L-BFGS iteration.
enum LBFGSMath {
  static func dot(_ a: [Double], _ b: [Double]) -> Double {
    var total = 0.0
    for i in a.indices { total += a[i] * b[i] }
    return total
  }

  /// `max |gᵢ|`, NaN when any component is NaN (scipy's `projgr` without bounds).
  static func maxNorm(_ g: [Double]) -> Double {
    var norm = 0.0
    for v in g {
      if v.isNaN { return v }
      norm = max(norm, abs(v))
    }
    return norm
  }

  /// `−H·g` by the two-loop recursion (Nocedal & Wright, Algorithm 7.4), with
  /// `H₀ = (sᵀy / yᵀy)·I` from the newest pair.
  static func twoLoop(_ g: [Double], _ history: [(s: [Double], y: [Double], sy: Double)])
    -> [Double]
  {
    var q = g
    var alphas = [Double](repeating: 0, count: history.count)
    for k in history.indices.reversed() {
      let a = dot(history[k].s, q) / history[k].sy
      alphas[k] = a
      for i in q.indices { q[i] -= a * history[k].y[i] }
    }
    if let newest = history.last {
      let gamma = newest.sy / dot(newest.y, newest.y)
      for i in q.indices { q[i] *= gamma }
    }
    for k in history.indices {
      let b = dot(history[k].y, q) / history[k].sy
      let a = alphas[k]
      for i in q.indices { q[i] += (a - b) * history[k].s[i] }
    }
    return q.map { -$0 }
  }
}
