import Foundation
import MLPKit

/// Runs the workloads, interleaving our runs with the reference's, and builds the table.
struct Runner {
  let reference: Reference?
  let repetitions: Int
  let selected: Set<String>?

  /// One row: our median, the reference's median, and the goal on their ratio.
  struct Row {
    let workload: String
    let what: String
    var ours: [Double] = []
    var theirs: [Double] = []
    let against: String
    /// The speed-up the issue asks for (ours must be this many times faster), or nil.
    let goal: Double?
    let flops: Double?

    var ratio: Double? {
      guard !ours.isEmpty, !theirs.isEmpty else { return nil }
      return median(theirs) / median(ours)
    }
    var met: Bool? {
      guard let goal, let ratio else { return nil }
      return ratio >= goal
    }
  }

  func wants(_ name: String) -> Bool { selected?.contains(name) ?? true }

  func referenceRun(_ workload: String) throws -> Double? {
    guard let reference else { return nil }
    let answer = try reference.ask("run \(workload)")
    return answer["seconds"] as? Double
  }

  func run() throws -> String {
    let data = try Workloads.seedData()
    let digits = try Workloads.digits()
    let w5 = try Workloads.w5Data()
    let grid = try Workloads.grid()
    let w1Model = Workloads.w1Model()
    try w1Model.fit(data.xTrain, data.yTrain)
    var csv: URL? = nil
    if wants("W1-mlp") { csv = try Self.seedCSV() }

    var rows: [Row] = []
    func add(
      _ name: String, _ what: String, against: String, goal: Double?, flops: Double?,
      reference: String?, ours: @escaping () throws -> Void
    ) throws {
      guard wants(name) else { return }
      var row = Row(workload: name, what: what, against: against, goal: goal, flops: flops)
      try ours()  // warm-up: first-touch memory, lazy initialisers
      if let reference { _ = try referenceRun(reference) }
      for _ in 0..<repetitions {
        row.ours.append(try seconds(ours))
        if let reference, let t = try referenceRun(reference) { row.theirs.append(t) }
      }
      rows.append(row)
    }

    try add(
      "W1", "seed sklearn example: (100,), 300 epochs, 800 moons", against: "sklearn", goal: 20,
      flops: Workloads.trainingFlops(units: [2, 100, 1], samples: 800, epochs: 300), reference: "W1"
    ) { try Workloads.w1Model().fit(data.xTrain, data.yTrain) }
    try add(
      "W1-mlp", "`mlp train` whole command vs sklearn's fit alone", against: "sklearn fit",
      goal: 10, flops: nil, reference: "W1"
    ) {
      _ = try timeExecutable(
        "mlp",
        [
          "train", csv?.path ?? "", "--target", "y", "--hidden", "100", "--max-iter", "300",
          "--seed", "42",
        ])
    }
    try add(
      "W2", "seed warm-start loop: 20 × fit(maxIter 1) + eval", against: "sklearn", goal: 20,
      flops: nil, reference: "W2"
    ) { _ = try Workloads.w2(data) }
    try add(
      "W3", "seed PyTorch loop: 2-10-10-2, Adam, 50 epochs", against: "PyTorch", goal: 20,
      flops: nil, reference: "W3"
    ) { _ = try Workloads.w3(data) }
    try add(
      "W4", "digits, (100,), 200 epochs", against: "sklearn", goal: nil,
      flops: Workloads.trainingFlops(units: [64, 100, 10], samples: 1797, epochs: 200),
      reference: "W4"
    ) {
      let model = MLPClassifier(hiddenLayerSizes: [100], maxIter: 200, randomState: 0)
      model.warningSink = { _ in }
      try model.fit(digits.x, digits.y)
    }
    let w5Flops = Workloads.trainingFlops(units: [50, 256, 128, 5], samples: 16000, epochs: 20)
    for (name, against, goal) in [
      ("W5-sk64", "sklearn f64", nil), ("W5-sk32", "sklearn f32", nil),
      ("W5-torch", "PyTorch f32", 1.0),
    ] as [(String, String, Double?)] {
      try add(
        name == "W5-torch" ? "W5" : name, "20000×50, 5 classes, (256,128), 20 epochs",
        against: against, goal: goal, flops: w5Flops, reference: name
      ) { try Workloads.w5Model().fit(w5.xTrain, w5.yTrain) }
    }
    try add(
      "W6", "predictProba on a 300×300 grid", against: "sklearn", goal: 3,
      flops: Workloads.forwardFlops(units: [2, 100, 1], samples: 90000), reference: "W6"
    ) { _ = try w1Model.predictProba(grid) }
    for chapter in 1...5 where wants("W7") {
      try add(
        "W7", "chapter\(chapter), whole run", against: "—", goal: nil, flops: nil,
        reference: nil
      ) { _ = try timeExecutable("chapter\(chapter)", []) }
    }
    let memory = wants("W5") ? try Memory.measure("W5") : nil
    let peak = Peak.measure()
    let referencePeak = try reference?.ask("peak")
    return Report(
      rows: rows, memory: memory, ourPeak: peak,
      referencePeak: referencePeak as? [String: Double], info: reference?.info
    ).text
  }

  /// The seed's 1000 moons as a CSV for `mlp train` (columns x1, x2, y).
  static func seedCSV() throws -> URL {
    let moons = try makeMoons(nSamples: 1000, noise: 0.2, randomState: 42)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("bench-moons.csv")
    try moons.writeCSV(to: url.path)
    return url
  }
}
