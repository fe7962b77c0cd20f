import Foundation
import MLPKit
import Testing

/// `DecisionGrid.framing`: round steps, exact grid values, the plot area's shape.
@Suite struct DecisionGridFramingTests {
  static func points(_ rows: [[Double]]) throws -> LabelledPoints {
    try LabelledPoints(rows: rows, labels: rows.map { _ in 0 })
  }

  @Test func stepsAreRoundAndTheEndsAreWholeSteps() throws {
    // x from -1 to 3 (span 4), y from 0 to 2; margin 0: 4 / 150 = 0.0267 → step 0.025
    let grid = try DecisionGrid.framing(
      [try Self.points([[-1, 0], [3, 2]])], margin: 0, cells: 150)
    #expect(grid.xRange == -1...3)
    #expect(grid.yRange == 0...2)
    #expect(grid.columns == 161)
    #expect(grid.rows == 81)
    #expect(grid.decimals == 4)
    // every value is a whole number of steps, so 4 decimals write it exactly
    for x in grid.xs + grid.ys {
      let text = GnuplotNumberFormat.fixed(4).format(x)
      #expect(abs((Double(text) ?? .nan) - x) < 1e-12, "\(x)")
      #expect(abs((x / 0.025).rounded() * 0.025 - x) < 1e-12)
    }
  }

  @Test func theShorterSideIsWidenedToTheAspect() throws {
    // 10 × 1 at aspect 2: y grows to 5 about its middle, 0.5 → [-2, 3]
    let wide = try DecisionGrid.framing(
      [try Self.points([[0, 0], [10, 1]])], margin: 0, aspect: 2, cells: 100)
    #expect(wide.xRange == 0...10)
    #expect(wide.yRange == -2...3)
    // 1 × 10 at aspect 2: x grows to 20 about 0.5, [-9.5, 10.5]; 20 / 100 cells gives a
    // step of 0.2, and the ends move out to whole steps: [-9.6, 10.6]
    let tall = try DecisionGrid.framing(
      [try Self.points([[0, 0], [1, 10]])], margin: 0, aspect: 2, cells: 100)
    #expect(abs(tall.xRange.lowerBound + 9.6) < 1e-9 && abs(tall.xRange.upperBound - 10.6) < 1e-9)
    #expect(tall.yRange == 0...10)
    #expect(tall.columns == 102 && tall.rows == 51)
  }

  @Test(arguments: [1e-6, 0.37, 1.0, 42.0, 12_345.0])
  func anyUnitsGetAtLeastTheCellsAskedForAndExactValues(_ unit: Double) throws {
    let rows = [[0.3, -1.7], [2.9, 0.4], [1.1, 1.3]].map { $0.map { $0 * unit } }
    let grid = try DecisionGrid.framing([try Self.points(rows)], margin: 0.1, cells: 120)
    let span = max(
      grid.xRange.upperBound - grid.xRange.lowerBound,
      grid.yRange.upperBound - grid.yRange.lowerBound)
    let step = (grid.xRange.upperBound - grid.xRange.lowerBound) / Double(grid.columns - 1)
    #expect(span / step >= 120 - 1e-9)
    #expect(span / step < 2 * 120 + 3)
    for x in grid.xs + grid.ys {
      let text = GnuplotNumberFormat.fixed(grid.decimals).format(x)
      #expect(abs((Double(text) ?? .nan) - x) <= 1e-9 * max(1, abs(x)), "\(x) as \(text)")
    }
    // every point is inside
    for row in rows {
      #expect(grid.xRange.contains(row[0]) && grid.yRange.contains(row[1]))
    }
  }

  @Test func badArgumentsThrow() throws {
    let p = try Self.points([[0, 0], [1, 1]])
    let aspect = #expect(throws: ParameterError.self) {
      try DecisionGrid.framing([p], aspect: 0)
    }
    #expect(aspect?.description == "aspect must be a finite number > 0 (x span ÷ y span); got 0.0")
    let cells = #expect(throws: ParameterError.self) { try DecisionGrid.framing([p], cells: 5) }
    #expect(cells?.description == "cells must be in 10...400; got 5")
    // the most cells, on the least round span, stay within a grid's 1000 values
    let most = try DecisionGrid.framing(
      [try Self.points([[0, 0], [0.0999, 1.99]])], margin: 0, aspect: 0.05, cells: 400)
    #expect(most.rows <= 1000 && most.columns <= 1000)
    let none = #expect(throws: ParameterError.self) { try DecisionGrid.framing([]) }
    #expect(none?.description == "points must be at least one point to cover; got none")
  }
}
