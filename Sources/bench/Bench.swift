import ArgumentParser
import Foundation
import MLPKit

/// `make bench`: each workload in our library and, in the same run and interleaved,
/// in scikit-learn and PyTorch; medians, ratios, goals and achieved GFLOP/s.
@main
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Times the workbook's workloads against scikit-learn and PyTorch in the same run.",
    discussion: """
      Run from the package root after `swift build -c release` (`make bench` does both). \
      The reference columns need a Python with scikit-learn (and torch for W3 and W5); \
      without them the table shows our times only.
      """)

  @Option(help: "Timed repetitions per workload (the median is reported).")
  var repetitions = 5

  @Flag(help: "One timed run per workload; skips W4 and the sklearn rows of W5.")
  var quick = false

  @Option(help: "The Python that has scikit-learn and torch.")
  var python = "python3"

  @Flag(help: "Skip the reference columns.")
  var noReference = false

  @Option(help: "Run only these workloads (comma-separated, e.g. W1,W3,W1-mlp,W7).")
  var only: String?

  @Flag(help: "Print a fingerprint of every workload's numbers (to check a change keeps the bits).")
  var digest = false

  @Option(help: "Run only our side of one workload, --times times, for a profiler.")
  var profile: String?

  @Option(help: "Runs for --profile.")
  var times = 10

  @Option(help: "Use this matrix kernel (avx512, avx2, neon, generic) instead of the fastest.")
  var kernel: String?

  @Option(
    help: ArgumentHelp("Internal: run one workload and report its memory.", visibility: .hidden))
  var child: String?

  func validate() throws {
    guard repetitions >= 1 else { throw ValidationError("--repetitions must be at least 1") }
    guard times >= 1 else { throw ValidationError("--times must be at least 1") }
  }

  func run() throws {
    if let kernel, !MatrixProduct.useKernel(kernel) {
      throw BenchError("this machine cannot run the \(kernel) kernel")
    }
    if let child { return try Memory.runChild(child) }
    if digest { return try Digest.run() }
    if let profile { return try Profile.run(profile, times: times) }

    let loadBefore = loadAverage()
    var reference: Reference? = nil
    var referenceNote: String? = nil
    if noReference {
      referenceNote = "--no-reference: our times only"
    } else {
      do {
        reference = try Reference(script: "Tools/bench/reference_bench.py", python: python)
        if reference?.info["torch"] as? String == nil {
          referenceNote = "\(python) has no torch: the PyTorch columns (W3, W5) are empty"
        }
      } catch {
        referenceNote = "\(error)"
      }
    }
    defer { reference?.close() }
    let selected = only.map { Set($0.split(separator: ",").map(String.init)) }
    let repetitions = quick ? 1 : self.repetitions
    var rows: [Runner.Row] = []
    do {
      rows = try Runner(
        reference: reference, repetitions: repetitions, selected: selected, quick: quick
      ).run()
    } catch let error as BenchError where reference != nil {
      throw BenchError("\(error) (run with --no-reference to time our side alone)")
    }
    let memory: Result<Memory.Result, Error>? =
      (selected?.contains("W5") ?? true) ? Result { try Memory.measure("W5") } : nil
    let peak: Double? = Peak.measure()
    let referencePeak = try? reference?.ask("peak") as? [String: Double]
    let report = Report(
      rows: rows, memory: memory, ourPeak: peak,
      referencePeak: referencePeak?.isEmpty == false ? referencePeak : nil,
      info: reference?.info, referenceNote: referenceNote, repetitions: repetitions,
      loadBefore: loadBefore, loadAfter: loadAverage())
    print(report.text)
  }

  /// The first three fields of /proc/loadavg, or "unknown".
  func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else {
      return "unknown"
    }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }
}
