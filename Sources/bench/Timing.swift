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

/// The folder of the running `bench`, where the package's other executables are built.
var productFolder: URL {
  URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
}

/// Why `name` cannot be run (not built beside `bench`), or nil when it can.
func missingExecutable(_ name: String) -> String? {
  let url = productFolder.appendingPathComponent(name)
  guard FileManager.default.isExecutableFile(atPath: url.path) else {
    return "`\(name)` is not built (not a product of this package yet); row skipped"
  }
  return nil
}

/// Runs an executable built beside this one, output discarded, and returns its
/// wall-clock seconds; throws with its exit status and last error line if it fails.
func timeExecutable(_ name: String, _ arguments: [String]) throws -> Double {
  let process = Process()
  process.executableURL = productFolder.appendingPathComponent(name)
  process.arguments = arguments
  process.standardInput = FileHandle.nullDevice
  process.standardOutput = FileHandle.nullDevice
  let errors = Pipe()
  process.standardError = errors
  var data = Data()
  let elapsed = try seconds {
    try process.run()
    // read to the end (the child's exit closes the pipe) so a chatty child never blocks
    data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
  }
  let message = String(decoding: data, as: UTF8.self)
  guard process.terminationStatus == 0 else {
    let last = message.split(separator: "\n").last.map { ": \($0)" } ?? ""
    throw BenchError(
      "`\(name) \(arguments.first ?? "")` exited with \(process.terminationStatus)\(last)")
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
