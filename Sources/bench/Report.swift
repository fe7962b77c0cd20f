import Foundation
import MLPKit

/// The benchmark's table, its notes and the verdict on each goal.
struct Report {
  let rows: [Runner.Row]
  let memory: Result<Memory.Result, Error>?
  let ourPeak: Double?
  let referencePeak: [String: Double]?
  let info: [String: Any]?
  let referenceNote: String?
  let repetitions: Int
  let loadBefore: String
  let loadAfter: String

  var text: String {
    var lines: [String] = []
    let machine = ProcessInfo.processInfo
    lines.append(
      "mlp-workbook benchmark: \(machine.activeProcessorCount) cores, kernel \(MatrixProduct.kernelName), "
        + "\(MatrixProduct.threadCount) threads")
    if let info {
      let sk = info["sklearn"] as? String ?? "?"
      let torch = info["torch"] as? String ?? "not installed"
      var imports = "imports not timed"
      if let s = info["sklearn_import_seconds"] as? Double {
        imports = String(format: "import sklearn %.2f s", s)
        if let t = info["torch_import_seconds"] as? Double {
          imports += String(format: ", torch %.2f s", t)
        }
        imports += " (not in the timings)"
      }
      lines.append("reference: scikit-learn \(sk), PyTorch \(torch); \(imports)")
    }
    lines.append(
      "median of \(repetitions) timed run\(repetitions == 1 ? "" : "s") after one warm-up, ours and theirs interleaved; "
        + "ratio = theirs / ours")
    lines.append("load average (1, 5, 15 min): \(loadBefore) at the start, \(loadAfter) at the end")
    let busiest = [loadBefore, loadAfter].compactMap {
      $0.split(separator: " ").first.flatMap { Double($0) }
    }.max()
    if let busiest, busiest > Double(machine.activeProcessorCount) / 2 {
      lines.append(
        "warning: the machine was busy (load \(busiest) on \(machine.activeProcessorCount) cores): wall-clock "
          + "times include waiting for a core, and multi-threaded references (PyTorch, OpenBLAS) "
          + "slow down far more than single-threaded code when their threads spin; "
          + "ratios measured now can differ a lot from an idle machine's")
    }
    lines.append("")
    lines.append(table)
    lines.append("")
    lines += notes
    lines.append("")
    lines.append("goals:")
    lines += verdicts
    return lines.joined(separator: "\n")
  }

  var table: String {
    var table =
      (try? Table(
        columns: [
          .init("workload"), .init("what", maxWidth: 48), .init("ours s", decimals: 4),
          .init("against"), .init("theirs s", decimals: 4), .init("ratio", decimals: 1),
          .init("goal"), .init("GFLOP/s", decimals: 1),
        ]))
    for row in rows {
      let ours = row.ours.isEmpty ? nil : median(row.ours)
      let theirs = row.theirs.isEmpty ? nil : median(row.theirs)
      var goal: String
      switch row.goal {
      case .none: goal = ""
      case .speedup(let factor): goal = factor == 1 ? "faster" : ">= \(Int(factor))x"
      case .under(let limit): goal = "< \(limit) s"
      }
      if let met = row.met { goal += met ? " ✓" : " ✗" } else if !goal.isEmpty { goal += " ?" }
      let gflops = row.flops.flatMap { flops in ours.map { flops / $0 / 1e9 } }
      try? table?.addRow([
        .text(row.workload), .text(row.what), ours.map(Table.Cell.number) ?? .text("—"),
        .text(row.against), theirs.map(Table.Cell.number) ?? .text(row.against.isEmpty ? "" : "—"),
        row.ratio.map(Table.Cell.number) ?? .empty, .text(goal),
        gflops.map(Table.Cell.number) ?? .empty,
      ])
    }
    return table?.description ?? ""
  }

