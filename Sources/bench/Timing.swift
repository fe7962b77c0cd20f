import Foundation

/// Wall-clock seconds of `body`, from a monotonic clock.
func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The median of a non-empty list (the mean of the middle two for an even count).
func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return .nan }
  let middle = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// Runs an executable built beside this one and returns its wall-clock seconds.
func timeExecutable(_ name: String, _ arguments: [String]) throws -> Double {
  let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  let url = folder.appendingPathComponent(name)
  guard FileManager.default.isExecutableFile(atPath: url.path) else {
    throw BenchError("\(name) is not built in \(folder.path)")
  }
  let process = Process()
  process.executableURL = url
  process.arguments = arguments
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  var status: Int32 = 0
  let elapsed = try seconds {
    try process.run()
    process.waitUntilExit()
    status = process.terminationStatus
  }
  guard status == 0 else {
    throw BenchError("\(name) \(arguments.joined(separator: " ")) exited with \(status)")
  }
  return elapsed
}

/// User plus system CPU seconds this process has used so far (all threads).
func cpuSeconds() -> Double {
  var usage = rusage()
  #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
  #else
    getrusage(RUSAGE_SELF, &usage)
  #endif
  func value(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
  return value(usage.ru_utime) + value(usage.ru_stime)
}
