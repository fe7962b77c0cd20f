import Foundation
import MLPKit

/// Runs the workloads, interleaving our runs with the reference's, and collects rows.
struct Runner {
  let reference: Reference?
  let repetitions: Int
  let selected: Set<String>?
  let quick: Bool

  /// What a row promises: a speed-up over the reference, or a time limit.
  enum Goal {
    case none
    case speedup(Double)
    case under(Double)
  }

  /// One row: our times, the reference's times, the goal and the work done.
  struct Row {
    let workload: String
    let what: String
    var ours: [Double] = []
    /// Our CPU seconds (user + system, all threads) for each timed run.
    var oursCPU: [Double] = []
    var theirs: [Double] = []
    var against: String
    let goal: Goal
    let flops: Double?
    /// Why a column is empty (not built, skipped, failed).
    var note: String? = nil

    var ratio: Double? {
      guard !ours.isEmpty, !theirs.isEmpty else { return nil }
      return median(theirs) / median(ours)
    }
    /// Whether the goal is met; nil when there is no goal or nothing to judge it by.
    var met: Bool? {
      switch goal {
      case .none: return nil
      case .speedup(let factor): return ratio.map { $0 >= factor }
      case .under(let limit): return ours.isEmpty ? nil : median(ours) < limit
      }
    }
  }

  func wants(_ name: String) -> Bool { selected?.contains(name) ?? true }

  /// Waits until the reference's spinning threads have gone to sleep.
  func settle() { Thread.sleep(forTimeInterval: 0.3) }

  /// One timed reference run; nil when there is no reference or it skipped the workload.
  func referenceRun(_ workload: String) throws -> (seconds: Double?, skipped: String?) {
    guard let reference else { return (nil, nil) }
    let answer = try reference.ask("run \(workload)")
    if let error = answer["error"] as? String { throw BenchError("the reference: \(error)") }
    return (answer["seconds"] as? Double, answer["skipped"] as? String)
  }

  /// Times `ours` (and the reference's `theirs`, interleaved) after one untimed warm-up
  /// run of each: first-touch memory, lazy initialisers, imports are not measured.
  /// After each reference run the machine is left alone for a moment: OpenBLAS and
  /// OpenMP worker threads keep spinning for a while after their work (up to ~0.2 s),
  /// and would otherwise take a core from our next run.
  func measure(_ row: inout Row, reference workload: String?, ours: () throws -> Void) throws {
    try ours()
    var skipped: String? = nil
    if let workload {
      skipped = try referenceRun(workload).skipped
      settle()
    }
    for _ in 0..<repetitions {
      let cpuBefore = cpuSeconds()
      row.ours.append(try seconds(ours))
      row.oursCPU.append(cpuSeconds() - cpuBefore)
      if let workload, skipped == nil, let t = try referenceRun(workload).seconds {
        row.theirs.append(t)
        settle()
      }
    }
    if let skipped { row.note = "\(row.against): \(skipped)" }
    if workload != nil, reference == nil { row.note = "no reference (see the note below)" }
  }

