import MLPKernels

/// Preallocated memory for one minibatch: the activations of every layer, the deltas,
/// the targets and the gradients, in one block allocated once per fit and reused batch
/// after batch, so training allocates nothing in its inner loop. Introduced in §2.4.
///
/// Three layout choices make the passes cheaper without changing a bit:
/// - every activation but the output keeps a column of ones after its units
///   (`[rows, units[i] + 1]`), so the one product `[a | 1]ᵀ · δ` gives the weight
///   gradient *and*, in its last row, the column sums of `δ` for the bias gradient
///   (a fused multiply-add by 1 is an exact add, in the same row-by-row order as
///   `np.sum(δ, axis=0)`);
/// - so each layer's gradients sit together, `[units[i] + 1, units[i+1]]`: the weight
///   gradient `[units[i], units[i+1]]` followed by the bias gradient;
/// - rows of the hidden activations and deltas start on 64-byte boundaries (their
///   strides are rounded up to 8 numbers), so vector loads and stores never straddle
///   two cache lines.
final class MLPBackpropBuffers {
  let units: [Int]
  /// The most rows the buffers hold.
  private(set) var capacity: Int
  /// How many rows the batch in the buffers has.
  private(set) var rows = 0
  private var base: UnsafeMutablePointer<Double>
  private var size = 0
  private var activationStarts: [Int] = []
  private var deltaStarts: [Int] = []
  private var targetStart = 0
  private var termStart = 0
  private var gradientStarts: [Int] = []

  init(layerUnits: [Int], capacity: Int) {
    units = layerUnits
    self.capacity = capacity
    base = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    allocate()
  }

  deinit { UnsafeMutableRawPointer(base).deallocate() }

  /// The number of layers with weights.
  var depth: Int { units.count - 1 }

  /// The row length of `activation(i)`: its units and the ones column, rounded up to 8
  /// numbers; the output layer is dense.
  func activationStride(_ i: Int) -> Int {
    i < depth ? MLPBackpropBuffers.aligned(units[i] + 1) : units[i]
  }
  /// The row length of `delta(i)`: rounded up to 8 numbers; the output layer's is dense.
  func deltaStride(_ i: Int) -> Int {
    i < depth - 1 ? MLPBackpropBuffers.aligned(units[i + 1]) : units[i + 1]
  }

  /// `count` rounded up to a multiple of 8 (64 bytes of `Double`s).
  static func aligned(_ count: Int) -> Int { (count + 7) / 8 * 8 }

  /// Lays out every buffer for `capacity` rows in one allocation, and writes the ones.
  private func allocate() {
    size = 0
    func take(_ count: Int) -> Int {
      defer { size += MLPBackpropBuffers.aligned(count) }
      return size
    }
    activationStarts = (0...depth).map { take(capacity * activationStride($0)) }
    deltaStarts = (0..<depth).map { take(capacity * deltaStride($0)) }  // [rows, units[i+1]]
    let outputs = units.last ?? 0
    targetStart = take(capacity * outputs)  // [rows, outputs]
    termStart = take(capacity * Swift.max(outputs, 1))  // per-sample loss terms
    gradientStarts = zip(units, units.dropFirst()).map { take(($0 + 1) * $1) }  // [units[i] + 1, units[i+1]]
    UnsafeMutableRawPointer(base).deallocate()
    base = UnsafeMutableRawPointer.allocate(
      byteCount: Swift.max(size, 1) * MemoryLayout<Double>.stride, alignment: 64
    ).bindMemory(to: Double.self, capacity: Swift.max(size, 1))
    base.initialize(repeating: 0, count: Swift.max(size, 1))
    for i in 0..<depth {
      let (a, stride) = (activation(i), activationStride(i))
      for r in 0..<capacity { a[r * stride + units[i]] = 1 }
    }
  }

  /// `activations[i]`: `[rows, units[i]]` with rows `activationStride(i)` apart; layer 0
  /// is the input batch.
  func activation(_ i: Int) -> UnsafeMutablePointer<Double> { base + activationStarts[i] }
  /// `δ` of layer `i + 1` (`∂loss/∂z`): `[rows, units[i+1]]`, rows `deltaStride(i)` apart.
  func delta(_ i: Int) -> UnsafeMutablePointer<Double> { base + deltaStarts[i] }
  /// The batch's targets: `[rows, outputs]` of 0 and 1.
  var targets: UnsafeMutablePointer<Double> { base + targetStart }
  /// Room for one loss term per row (and per output).
  var lossTerms: UnsafeMutablePointer<Double> { base + termStart }
  /// `∂loss/∂coefs[i]`: `[units[i], units[i+1]]`, the layout of `coefs[i]`.
  func coefGrad(_ i: Int) -> UnsafeMutablePointer<Double> { base + gradientStarts[i] }
  /// `∂loss/∂intercepts[i]`: `[units[i+1]]`, right after `coefGrad(i)`.
  func interceptGrad(_ i: Int) -> UnsafeMutablePointer<Double> {
    base + gradientStarts[i] + units[i] * units[i + 1]
  }
  /// Every gradient, coefs then intercepts, each raveled (sklearn's `_pack`).
  var packedGradient: [Double] {
    var packed: [Double] = []
    for i in 0..<depth {
      packed += UnsafeBufferPointer(start: coefGrad(i), count: units[i] * units[i + 1])
    }
    for i in 0..<depth {
      packed += UnsafeBufferPointer(start: interceptGrad(i), count: units[i + 1])
    }
    return packed
  }

  /// Copies the rows `indices` of `x` (`[n, features]`) and of `y` (`[n, outputs]`)
  /// into the input and target buffers, as `X[batch_idx]` and `y[batch_idx]`.
  func load(rows indices: ArraySlice<Int>, x: [Double], y: [Double]) {
    let (f, o) = (units[0], units[units.count - 1])
    rows = indices.count
    if rows > capacity {
      // a bigger batch than planned (full-batch L-BFGS): grow once
      capacity = rows
      allocate()
    }
    let (input, stride, targets) = (activation(0), activationStride(0), self.targets)
    x.withUnsafeBufferPointer { xp in
      y.withUnsafeBufferPointer { yp in
        indices.withUnsafeBufferPointer { ip in
          guard let x0 = xp.baseAddress, let y0 = yp.baseAddress, let i0 = ip.baseAddress else {
            return
          }
          mlpk_gather_rows(x0, f, i0, rows, input, stride)
          mlpk_gather_rows(y0, o, i0, rows, targets, o)
        }
      }
    }
  }
}
