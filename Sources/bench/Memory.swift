import Foundation
import MLPKit

/// Peak memory of one workload, measured in a child process (Linux: /proc/self/status),
/// against the size of its data plus its model.
enum Memory {
  struct Result {
    let peakBytes: Double
    let baselineBytes: Double
    let dataAndModelBytes: Double
    var grownBytes: Double { peakBytes - baselineBytes }
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

  /// In the child: generate W5's data, fit, and print the memory figures as JSON.
  static func runChild(_ workload: String) throws {
    guard workload == "W5" else { throw BenchError("no memory workload \(workload)") }
    let baseline = status("VmRSS") ?? 0
    let data = try Workloads.w5Data()
    let model = Workloads.w5Model()
    try model.fit(data.xTrain, data.yTrain)
    let peak = status("VmHWM") ?? 0
    // the data set (20000 × 50 doubles and labels) plus the model's weights
    let dataBytes = Double(20000 * 50 * 8 + 20000 * 8)
    let modelBytes =
      Double(
        model.coefs.reduce(0) { $0 + $1.count } + model.intercepts.reduce(0) { $0 + $1.count }) * 8
    let answer = ["peak": peak, "baseline": baseline, "dataAndModel": dataBytes + modelBytes]
    let json = try JSONSerialization.data(withJSONObject: answer, options: [.sortedKeys])
    print(String(decoding: json, as: UTF8.self))
  }

  /// Runs `bench --child workload` and reads its answer; nil where it cannot measure.
  static func measure(_ workload: String) throws -> Result? {
    guard status("VmHWM") != nil else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["--child", workload]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Double],
      let peak = object["peak"], let baseline = object["baseline"],
      let size = object["dataAndModel"]
    else { return nil }
    return Result(peakBytes: peak, baselineBytes: baseline, dataAndModelBytes: size)
  }
}

/// This machine's matrix-product peak with our kernel (Double, all threads).
enum Peak {
  static func measure() -> Double {
    let n = 1024
    var rng = RandomState(seed: 0)
    let a = rng.uniform(low: -1, high: 1, count: n * n)
    var c = [Double](repeating: 0, count: n * n)
    var best = Double.infinity
    for _ in 0..<5 {
      let t = a.withUnsafeBufferPointer { p in
        c.withUnsafeMutableBufferPointer { q in
          seconds {
            MatrixProduct.gemm(
              n: n, m: n, k: n, a: p.baseAddress!, b: p.baseAddress!, c: q.baseAddress!)
          }
        }
      }
      best = min(best, t)
    }
    return 2 * Double(n * n * n) / best / 1e9
  }
}
