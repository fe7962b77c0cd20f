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
/// wall-clock seconds; throws with its exit status if it fails.
///
/// The child is started with `posix_spawn`, not Foundation's `Process`: on Linux
/// `Process.run()` itself takes about 50 ms (measured here), which would be charged
/// to the command being timed. Its standard error goes to a file so that a failure
/// can be reported without a pipe the child could fill.
func timeExecutable(_ name: String, _ arguments: [String]) throws -> Double {
  let path = productFolder.appendingPathComponent(name).path
  let errorFile = FileManager.default.temporaryDirectory
    .appendingPathComponent("bench-\(name)-\(getpid()).stderr").path
  defer { unlink(errorFile) }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  var pid: pid_t = 0
  var status: Int32 = 0
  var spawned: Int32 = 0
  let elapsed = seconds {
    spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    if spawned == 0 { _ = waitpid(pid, &status, 0) }
  }
  guard spawned == 0 else {
    throw BenchError("`\(name)` could not be started: \(String(cString: strerror(spawned)))")
  }
  // exited normally with status 0: the low 7 bits (signal) and the exit code are 0
  guard status == 0 else {
    let message = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
    let last = message.split(separator: "\n").last.map { ": \($0)" } ?? ""
    throw BenchError("`\(name) \(arguments.first ?? "")` failed (status \(status))\(last)")
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