  var notes: [String] {
    var lines: [String] = []
    for row in rows {
      guard let note = row.note else { continue }
      let label =
        row.workload == "W7" ? "W7 " + (row.what.split(separator: ",").first ?? "") : row.workload
      lines.append("note: \(label): \(note)")
    }
    if let referenceNote { lines.append("note: \(referenceNote)") }
    // our CPU time shows what a busy machine added to the wall-clock times
    let cpu = rows.filter { !$0.oursCPU.isEmpty && $0.workload != "W7" && $0.workload != "W1-mlp" }
      .map { String(format: "%@ %.4f", $0.workload, median($0.oursCPU)) }
    if !cpu.isEmpty {
      lines.append(
        "our CPU seconds per run (user + system, all threads; medians): "
          + cpu.joined(separator: ", "))
    }
    lines.append(
      "GFLOP/s counts the matrix products only (2 flops per multiply-add; training: forward, "
        + "weight gradient and input gradient of every layer, the convention of the issue's 89 GFLOP for W5)"
    )
    var peaks = "matmul peak on this machine: ours "
    peaks += ourPeak.map { String(format: "%.1f GFLOP/s (Double, 1024³)", $0) } ?? "not measured"
    if let referencePeak, let f64 = referencePeak["float64"], let f32 = referencePeak["float32"] {
      peaks += String(format: "; torch %.1f (float64) / %.1f (float32), 2048³", f64, f32)
    }
    lines.append(peaks)
    if let w5 = rows.first(where: { $0.workload == "W5" }), let flops = w5.flops, !w5.ours.isEmpty {
      let achieved = flops / median(w5.ours) / 1e9
      var share = String(format: "W5 achieves %.1f GFLOP/s", achieved)
      if let ourPeak {
        share += String(format: " = %.0f%% of our Double peak", 100 * achieved / ourPeak)
      }
      if let f32 = referencePeak?["float32"] {
        share += String(format: ", %.0f%% of the float32 peak (aim: 25%%)", 100 * achieved / f32)
      }
      lines.append(share)
    }
    switch memory {
    case .success(let m)?:
      lines.append(
        String(
          format:
            "W5 memory: the fit needs %.1f MB beyond its training data (%.1f MB) and model (%.2f MB): "
            + "the resident high-water mark while fitting minus the resident size just before, "
            + "measured in a child after a warm-up fit, with free heap returned to the system first",
          m.fitBytes / 1e6, m.dataBytes / 1e6, m.modelBytes / 1e6))
    case .failure(let error)?:
      lines.append("W5 memory: not measured (\(error))")
    case nil:
      break
    }
    return lines
  }

  /// One line per goal of the issue, met (✓), missed (✗) or not measured (?).
  var verdicts: [String] {
    var lines: [String] = []
    func mark(_ met: Bool?) -> String { met.map { $0 ? "✓" : "✗" } ?? "?" }
    func ratioGoal(_ name: String, _ text: String) {
      guard let row = rows.first(where: { $0.workload == name }) else { return }
      let detail = row.ratio.map { String(format: "%.1f×", $0) } ?? "not measured"
      lines.append("  \(mark(row.met)) \(text): \(detail)")
    }
    ratioGoal("W1", "W1 at least 20× faster than sklearn's fit")
    ratioGoal(
      "W1-mlp", "`mlp train`, start-up and CSV included, at least 10× faster than sklearn's fit")
    ratioGoal("W2", "W2 at least 20× faster than sklearn")
    ratioGoal("W3", "W3 at least 20× faster than PyTorch's loop")
    ratioGoal("W5", "W5 faster than PyTorch float32 on 2 threads")
    ratioGoal("W6", "W6 at least 3× faster than sklearn")
    if let w5 = rows.first(where: { $0.workload == "W5" }), let flops = w5.flops,
      !w5.ours.isEmpty, let f32 = referencePeak?["float32"]
    {
      let share = flops / median(w5.ours) / 1e9 / f32
      lines.append(
        String(
          format: "  %@ (aim) W5 at 25%% of the float32 matmul peak: %.0f%%",
          share >= 0.25 ? "✓" : "✗", 100 * share))
    }
    let chapters = rows.filter { $0.workload == "W7" }
    if !chapters.isEmpty {
      let timed = chapters.filter { !$0.ours.isEmpty }
      let slow = timed.filter { $0.met == false }.map { $0.what.prefix(8) }
      // missed as soon as one is too slow; met only when every chapter was timed
      let met: Bool? = !slow.isEmpty ? false : (timed.count == chapters.count ? true : nil)
      var detail = "\(timed.count) of \(chapters.count) chapters built and timed"
      if !slow.isEmpty { detail += "; too slow: " + slow.joined(separator: ", ") }
      if let longest = timed.map({ median($0.ours) }).max() {
        detail += String(format: "; longest %.3f s", longest)
      }
      lines.append("  \(mark(met)) every chapter under 0.5 s (release): \(detail)")
    }
    if case .success(let m)? = memory {
      lines.append(
        String(
          format:
            "  %@ W5 peak memory (data + model + fit) under 2× data + model: %.1f MB of %.1f MB (%.2f×)",
          mark(m.met), m.peak / 1e6, m.limit / 1e6, m.peak / (m.dataBytes + m.modelBytes)))
    } else if memory != nil {
      lines.append("  ? W5 peak memory under 2× data + model: not measured")
    }
    return lines
  }
}
