import Foundation

/// The weights of a fitted or training MLP in sklearn's layout, plus the two
/// activations, with the forward pass `MLPClassifier` predicts with.
///
/// `layerUnits = [features, hidden…, outputs]`; `coefs[i]` is `[units[i], units[i+1]]`
/// row-major and `intercepts[i]` has `units[i+1]` entries, exactly `coefs_` and
/// `intercepts_`. Introduced in §2.5.
struct MLPNetwork: Equatable {
  var layerUnits: [Int]
  var coefs: [[Double]]
  var intercepts: [[Double]]
  var hiddenActivation: Activation
  /// True for one sigmoid output (two classes or one), false for a softmax.
  var outputIsLogistic: Bool

  /// The number of weight layers (`nLayers − 1`).
  var depth: Int { coefs.count }

  /// Every weight and bias, coefs first then intercepts, each raveled row-major:
  /// sklearn's `_pack`, the vector L-BFGS works on.
  var packed: [Double] { coefs.flatMap { $0 } + intercepts.flatMap { $0 } }

  /// Reads the weights back from a vector laid out as `packed`.
  mutating func unpack(_ vector: [Double]) {
    var start = 0
    for i in 0..<depth {
      let end = start + coefs[i].count
      coefs[i] = Array(vector[start..<end])
      start = end
    }
    for i in 0..<depth {
      let end = start + intercepts[i].count
      intercepts[i] = Array(vector[start..<end])
      start = end
    }
  }

  /// True when no weight or bias is NaN or infinite.
  var isFinite: Bool {
    coefs.allSatisfy { $0.allSatisfy(\.isFinite) }
      && intercepts.allSatisfy { $0.allSatisfy(\.isFinite) }
  }

  /// The output layer for `rows` samples of `x` (row-major `[rows, units[0]]`):
  /// `[rows, outputs]`, sigmoid or softmax applied (sklearn's `_forward_pass_fast`).
  ///
  /// Every row's numbers depend on that row alone, so the rows go through the layers
  /// in blocks small enough for the caches (a whole 90000-point grid would need a
  /// 72 MB hidden layer), and large inputs spread the blocks over the cores.
  func outputs(_ x: [Double], rows: Int) -> [Double] {
    let outputs = layerUnits[depth]
    var result = [Double](repeating: 0, count: rows * outputs)  // [rows, outputs]
    guard rows > 0 else { return result }
    // hidden rows padded to 8 numbers, so they start on cache lines
    let widest = (layerUnits.map { ($0 + 7) / 8 * 8 }.max() ?? 8)
    func stride(_ i: Int) -> Int {
      i == 0 ? layerUnits[0] : (i == depth ? outputs : (layerUnits[i] + 7) / 8 * 8)
    }
    // about 256 KB of activations per block, at least 16 rows
    let blockRows = Swift.max(16, Swift.min(rows, 32768 / widest))
    let blocks = (rows + blockRows - 1) / blockRows
    // a block of one row would sum its single output column in np.dot's order, not
    // dgemv_t's as the whole input does: then the last block takes a row from the one before
    let lone = rows > 1 && rows - (blocks - 1) * blockRows == 1
    func bounds(_ block: Int) -> (start: Int, count: Int) {
      var start = block * blockRows
      var end = Swift.min(start + blockRows, rows)
      if lone && block == blocks - 1 { start -= 1 }
      if lone && block == blocks - 2 { end -= 1 }
      return (start, end - start)
    }
    let work = rows * zip(layerUnits, layerUnits.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 }
    let shares =
      work >= MatrixProduct.parallelThreshold ? Swift.min(blocks, ParallelLoop.threadCount) : 1
    x.withUnsafeBufferPointer { xp in
      result.withUnsafeMutableBufferPointer { rp in
        guard let x0 = xp.baseAddress, let r0 = rp.baseAddress else { return }
        let buffers = SendablePointers(x: x0, result: r0)
        ParallelLoop.forEach(shares) { share in
          // each share: a contiguous run of blocks, with its own two scratch layers
          let scratch = UnsafeMutableRawPointer.allocate(
            byteCount: 2 * blockRows * widest * MemoryLayout<Double>.stride, alignment: 64
          ).bindMemory(to: Double.self, capacity: 2 * blockRows * widest)
          defer { UnsafeMutableRawPointer(scratch).deallocate() }
          let first = blocks * share / shares
          let last = blocks * (share + 1) / shares
          for block in first..<last {
            let (start, count) = bounds(block)
            var input = UnsafePointer(buffers.x + start * layerUnits[0])
            for i in 0..<depth {
              // forward, ping-ponging between the two halves of the scratch
              let output =
                i == depth - 1
                ? buffers.result + start * outputs : scratch + (i % 2) * blockRows * widest
              forward(
                layer: i, input: input, inputStride: stride(i), rows: count, output: output,
                outputStride: stride(i + 1), parallelThreshold: 0)
              input = UnsafePointer(output)
            }
          }
        }
      }
    }
    return result
  }
}

/// Raw buffers handed to the worker threads, which write disjoint rows.
struct SendablePointers: @unchecked Sendable {
  let x: UnsafePointer<Double>
  let result: UnsafeMutablePointer<Double>
}
