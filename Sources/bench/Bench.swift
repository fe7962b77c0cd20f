import ArgumentParser
import Foundation
import MLPKit

/// `make bench`: each workload in our library and, in the same run and interleaved,
/// in scikit-learn and PyTorch; medians, ratios and achieved GFLOP/s.
@main
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Times the workbook's workloads against scikit-learn and PyTorch in the same run.")

  @Option(help: "Timed repetitions per workload (the median is reported).")
  var repetitions = 5

  @Option(help: "The Python that has scikit-learn and torch.")
  var python = "python3"

  @Flag(help: "Skip the reference columns.")
  var noReference = false

  @Option(help: "Run only these workloads (comma-separated, e.g. W1,W3).")
  var only: String?

  @Option(
    help: ArgumentHelp("Internal: run one workload and report its memory.", visibility: .hidden))
  var child: String?

  @Flag(help: "Print a fingerprint of every workload's numbers (to check a change keeps the bits).")
  var digest = false

  @Option(help: "Run only our side of one workload, --times times, for a profiler.")
  var profile: String?

  @Option(help: "Runs for --profile.")
  var times = 10

  @Option(help: "Use this matrix kernel (avx512, avx2, neon, generic) instead of the fastest.")
  var kernel: String?

  func validate() throws {
    guard repetitions >= 1 else { throw ValidationError("--repetitions must be at least 1") }
  }

  func run() throws {
    if let kernel, !MatrixProduct.useKernel(kernel) {
      throw BenchError("this machine cannot run the \(kernel) kernel")
    }
    if let child {
      try Memory.runChild(child)
      return
    }
    if digest {
      try Digest.run()
      return
    }
    if let profile {
      try Profile.run(profile, times: times)
      return
    }
    var reference: Reference? = nil
    var note = ""
    if !noReference {
      do {
        reference = try Reference(script: "Tools/bench/reference_bench.py", python: python)
      } catch {
        note = "\(error)"
      }
    }
    defer { reference?.close() }
    let selected = only.map { Set($0.split(separator: ",").map(String.init)) }
    let table = try Runner(reference: reference, repetitions: repetitions, selected: selected).run()
    print(table)
    if !note.isEmpty { print("note: \(note)") }
  }
}
