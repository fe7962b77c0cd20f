import Foundation
import MLPKit
import Testing

/// `softmaxBarsFigure` against SciPy's softmax (Tools/reference/plot.py).
@Suite struct SoftmaxBarsFigureTests {
  @Test func barsHoldTheLogitsAndScipysProbabilities() throws {
    let reference = try PlotReference.load().softmax
    let script = try softmaxBarsFigure(logits: reference.logits, classNames: reference.classes)
    let folder = try PlotTestSupport.scratch("softmax-bars")
    try PlotTestSupport.expectRenders(script, in: folder, name: "bars", formats: [.png, .svg])
    let rows = try #require(script.datablocks.first { $0.name == "bars" }).text
      .split(separator: "\n").dropFirst(2).dropLast()
      .map { $0.split(separator: " ") }
    try #require(rows.count == reference.logits.count)
    for (k, row) in rows.enumerated() {
      #expect(row[1] == "\"\(reference.classes[k])\"")
      #expect(abs((Double(row[2]) ?? .nan) - reference.logits[k]) <= 0.5e-4)
      #expect(
        abs((Double(row[3]) ?? .nan) - reference.p[k]) <= 0.5e-4 + 1e-12,
        "p of \(reference.classes[k])")
      #expect((row[4] == "1") == (k == reference.argmax))
    }
    #expect(script.text.contains("set label 1 \"argmax\" at \(reference.argmax), "))
  }

  @Test func negativeLogitsTiesAndManyClassesRender() throws {
    let folder = try PlotTestSupport.scratch("softmax-bars-cases")
    // all negative; a tie for the largest goes to the first (index 1), as argmax;
    // softmax by NumPy: [0.0356, 0.4338, 0.0968, 0.4338]
    let tie = try softmaxBarsFigure(
      logits: try Tensor(rows: [[-3, -0.5, -2, -0.5]]), classNames: ["a_1", "b", "c", "d"],
      title: "A tie")
    try PlotTestSupport.expectRenders(tie, in: folder, name: "tie", formats: [.png])
    #expect(tie.text.contains("set label 1 \"argmax\" at 1, 0 center"))
    #expect(
      tie.text.contains("\n0 \"a_1\" -3.0000 0.0356 0\n1 \"b\" -0.5000 0.4338 1\n")
        && tie.text.contains("\n3 \"d\" -0.5000 0.4338 0\n"))
    let many = try softmaxBarsFigure(
      logits: (0..<10).map { sin(Double($0)) * 3 }, classNames: (0..<10).map { "digit \($0)" },
      title: "Ten digits")
    try PlotTestSupport.expectRenders(many, in: folder, name: "ten", formats: [.png])
    #expect(many.text.contains("rotate by 30 right"))
    try PlotTestSupport.expectGolden(tie.text, named: "softmax_bars")
  }

  @Test func badInputsThrow() throws {
    let shape = #expect(throws: ShapeError.self) {
      try softmaxBarsFigure(logits: try Tensor(rows: [[1, 2], [3, 4]]), classNames: ["a", "b"])
    }
    #expect(
      shape?.description.contains("expected the logits of one sample, [K] or [1, K], with K >= 2")
        == true)
    let names = #expect(throws: ParameterError.self) {
      try softmaxBarsFigure(logits: [1, 2, 3], classNames: ["a", "b"])
    }
    #expect(names?.description == "classNames must be 3 names, one per logit; got 2")
    let finite = #expect(throws: ParameterError.self) {
      try softmaxBarsFigure(logits: [1, .infinity], classNames: ["a", "b"])
    }
    #expect(finite?.description == "logits[1] must be a finite number; got inf")
  }
}