  func run() throws -> [Row] {
    var rows: [Row] = []
    func add(
      _ name: String, _ what: String, against: String, goal: Goal, flops: Double? = nil,
      reference: String?, prepare: () throws -> (() throws -> Void)
    ) throws {
      guard wants(name) || wants(name.split(separator: "-").first.map(String.init) ?? name) else {
        return
      }
      var row = Row(workload: name, what: what, against: against, goal: goal, flops: flops)
      try measure(&row, reference: reference, ours: try prepare())
      rows.append(row)
    }

    let data = try Workloads.seedData()
    try add(
      "W1", "sklearn seed: (100,), 300 epochs, 800 moons", against: "sklearn", goal: .speedup(20),
      flops: Workloads.trainingFlops(units: [2, 100, 1], samples: 800, epochs: 300),
      reference: "W1"
    ) { { try Workloads.w1Model().fit(data.xTrain, data.yTrain) } }
    try addCommand(to: &rows, data: data)
    try add(
      "W2", "seed warm-start loop: 20 x (fit 1 epoch + eval)", against: "sklearn",
      goal: .speedup(20), reference: "W2"
    ) { { _ = try Workloads.w2(data) } }
    try add(
      "W3", "seed PyTorch loop: 2-10-10-2, Adam, 50 epochs", against: "PyTorch",
      goal: .speedup(20), reference: "W3"
    ) { { _ = try Workloads.w3(data) } }
    if !quick {
      try add(
        "W4", "digits, (100,), 200 epochs", against: "sklearn", goal: .none,
        flops: Workloads.trainingFlops(units: [64, 100, 10], samples: 1797, epochs: 200),
        reference: "W4"
      ) {
        let digits = try Workloads.digits()
        return {
          let model = MLPClassifier(hiddenLayerSizes: [100], maxIter: 200, randomState: 0)
          model.warningSink = { _ in }
          try model.fit(digits.x, digits.y)
        }
      }
    }
    let w5Flops = Workloads.trainingFlops(units: [50, 256, 128, 5], samples: 16000, epochs: 20)
    let w5Rows: [(String, String, Goal)] =
      quick
      ? [("W5", "PyTorch f32", .speedup(1))]
      : [
        ("W5", "PyTorch f32", .speedup(1)), ("W5-sk64", "sklearn f64", .none),
        ("W5-sk32", "sklearn f32", .none),
      ]
    if w5Rows.contains(where: { wants($0.0) }) {
      let w5 = try Workloads.w5Data()
      for (name, against, goal) in w5Rows {
        try add(
          name, "20000x50 blobs, (256,128), batch 200, 20 epochs", against: against, goal: goal,
          flops: w5Flops, reference: name == "W5" ? "W5-torch" : name
        ) { { try Workloads.w5Model().fit(w5.xTrain, w5.yTrain) } }
      }
    }
    try add(
      "W6", "predictProba on a 300x300 grid", against: "sklearn", goal: .speedup(3),
      flops: Workloads.forwardFlops(units: [2, 100, 1], samples: 90000), reference: "W6"
    ) {
      let model = Workloads.w1Model()
      try model.fit(data.xTrain, data.yTrain)
      let grid = try Workloads.grid()
      return { _ = try model.predictProba(grid) }
    }
    if wants("W7") {
      for chapter in 1...5 {
        var row = Row(
          workload: "W7", what: "chapter\(chapter), whole run (release)", against: "",
          goal: .under(0.5), flops: nil)
        if let missing = missingExecutable("chapter\(chapter)") {
          row.note = missing
        } else {
          do {
            try measure(&row, reference: nil) { _ = try timeExecutable("chapter\(chapter)", []) }
          } catch {
            row.ours = []
            row.note = "\(error)"
          }
        }
        rows.append(row)
      }
    }
    return rows
  }

  /// W1-mlp: the whole `mlp train` command on the seed's data, against sklearn's fit alone.
  func addCommand(to rows: inout [Row], data: Workloads.SeedData) throws {
    guard wants("W1-mlp") || wants("W1") else { return }
    var row = Row(
      workload: "W1-mlp", what: "`mlp train` whole command, CSV to summary",
      against: "sklearn fit", goal: .speedup(10), flops: nil)
    if let missing = missingExecutable("mlp") {
      row.note = missing
      rows.append(row)
      return
    }
    let csv = try Runner.seedCSV()
    defer { try? FileManager.default.removeItem(at: csv) }
    let arguments = [
      "train", csv.path, "--target", "y", "--hidden", "100", "--max-iter", "300", "--seed", "42",
    ]
    do {
      try measure(&row, reference: "W1") { _ = try timeExecutable("mlp", arguments) }
    } catch {
      row.ours = []
      row.theirs = []
      row.note = "\(error)"
    }
    rows.append(row)
  }

  /// The seed's 1000 moons as a CSV for `mlp train` (columns x1, x2, y), in a temporary file.
  static func seedCSV() throws -> URL {
    let moons = try makeMoons(nSamples: 1000, noise: 0.2, randomState: 42)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mlp-bench-moons-\(ProcessInfo.processInfo.processIdentifier).csv")
    try moons.writeCSV(to: url.path)
    return url
  }
}
