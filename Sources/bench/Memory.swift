import Foundation
import MLPKernels
import MLPKit

/// W5's memory, measured in a child process on Linux (`/proc/self`).
///
/// The fit's own memory `F` is the resident high-water mark while fitting minus the
/// resident size just before it. To make `F` the memory the fit needs and nothing else,
/// the child first fits a tiny model of the same shape (code, threads and runtime are
/// then loaded), then makes the data, returns every free heap byte to the system (so
/// the fit can neither count nor reuse leftovers of making the data) and resets the
/// high-water mark. W5's peak is then its training data `D` (features and labels as
/// stored) plus its model `M` plus `F`; the goal is a peak under `2 × (D + M)`.
enum Memory {
  struct Result {
    /// Resident bytes just before the fit, with the data in memory.
    let beforeFit: Double
    /// The resident high-water mark during the fit.
    let fitPeak: Double
    /// The training features and labels, as stored.
    let dataBytes: Double
    /// The fitted coefs and intercepts.
    let modelBytes: Double

    var fitBytes: Double { fitPeak - beforeFit }
    var peak: Double { dataBytes + modelBytes + fitBytes }
    var limit: Double { 2 * (dataBytes + modelBytes) }
    var met: Bool { peak < limit }
  }

  /// `VmHWM` (peak resident set) or `VmRSS` in bytes, nil where /proc is missing.
  static func status(_ field: String) -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
      let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first
      return kilobytes.map { $0 * 1024 }
    }
    return nil
  }

  /// Resets `VmHWM` to the current resident size; false where Linux does not allow it.
  static func resetPeak() -> Bool {
    guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
    defer { try? handle.close() }
    do {
      try handle.write(contentsOf: Data("5".utf8))
      return true
    } catch {
      return false
    }
  }

  /// In the child: warm up, make W5's training data, fit, print the figures as JSON.
  static func runChild(_ workload: String) throws {
    guard workload == "W5" else { throw BenchError("no memory workload \(workload)") }
    try warmUp()
    let (x, y) = try {
      let data = try Workloads.w5Data()
      return (data.xTrain, data.yTrain)
    }()
    mlpk_release_free_memory()
    guard resetPeak() else { throw BenchError("cannot reset the peak (no /proc/self/clear_refs)") }
    let beforeFit = status("VmRSS") ?? 0
    let model = Workloads.w5Model()
    try model.fit(x, y)
    let fitPeak = status("VmHWM") ?? 0
    let dataBytes =
      x.count * MemoryLayout<Double>.stride + y.count * MemoryLayout<ClassLabel>.stride
    let weights =
      model.coefs.reduce(0) { $0 + $1.count } + model.intercepts.reduce(0) { $0 + $1.count }
    let answer: [String: Double] = [
      "beforeFit": beforeFit, "fitPeak": fitPeak, "dataBytes": Double(dataBytes),
      "modelBytes": Double(weights * MemoryLayout<Double>.stride),
    ]
    let json = try JSONSerialization.data(withJSONObject: answer, options: [.sortedKeys])
    print(String(decoding: json, as: UTF8.self))
  }

  /// One epoch of W5's network on 64 rows: loads the code and starts the threads.
  static func warmUp() throws {
    var rng = RandomState(seed: 1)
    let x = try Tensor(shape: [64, 50], scalars: rng.normal(count: 64 * 50))
    let model = Workloads.w5Model()
    model.maxIter = 1
    try model.fit(x, (0..<64).map { .int($0 % 5) })
  }

  /// Runs `bench --child workload` and reads its answer; throws with the reason it cannot.
  static func measure(_ workload: String) throws -> Result {
    guard status("VmHWM") != nil else { throw BenchError("no /proc/self/status on this system") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["--child", workload]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Double],
      let beforeFit = object["beforeFit"], let fitPeak = object["fitPeak"],
      let dataBytes = object["dataBytes"], let modelBytes = object["modelBytes"]
    else {
      throw BenchError("the memory child failed (exit \(process.terminationStatus))")
    }
    return Result(
      beforeFit: beforeFit, fitPeak: fitPeak, dataBytes: dataBytes, modelBytes: modelBytes)
  }
}

/// This machine's matrix-product peak with our kernel: the best of five 1024³ Double
/// products on all cores.
enum Peak {
  static func measure() -> Double {
    let n = 1024
    var rng = RandomState(seed: 0)
    let a = rng.uniform(low: -1, high: 1, count: n * n)
    var c = [Double](repeating: 0, count: n * n)
    var best = Double.infinity
    a.withUnsafeBufferPointer { p in
      c.withUnsafeMutableBufferPointer { q in
        guard let a0 = p.baseAddress, let c0 = q.baseAddress else { return }
        for _ in 0..<5 {
          best = min(best, seconds { MatrixProduct.gemm(n: n, m: n, k: n, a: a0, b: a0, c: c0) })
        }
      }
    }
    return 2 * Double(n * n * n) / best / 1e9
  }
}
