import Foundation
import MLPKit

/// `bench --profile W1 --times 50`: our side of one workload, repeated, and nothing
/// else (no reference, no data for other workloads), for `perf record` / `perf stat`.
enum Profile {
  static func run(_ workload: String, times: Int) throws {
    let body = try Self.body(workload)
    try body()  // warm-up
    let cpuBefore = cpuSeconds()
    let elapsed = try seconds {
      for _ in 0..<times { try body() }
    }
    let cpu = cpuSeconds() - cpuBefore
    print(
      String(
        format: "%@: %.5f s per run, %.5f s of CPU per run (%d runs)", workload,
        elapsed / Double(times), cpu / Double(times), times))
  }

  static func body(_ workload: String) throws -> () throws -> Void {
    switch workload {
    case "W1":
      let data = try Workloads.seedData()
      return { try Workloads.w1Model().fit(data.xTrain, data.yTrain) }
    case "W2":
      let data = try Workloads.seedData()
      return { _ = try Workloads.w2(data) }
    case "W3":
      let data = try Workloads.seedData()
      return { _ = try Workloads.w3(data) }
    case "W4":
      let digits = try Workloads.digits()
      return {
        let model = MLPClassifier(hiddenLayerSizes: [100], maxIter: 200, randomState: 0)
        model.warningSink = { _ in }
        try model.fit(digits.x, digits.y)
      }
    case "W5":
      let w5 = try Workloads.w5Data()
      return { try Workloads.w5Model().fit(w5.xTrain, w5.yTrain) }
    case "W6":
      let data = try Workloads.seedData()
      let model = Workloads.w1Model()
      try model.fit(data.xTrain, data.yTrain)
      let grid = try Workloads.grid()
      return { _ = try model.predictProba(grid) }
    case "peak":
      return { _ = Peak.measure() }
    default:
      throw BenchError("no workload \(workload) to profile (W1…W6, peak)")
    }
  }
}
