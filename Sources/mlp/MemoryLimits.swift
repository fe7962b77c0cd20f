import Foundation
import MLPKit

/// Whether a CSV file or a network can fit in this machine's memory, checked before
/// any of it is read or allocated, so a run that cannot finish fails at once with the
/// numbers instead of being killed (or swapping) half-way.
///
/// CSV files: the peak resident memory of a debug build grows with the file, measured
/// with `/usr/bin/time -v` on a 50 MB file of 540 000 rows × 10 numbers: 4.19 × the
/// file for `train` (the rows, the split, the scaled parts), 2.08 × for `predict` (the
/// rows and their scaled copy) and 2.85 × for `evaluate` (which also keeps the labels
/// and reads the file twice). The factors below round those up.
///
/// Networks: 8-byte weights, times 1 + the optimiser's state (the gradient, plus for
/// SGD the velocity, for Adam both moments, for L-BFGS ten pairs of history vectors),
/// plus the activations of one batch (batch × widest layer × layers × 8 bytes, twice
/// for the backward pass's deltas). Introduced in §2.3.
enum MemoryLimits {
  /// Peak memory as a multiple of the CSV file's size, per subcommand.
  static let csvFactor: [String: Double] = ["train": 4.2, "evaluate": 2.9, "predict": 2.1]

  /// The memory this machine has, in bytes.
  static var physicalMemory: Double { Double(ProcessInfo.processInfo.physicalMemory) }

  /// Refuses `file` when reading it for `command` would need more than the memory.
  /// - Returns: the largest size accepted, for `CSVReader.maxBytes` (a file that grows
  ///   between this check and the read still fails cleanly).
  /// - Throws: `DataError` naming the file's size, the estimate and the memory.
  @discardableResult
  static func checkCSV(_ file: String, command: String) throws -> Int {
    let factor = csvFactor[command] ?? 4.2
    let limit = Int(physicalMemory / factor)
    // a missing file or a folder is the reader's to report, with its own message
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
      attributes[.type] as? FileAttributeType == .typeRegular,
      let size = (attributes[.size] as? NSNumber)?.intValue
    else { return limit }
    let estimate = Double(size) * factor
    guard estimate <= physicalMemory else {
      throw DataError(
        file: file,
        "the file is \(bytes(Double(size))); mlp \(command) needs about \(factor) × that, "
          + "\(bytes(estimate)), more than this machine's \(bytes(physicalMemory)) of memory")
    }
    return limit
  }

  /// The estimated bytes to train a network of `units` (inputs, hidden layers,
  /// outputs) with `solver` on batches of `batch` rows.
  static func networkBytes(units: [Int], solver: MLPClassifier.Solver, batch: Int) -> Double {
    let layers = zip(units, units.dropFirst())
    // Double arithmetic: the counts themselves may overflow Int
    let weights = layers.reduce(0.0) { $0 + Double($1.0) * Double($1.1) + Double($1.1) }
    let state: Double
    switch solver {
    case .sgd: state = 2  // gradient, velocity
    case .adam: state = 3  // gradient, first and second moments
    case .lbfgs: state = 21  // gradient, ten pairs of (step, gradient change)
    }
    let widest = Double(units.max() ?? 0)
    let activations = Double(batch) * widest * Double(units.count) * 8 * 2
    return weights * 8 * (1 + state) + activations
  }

  /// Refuses a network that cannot fit in memory; the message names `--hidden`.
  /// `lowerBound`: the sizes are the least the data can have (checked before the file
  /// is read), so the message says "at least".
  /// - Throws: `ParameterError` giving the network, the estimate and the memory.
  static func checkNetwork(
    hidden: [Int], features: Int, outputs: Int, batch: Int, solver: MLPClassifier.Solver,
    lowerBound: Bool = false
  ) throws {
    let units = [features] + hidden + [outputs]
    let estimate = networkBytes(units: units, solver: solver, batch: batch)
    guard estimate <= physicalMemory else {
      let sizes = hidden.map(String.init).joined(separator: ",")
      let network =
        lowerBound
        ? "even with 1 feature and 1 output, hidden layers \(sizes) need at least"
        : "a network \(units.map(String.init).joined(separator: " → ")) needs about"
      throw ParameterError(
        parameter: "--hidden",
        expected: "small enough to fit in memory (\(network) \(bytes(estimate)) for the "
          + "weights, the \(solver.rawValue) state and the activations; this machine has "
          + "\(bytes(physicalMemory)))",
        got: sizes)
    }
  }

  /// `12.3 GB` (decimal units, one decimal; bytes below 1 kB).
  static func bytes(_ value: Double) -> String {
    let units = ["kB", "MB", "GB", "TB", "PB", "EB"]
    guard value >= 1000 else { return "\(Int(value)) bytes" }
    var scaled = value / 1000
    var unit = 0
    while scaled >= 1000 && unit < units.count - 1 {
      scaled /= 1000
      unit += 1
    }
    return scaled.fixed(1) + " " + units[unit]
  }
}
