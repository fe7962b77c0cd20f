import MLPKit
import Testing

/// `predictProba` runs large inputs in blocks of rows, spread over the cores; every row
/// depends on itself alone, so the result must be the rows predicted two at a time.
/// (Not one at a time: a single row's output sum is NumPy's `np.dot`, several rows'
/// are `dgemv_t`, as in sklearn.)
struct PredictBlocksTests {
  @Test(arguments: [2, 3]) func blocksAndThreadsGiveEachRowsOwnProbabilities(classes: Int) throws {
    var rng = RandomState(seed: 21)
    let train = try Tensor(shape: [90, 2], scalars: rng.normal(count: 180))
    let y: [ClassLabel] = (0..<90).map { .int($0 % classes) }
    let model = MLPClassifier(hiddenLayerSizes: [100, 7], maxIter: 3, randomState: 1)
    model.warningSink = { _ in }
    try model.fit(train, y)
    // 9001 rows: several blocks of rows and, above a million multiply-adds, several threads
    let rows = 9001
    let grid = try Tensor(
      shape: [rows, 2], scalars: rng.uniform(low: -3, high: 3, count: 2 * rows))
    let all = try model.predictProba(grid)
    let columns = all.shape[1]
    for row in stride(from: 0, to: rows - 1, by: 97) + [rows - 2] {
      let one = try model.predictProba(try grid.rows(row..<(row + 2)))
      let slice = Array(all.scalars[(row * columns)..<(row * columns + 2 * columns)])
      #expect(one.scalars.map(\.bitPattern) == slice.map(\.bitPattern), "row \(row)")
    }
    #expect(try model.predict(grid).count == rows)
  }

  @Test func noBlockIsASingleRow() throws {
    // with 100 hidden units a block holds 315 rows: 316 and 631 rows would leave one row
    // alone in the last block, whose output would then be summed as np.dot, not dgemv_t
    var rng = RandomState(seed: 5)
    let train = try Tensor(shape: [40, 2], scalars: rng.normal(count: 80))
    let model = MLPClassifier(hiddenLayerSizes: [100], maxIter: 2, randomState: 3)
    model.warningSink = { _ in }
    try model.fit(train, (0..<40).map { .int($0 % 2) })
    // a 1-ulp change in a sum may not survive the sigmoid: look at many lone rows
    for rows in (1...24).map({ 315 * $0 + 1 }) + [17] {
      let x = try Tensor(shape: [rows, 2], scalars: rng.normal(count: 2 * rows))
      let all = try model.predictProba(x)
      let lastTwo = try model.predictProba(try x.rows((rows - 2)..<rows))
      #expect(
        Array(all.scalars.suffix(4)).map(\.bitPattern) == lastTwo.scalars.map(\.bitPattern),
        "rows \(rows)")
    }
  }
}
