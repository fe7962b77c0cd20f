import Foundation
import MLPKit
import Testing

/// The figures draw the chapters' own numbers: each datablock against what the chapter
/// prints (itself checked against scikit-learn and PyTorch by the chapter tests) or
/// against the chapter's reference fixture.
@Suite struct ChapterPlotsDataTests {
  typealias S = PlotsSupport

  /// The scripts of one chapter run with `--plots` (shared with the other tests).
  static func scripts(_ chapter: String, _ arguments: [String] = []) throws -> [String: String] {
    let plots = try S.plotsRun(chapter, arguments)
    try #require(plots.run.status == 0, "\(plots.run.stderr)")
    return plots.scripts
  }

  /// Every number in `line`, in order.
  static func numbers(_ line: String) -> [Double] {
    line.split(whereSeparator: { " ,:[]()=/".contains($0) }).compactMap { Double($0) }
  }

  @Test(arguments: [[], ["--seed", "7", "--epochs", "6"]])
  func chapter2sCurvesAreTheLinesItPrints(_ arguments: [String]) throws {
    let scripts = try Self.scripts("chapter2", arguments)
    let printed = try ChapterRunner.cachedRun("chapter2", arguments).lines
    // §2.3: "Epoch e/E - Loss: l, Accuracy: a" after every warm-start fit
    let epochs = printed.filter { $0.hasPrefix("Epoch ") && $0.contains("/") }.map(Self.numbers)
    let warm = S.datablock(try #require(scripts["chapter2-warm-start"]), "loss")
    try #require(warm.count == epochs.count && !warm.isEmpty)
    for (row, line) in zip(warm, epochs) {
      #expect(row[0] == line[0])
      #expect(abs(row[2] - line[2]) <= 0.5e-4 + 1e-9, "test log-loss, epoch \(line[0])")
      #expect(abs(row[3] - line[3]) <= 0.5e-4 + 1e-9, "test accuracy, epoch \(line[0])")
    }
    // §2.6: three schemes of the same length; §2.7: the printed loss table
    let schemes = S.datablock(try #require(scripts["chapter2-schemes"]), "loss")
    #expect(schemes.count == epochs.count)
    #expect(schemes.allSatisfy { $0.count == 4 })
    // warm start's curve is the same in both figures (the same model, epoch by epoch)
    #expect(zip(schemes, warm).allSatisfy { abs($0[1] - $1[1]) < 1e-12 })
    let first = S.datablock(try #require(scripts["chapter2-loss"]), "loss")
    #expect(first.count == 300)
    let start = try #require(printed.firstIndex { $0.hasPrefix("Epoch  Training loss") })
    let table = printed[(start + 2)...].prefix { !$0.isEmpty }.map(Self.numbers)
    #expect(table.count == 7)
    for row in table {
      let e = Int(row[0])
      #expect(abs(first[e - 1][1] - row[1]) <= 0.5e-4 + 1e-9, "§2.7 epoch \(e)")
    }
  }

  @Test func chapter3sLossCurveIsItsEpochLines() throws {
    let scripts = try Self.scripts("chapter3", ["--seed", "5", "--epochs", "9", "--lr", "0.03"])
    let printed = try ChapterRunner.cachedRun(
      "chapter3", ["--seed", "5", "--epochs", "9", "--lr", "0.03"]
    ).lines
    let epochs = printed.filter { $0.hasPrefix("Epoch ") }.map(Self.numbers)
    let rows = S.datablock(try #require(scripts["chapter3-loss"]), "loss")
    try #require(rows.count == 9 && epochs.count == 9)
    for (row, line) in zip(rows, epochs) {
      #expect(abs(row[1] - line[2]) <= 0.5e-4 + 1e-9)
      #expect(abs(row[2] - line[3]) <= 0.5e-4 + 1e-9)
    }
  }

  @Test func chapter4sBarsAreTheFlowerItPrints() throws {
    let scripts = try Self.scripts("chapter4")
    let text = try #require(scripts["chapter4-softmax"])
    // the title names the flower, §4.5's view prints its logits
    let named = try #require(text.range(of: "test flower "))
    let flower = try #require(Int(text[named.upperBound...].prefix { $0.isNumber }))
    let printed = try ChapterRunner.cachedRun("chapter4").lines
    let row = try #require(
      printed.first { $0.hasPrefix("  sample \(flower) ") && $0.contains("[") })
    let logits = Array(Self.numbers(row).dropFirst().prefix(3))
    let bars = S.datablock(text, "bars")
    #expect(bars.count == 3)
    for (bar, z) in zip(bars, logits) {
      #expect(abs(bar[1] - z) <= 0.5e-4 + 1e-9)
    }
    // the least sure flower: no other test flower has a smaller top probability
    #expect(row.contains("✗") || row.contains("✓"))
    #expect(text.contains("\"setosa\"") && text.contains("\"virginica\""))
    let regions = try #require(scripts["chapter4-regions"])
    #expect(regions.contains("set xlabel \"petal length (cm)\""))
    #expect(S.datablock(regions, "train").count == 120)
    #expect(S.datablock(regions, "test").count == 30)
  }

  @Test(arguments: ["0", "3"])
  func chapter5sBarsAreSampleOneAfterFortyEpochs(_ seed: String) throws {
    let scripts = try Self.scripts("chapter5", ["--seed", seed])
    let printed = try ChapterRunner.cachedRun("chapter5", ["--seed", seed]).lines
    let start = try #require(printed.firstIndex { $0.hasPrefix("softmax after 40 epochs") })
    let row = try #require(printed[start...].first { $0.hasPrefix("  sample 1 ") })
    let probabilities = Array(Self.numbers(row).dropFirst().prefix(3))
    let bars = S.datablock(try #require(scripts["chapter5-softmax"]), "bars")
    try #require(bars.count == 3 && probabilities.count == 3)
    for (bar, p) in zip(bars, probabilities) {
      #expect(abs(bar[2] - p) <= 0.5e-4 + 1e-9)
    }
    // §5.5's regions: the 12 training animals, the 6 known test animals, 2 fish
    let regions = try #require(scripts["chapter5-regions"])
    #expect(S.datablock(regions, "train").count == 12)
    #expect(S.datablock(regions, "test").count == 6)
    #expect(
      S.datablock(regions, "unknown").map { Array($0.prefix(2)) } == [[0, 2.5], [-0.5, 2.2]])
    #expect(regions.contains("title \"fish (unseen)\""))
  }

  @Test(arguments: Chapter1Fixture.forwardCases.map(\.seed))
  func chapter1sDiagramDrawsTheWeightsOfItsForwardPass(_ seed: Int) throws {
    let forward = try #require(Chapter1Fixture.forwardCases.first { $0.seed == seed })
    let scripts = try Self.scripts("chapter1", ["--seed", "\(seed)", "--section", "1.5"])
    let edges = S.datablock(try #require(scripts["chapter1-network"]), "edges")
    // x_i → h_j for i, j, then h_j → z_k; colour by sign, width bin by |w| / max |w|
    let layers = [forward.w1, forward.w2]  // [out, in] each
    var expected: [(positive: Bool, bin: Int)] = []
    for w in layers {
      let largest = w.flatMap { $0 }.map(abs).max() ?? 1
      for i in w[0].indices {
        for j in w.indices {
          let share = abs(w[j][i]) / largest
          expected.append((w[j][i] >= 0, min(4, max(1, Int((share * 4).rounded(.up))))))
        }
      }
    }
    try #require(edges.count == expected.count)
    let positive = Double(0xD5_5E00)
    for (edge, want) in zip(edges, expected) {
      #expect((edge[4] == positive) == want.positive)
      #expect(Int(edge[5]) == want.bin)
    }
  }
}
