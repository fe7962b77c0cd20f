import Foundation
import MLPKit

/// The benchmark's table and notes.
struct Report {
  let rows: [Runner.Row]
  let memory: Memory.Result?
  let ourPeak: Double
  let referencePeak: [String: Double]?
  let info: [String: Any]?

  var text: String {
    var lines: [String] = []
    let machine = ProcessInfo.processInfo
    lines.append(
      "mlp-workbook benchmark · \(machine.activeProcessorCount) cores · kernel \(MatrixProduct.kernelName)"
    )
    if let info {
      let sk = info["sklearn"] as? String ?? "?"
      let torch = info["torch"] as? String ?? "not installed"
      let imports = String(
        format: "imports: sklearn %.2f s, torch %.2f s (not in the timings)",
        info["sklearn_import_seconds"] as? Double ?? .nan,
        info["torch_import_seconds"] as? Double ?? .nan)
      lines.append("reference: scikit-learn \(sk), PyTorch \(torch) · \(imports)")
    }
    lines.append("medians of the timed runs, ours and theirs interleaved; ratio = theirs / ours")
    lines.append("")
    var table =
      (try? Table(
        columns: [
          .init("workload"), .init("what", maxWidth: 34), .init("ours s", decimals: 4),
          .init("against"), .init("theirs s", decimals: 4), .init("ratio", decimals: 1),
          .init("goal"), .init("GFLOP/s", decimals: 1),
        ]))
    for row in rows {
      let ours = row.ours.isEmpty ? nil : median(row.ours)
      let theirs = row.theirs.isEmpty ? nil : median(row.theirs)
      var goal = row.goal.map { $0 == 1 ? "faster" : "≥ \(Int($0))×" } ?? ""
      if let met = row.met { goal += met ? " ✓" : " ✗" }
      if row.workload == "W7", let ours { goal = ours < 0.5 ? "< 0.5 s ✓" : "< 0.5 s ✗" }
      var gflops: Double? = nil
      if let flops = row.flops, let ours { gflops = flops / ours / 1e9 }
      try? table?.addRow([
        .text(row.workload), .text(row.what), ours.map(Table.Cell.number) ?? .empty,
        .text(row.against), theirs.map(Table.Cell.number) ?? .empty,
        row.ratio.map(Table.Cell.number) ?? .empty, .text(goal),
        gflops.map(Table.Cell.number) ?? .empty,
      ])
    }
    if let table { lines.append(table.description) }
    lines.append("")
    var peaks = String(format: "matmul peak on this machine: ours %.1f GFLOP/s (Double)", ourPeak)
    if let referencePeak {
      peaks += String(
        format: ", torch %.1f (float64) / %.1f (float32)", referencePeak["float64"] ?? .nan,
        referencePeak["float32"] ?? .nan)
    }
    lines.append(peaks)
    if let w5 = rows.first(where: { $0.workload == "W5" }), let flops = w5.flops, !w5.ours.isEmpty {
      let achieved = flops / median(w5.ours) / 1e9
      var share = String(
        format: "W5 achieves %.1f GFLOP/s = %.0f%% of our Double peak", achieved,
        100 * achieved / ourPeak)
      if let f32 = referencePeak?["float32"] {
        share += String(format: ", %.0f%% of the float32 peak (goal 25%%)", 100 * achieved / f32)
      }
      lines.append(share)
    }
    if let memory {
      let limit = 2 * memory.dataAndModelBytes
      lines.append(
        String(
          format:
            "W5 memory: peak %.1f MB, %.1f MB above the process baseline; data + model %.1f MB (goal: growth < 2× = %.1f MB) %@",
          memory.peakBytes / 1e6, memory.grownBytes / 1e6, memory.dataAndModelBytes / 1e6,
          limit / 1e6, memory.grownBytes < limit ? "✓" : "✗"))
    }
    return lines.joined(separator: "\n")
  }
}
