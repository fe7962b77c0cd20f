import Foundation

/// The steps sklearn's `make_moons`, `make_circles` and `make_blobs` share, written
/// once so each generator reads as its recipe.
enum GeneratorSupport {
  /// The seed used when a generator gets `randomState: nil`.
  ///
  /// sklearn would draw from NumPy's global stream, which differs on every run; a
  /// teaching library wants the same data every run, so `nil` means this seed and the
  /// result equals sklearn's `random_state=0`.
  static let defaultSeed = 0

  /// A fresh stream for `randomState` (`nil` → `defaultSeed`).
  /// - Throws: `ParameterError` unless `0 ≤ seed < 2³²`.
  static func stream(_ randomState: Int?) throws -> RandomState {
    try RandomState(checkedSeed: randomState ?? defaultSeed)
  }

  /// `np.linspace(start, stop, count, endpoint:)`: `start + i·step` with
  /// `step = (stop − start) / (count − 1)` (or `/ count` without the endpoint); with
  /// the endpoint the last value is `stop` exactly, as NumPy sets it.
  static func linspace(_ start: Double, _ stop: Double, count: Int, endpoint: Bool = true)
    -> [Double]
  {
    let div = endpoint ? count - 1 : count
    let delta = stop - start
    // NumPy multiplies by `delta` directly when there is no step (0 or 1 values)
    var values = (0..<max(count, 0)).map { i in
      div > 0 ? Double(i) * (delta / Double(div)) + start : Double(i) * delta + start
    }
    if endpoint, count > 1 { values[count - 1] = stop }
    return values
  }

  /// Shuffles the rows of `x` (`columns` wide) and `y` together, as
  /// `sklearn.utils.shuffle`: one `permutation(n)`, then row `i` becomes old row
  /// `perm[i]`.
  static func shuffleRows(
    _ x: inout [Double], _ y: inout [Int], columns: Int, rng: inout RandomState
  ) {
    let permutation = rng.permutation(y.count)
    var shuffledX = [Double]()
    shuffledX.reserveCapacity(x.count)
    for old in permutation {
      shuffledX.append(contentsOf: x[(old * columns)..<(old * columns + columns)])
    }
    x = shuffledX
    y = permutation.map { y[$0] }
  }

  /// `X += rng.normal(scale: noise, size: X.shape)`: one draw per element, row-major.
  static func addNoise(_ x: inout [Double], noise: Double, rng: inout RandomState) {
    for k in x.indices { x[k] += rng.normal(loc: 0, scale: noise) }
  }

  /// The finished data set, with feature names `x0, x1, …` and target `y`.
  static func dataset(_ x: [Double], _ y: [Int], columns: Int) -> Dataset {
    Dataset(
      unchecked: Tensor(unchecked: [y.count, columns], x), y.map(ClassLabel.int),
      (0..<columns).map { "x\($0)" }, "y")
  }

  // MARK: - Parameter checks, in sklearn's terms

  static func checkCount(_ value: Int, _ name: String, atLeast low: Int) throws {
    guard value >= low else {
      throw ParameterError(
        parameter: name, expected: ">= \(low) (an integer in [\(low), ∞))", got: "\(value)")
    }
  }

  /// The most values a generator makes (2³¹ − 1 doubles, 16 GiB): a guard against a
  /// mistyped count overflowing the arithmetic instead of failing clearly.
  static let maxValues = Int(Int32.max)

  /// Checks that `counts` samples of `features` values each stay within `maxValues`.
  static func checkSize(_ counts: [Int], features: Int, _ name: String = "nSamples") throws {
    var total = 0
    var overflow = false
    for count in counts where !overflow {
      (total, overflow) = total.addingReportingOverflow(count)
    }
    let (values, tooMany) = total.multipliedReportingOverflow(by: features)
    guard !overflow, !tooMany, values <= maxValues else {
      throw ParameterError(
        parameter: name,
        expected: "small enough for at most \(maxValues) values (samples × features)",
        got: "\(overflow ? "more than \(Int.max)" : "\(total)") samples × \(features) features")
    }
  }

  static func checkNoise(_ noise: Double?) throws {
    guard let noise else { return }
    guard noise >= 0, noise.isFinite else {
      throw ParameterError(
        parameter: "noise", expected: ">= 0 (a finite number in [0, ∞)) or nil", got: "\(noise)")
    }
  }
}
