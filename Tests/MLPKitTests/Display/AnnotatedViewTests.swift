import MLPKit
import Testing

/// The annotated view's layout. Here the workbook is the reference: every expected
/// string below was laid out by hand from the rules in `AnnotatedView`'s documentation
/// (caption, header over right-aligned columns, `⋮` under the decimal points, notes
/// two spaces after the closing bracket).
@Suite struct AnnotatedViewTests {
  static func logits() throws -> Tensor {
    try Tensor(rows: [[-2.0125, 1.5910], [0.2916, -0.2665], [-1.7498, 1.3509]])
  }

  static func noTrailingSpaces(_ view: AnnotatedView) -> Bool {
    view.lines.allSatisfy { !$0.hasSuffix(" ") } && !view.description.contains(" \n")
  }

  @Test func logitsWithLabelsHeaderAndMarkers() throws {
    let winners = [1, 0, 1]
    let view = try Self.logits().annotated(
      "logits", rowLabel: { "sample \($0 + 1)" }, columnLabels: ["class 0", "class 1"],
      marker: { "← class \(winners[$0]) wins" })
    #expect(
      view.description == """
        logits  [3, 2]
                     class 0  class 1
          sample 1  [-2.0125   1.5910]  ← class 1 wins
          sample 2  [ 0.2916  -0.2665]  ← class 0 wins
          sample 3  [-1.7498   1.3509]  ← class 1 wins
        """)
    #expect(Self.noTrailingSpaces(view))
  }

  @Test func plainViewIsNameShapeAndBracketedRows() throws {
    let x = try Tensor(rows: [[1, 2, 3], [4, 5, 6]])
    #expect(
      x.annotated("x").description == """
        x  [2, 3]
          [1.0000  2.0000  3.0000]
          [4.0000  5.0000  6.0000]
        """)
    #expect(x.annotated("x") == (try x.annotated("x", decimals: 4)))
  }

  @Test func longTensorElidesMiddleRowsUnderTheDecimalPoints() throws {
    let h = try Tensor(rows: (0..<8).map { [Double($0) * 1.5, 10 - Double($0)] })
    let view = try h.annotated("h", rowLabel: { "row \($0)" }, maxRows: 4)
    #expect(
      view.description == """
        h  [8, 2]
          row 0  [ 0.0000  10.0000]
          row 1  [ 1.5000   9.0000]
                    ⋮        ⋮       (4 rows hidden)
          row 6  [ 9.0000   4.0000]
          row 7  [10.5000   3.0000]
        """)
    #expect(Self.noTrailingSpaces(view))
  }

  @Test func oddMaxRowsShowsMoreRowsFirstAndSaysOneRow() throws {
    let v = try Tensor(rows: (0..<4).map { [Double($0)] })
    #expect(
      try v.annotated("v", decimals: 0, maxRows: 3).description == """
        v  [4, 1]
          [0]
          [1]
           ⋮   (1 row hidden)
          [3]
        """)
  }

  @Test func wideTensorElidesColumnsAndBothAtOnce() throws {
    let g = try Tensor(shape: [6, 6], scalars: (0..<36).map(Double.init))
    let view = try g.annotated("g", decimals: 1, maxRows: 2, maxColumns: 2)
    #expect(
      view.description == """
        g  [6, 6]  (4 columns hidden)
          [ 0.0  ⋯   5.0]
             ⋮   ⋱    ⋮    (4 rows hidden)
          [30.0  ⋯  35.0]
        """)
    let w = Tensor((0..<12).map { Double($0) / 4 })
    #expect(
      try w.annotated("w", maxColumns: 4).description == """
        w  [12]  (8 elements hidden)
          [0.0000  0.2500  ⋯  2.5000  2.7500]
        """)
  }

  @Test func defaultLimitsShowTenRows() throws {
    let x = try Tensor(shape: [800, 2], scalars: (0..<1600).map { Double($0) / 100 })
    let view = x.annotated("x_train")
    #expect(view.lines.count == 12)  // caption, 5 rows, elision, 5 rows
    #expect(view.lines[0] == "x_train  [800, 2]")
    #expect(view.lines[1] == "  [ 0.0000   0.0100]")
    #expect(view.lines[6] == "     ⋮        ⋮       (790 rows hidden)")
    #expect(view.lines[11] == "  [15.9800  15.9900]")
  }

  @Test func defaultColumnsFitEightyCharacters() throws {
    // 12 columns of width 6 need 2 + 12·8 = 98 characters; 5 + ⋯ + 4 take 77
    let w = try Tensor(shape: [10, 12], scalars: (0..<120).map { Double($0) / 100 })
    let view = w.annotated("w")
    #expect(view.lines[0] == "w  [10, 12]  (3 columns hidden)")
    #expect(
      view.lines[1]
        == "  [0.0000  0.0100  0.0200  0.0300  0.0400  ⋯  0.0800  0.0900  0.1000  0.1100]")
    // fewer decimals and every column fits
    #expect(!(try w.annotated("w", decimals: 1)).lines[0].contains("hidden"))
    for columns in [1, 7, 9, 10, 11, 40, 1000] {
      for rowLabel in [nil, { (i: Int) in "sample \(i + 1)" }] {
        let t = try Tensor(
          shape: [3, columns], scalars: (0..<(3 * columns)).map { -Double($0) * 7.25 })
        let view = try t.annotated("t", rowLabel: rowLabel)
        #expect(view.lines.allSatisfy { $0.count <= 80 }, "\(columns) columns")
        #expect(view.lines[1].contains("⋯") == (view.lines[0].contains("hidden")))
      }
    }
    let y = LabelTensor((0..<800).map { $0 % 2 })
    #expect(y.annotated("y").lines[1].count <= 80)
    #expect(y.annotated("y").lines[0] == "y  [800]  (775 elements hidden)")
  }

  @Test func oneDimensionalIsOneRowAndScalarIsOneNumber() throws {
    let bias = Tensor([0.25, -1.5, 3])
    #expect(
      try bias.annotated("b", columnLabels: ["h1", "h2", "h3"]).description == """
        b  [3]
                h1       h2       h3
          [ 0.2500  -1.5000   3.0000]
        """)
    let loss = Tensor(scalar: 0.72371)
    #expect(loss.annotated("loss").description == "loss  [] (scalar)\n  0.7237")
    #expect(
      try loss.annotated("loss", marker: { _ in "← before the update" }).description
        == "loss  [] (scalar)\n  0.7237  ← before the update")
  }

  @Test func labelTensorsAndEmptyTensors() throws {
    let predicted = LabelTensor([1, 0, 1])
    let view = try predicted.annotated("y_pred", columnLabels: ["s1", "s2", "s3"])
    #expect(
      view.description == """
        y_pred  [3]
           s1  s2  s3
          [ 1   0   1]
        """)
    let grid = try LabelTensor(shape: [2, 2], values: [10, -3, 0, 7])
    #expect(
      try grid.annotated(
        "y", rowLabel: { ["true 0", "true 1"][$0] }, marker: { $0 == 1 ? "" : nil }
      )
      .description == """
        y  [2, 2]
          true 0  [10  -3]
          true 1  [ 0   7]
        """)
    #expect(Tensor([]).annotated("e").description == "e  [0]\n  (empty)")
    #expect(try Tensor.zeros([0, 3]).annotated("e").description == "e  [0, 3]\n  (empty)")
  }

  @Test func nothingEndsInASpace() throws {
    // empty labels, blank notes and notes with trailing blanks are all trimmed
    let t = try Tensor(rows: [[1, 2], [3, 4], [5, 6]])
    let view = try t.annotated(
      "t", rowLabel: { $0 == 0 ? "" : "r\($0)" }, columnLabels: ["a", ""],
      marker: { $0 == 2 ? "note   " : "  " }, maxRows: 2)
    #expect(Self.noTrailingSpaces(view))
    #expect(view.lines[1] == "            a")
    #expect(view.lines[2] == "      [1.0000  2.0000]")
    #expect(view.lines.last == "  r2  [5.0000  6.0000]  note")
  }

  @Test func badArgumentsThrowClearErrors() throws {
    let labels = #expect(throws: ShapeError.self) {
      try Self.logits().annotated("logits", columnLabels: ["a", "b", "c"])
    }
    #expect(
      labels?.description
        == "annotated: shape [3, 2] does not fit (3 column labels were given for 2 columns)")
    let elements = #expect(throws: ShapeError.self) {
      try LabelTensor([1, 2]).annotated("y", columnLabels: ["a"])
    }
    #expect(
      elements?.description
        == "annotated: shape [2] does not fit (1 column labels were given for 2 elements)")
    let decimals = #expect(throws: ParameterError.self) {
      try Self.logits().annotated("logits", decimals: -1)
    }
    #expect(decimals?.description == "decimals must be an integer in 0...20; got -1")
    let rows = #expect(throws: ParameterError.self) {
      try Self.logits().annotated("logits", maxRows: 0)
    }
    #expect(rows?.description == "maxRows must be an integer >= 1; got 0")
    let columns = #expect(throws: ParameterError.self) {
      try LabelTensor([1]).annotated("y", maxColumns: -4)
    }
    #expect(columns?.description == "maxColumns must be an integer >= 1; got -4")
  }
}
