import Foundation
import Testing

/// What Steps 0–4 print (epoch 1 in detail) against PyTorch's numbers for the same run.
@Suite struct Chapter3WalkthroughTests {
  typealias T = Chapter3Transcript

  static func transcript(_ reference: Chapter3Reference.Run) throws -> Chapter3Transcript {
    let run = try ChapterRunner.cachedRun("chapter3", reference.arguments)
    try #require(run.status == 0, "stderr: \(run.stderr)")
    return Chapter3Transcript(run)
  }

  @Test func theDataIsTheSeeds() throws {
    let reference = try #require(Chapter3Reference.walkthrough?.data)
    let out = Chapter3Transcript(try ChapterRunner.cachedRun("chapter3"))
    let part = try out.section("3.1")
    #expect(part.contains("xTrain [800, 2]   yTrain [800]   xTest [200, 2]   yTest [200]"))
    let scaler = try #require(part.first { $0.hasPrefix("scaler: ") })
    #expect(printedMatches(T.numbers(in: scaler), reference.scalerMean + reference.scalerScale))
    let rows = try out.block("xTrain[:5], scaled  [5, 2]", in: "3.1")
    for i in 0..<5 {
      let line = try T.row("sample \(i + 1)", in: rows)
      #expect(printedMatches(T.numbers(in: line), reference.xTrain5[i]), "\(line)")
      #expect(line.hasSuffix("label \(reference.yTrain5[i])"), "\(line)")
    }
  }

  @Test(arguments: Chapter3Reference.runs)
  func theModelStartsFromTorchsWeights(_ reference: Chapter3Reference.Run) throws {
    let out = try Self.transcript(reference)
    let w = reference.walkthrough
    #expect(try out.section("3.2").contains("total                         162"))
    let rows = try out.block("hidden1.weight  [10, 2]", in: "3.2")
    for i in 0..<10 {
      let line = try T.row("neuron \(i + 1)", in: rows)
      #expect(
        printedMatches(T.numbers(in: line), w.hidden1Weight[i] + [w.hidden1Bias[i]]), "\(line)")
    }
  }

  @Test func seedZerosFirstNeuronAsTheIssueQuotes() throws {
    // reference §3.1: hidden1.weight[0] = [-0.005293981172144413, 0.37932288646698],
    // hidden1.bias[0] = 0.2568332850933075
    let out = Chapter3Transcript(try ChapterRunner.cachedRun("chapter3"))
    let rows = try out.block("hidden1.weight  [10, 2]", in: "3.2")
    #expect(try T.row("neuron 1", in: rows) == "  neuron 1   [-0.0053   0.3793]  bias +0.2568")
  }

  @Test(arguments: Chapter3Reference.runs)
  func theForwardPassAndLossArePyTorchs(_ reference: Chapter3Reference.Run) throws {
    let out = try Self.transcript(reference)
    let w = reference.walkthrough
    let logits = try out.block("logits[:5]  [5, 2]", in: "3.3")
    let probabilities = try out.block("logits.softmax(dim: 1)[:5]  [5, 2]", in: "3.3")
    for i in 0..<5 {
      let logitRow = try T.row("sample \(i + 1)", in: logits)
      #expect(printedMatches(T.numbers(in: logitRow), w.logits5[i]), "\(logitRow)")
      // p(class 0), p(class 1), then "−log p(true) = loss of this sample"
      let label = try #require(Chapter3Reference.walkthrough?.data.yTrain5[i])
      let p = w.probabilities5[i]
      let numbers = T.numbers(in: try T.row("sample \(i + 1)", in: probabilities))
      #expect(printedMatches(numbers, p + [p[label], -log(p[label])]), "sample \(i + 1)")
    }
    let part = try out.section("3.3")
    #expect(part.contains("print(loss)  →  \(w.lossText)"))
    let byHand = try #require(part.first { $0.hasPrefix("by hand:") })
    #expect(printedMatches(T.numbers(in: byHand), [w.loss]))
  }

  @Test func seedZerosLossLineIsPyTorchs() throws {
    let out = Chapter3Transcript(try ChapterRunner.cachedRun("chapter3"))
    #expect(
      try out.section("3.3").contains(
        "print(loss)  →  tensor(0.7237, grad_fn=<NllLossBackward0>)"))
  }

  @Test(arguments: Chapter3Reference.runs)
  func backwardGivesPyTorchsGradients(_ reference: Chapter3Reference.Run) throws {
    let out = try Self.transcript(reference)
    let w = reference.walkthrough
    let part = try out.section("3.4")
    #expect(part.contains { $0.hasPrefix("optimizer.zeroGrad() ") && $0.hasSuffix("is nil") })
    let table = try out.block("parameter       gradient shape", prefix: true, in: "3.4")
    for g in w.gradients {
      let line = try #require(table.first { $0.hasPrefix(g.name + " ") }, "\(g.name)")
      let shape = "[" + g.shape.map(String.init).joined(separator: ", ") + "]"
      #expect(line.contains(shape), "\(line)")
      #expect(printedMatches(T.numbers(in: line), [g.largest]), "\(line)")
      #expect(line.hasSuffix(" \(g.zeros)"), "\(line)")
    }
    let rows = try out.block("hidden1.weight.gradient  [10, 2]", in: "3.4")
    for i in 0..<10 {
      let line = try T.row("neuron \(i + 1)", in: rows)
      let expected = w.hidden1WeightGradient[i] + [w.hidden1BiasGradient[i]]
      #expect(printedMatches(T.numbers(in: line), expected), "\(line)")
      // a neuron whose ReLU is off for all 800 samples is named as such
      #expect(line.contains("ReLU is 0") == w.deadNeurons.contains(i), "\(line)")
    }
    // and the note below says how far below 0 each one's weighted sum stays, as PyTorch's
    let text = part.joined(separator: " ")
    let notes = text.matches(of: /Neuron (\d+)'s weighted sum is at most (-[0-9.]+) over all/)
    #expect(notes.map { Int($0.output.1) } == w.deadNeurons.map { $0 + 1 }, "\(notes.count)")
    let printed = notes.compactMap { Double($0.output.2) }
    #expect(printedMatches(printed, w.deadLargest), "\(printed) vs \(w.deadLargest)")
  }

  @Test(arguments: Chapter3Reference.runs)
  func theFirstStepIsAdamsFirstStep(_ reference: Chapter3Reference.Run) throws {
    let out = try Self.transcript(reference)
    let w = reference.walkthrough
    let table = try out.block("hidden1.weight before and after the step", in: "3.5")
    for i in 0..<10 {
      let line = try T.row("neuron \(i + 1)", in: table)
      let (old, new) = (w.hidden1Weight[i], w.hidden1WeightAfter[i])
      let expected = [old[0], new[0], new[0] - old[0], old[1], new[1], new[1] - old[1]]
      #expect(printedMatches(T.numbers(in: line), expected), "\(line)")
    }
    let part = try out.section("3.5").joined(separator: "\n")
    let s = w.firstStep
    #expect(part.contains("\(s.byLr) of 162 numbers moved by lr = \(reference.lr) (within 1%)"))
    #expect(part.contains("\(s.unmoved) of 162 had a gradient of exactly 0") == (s.unmoved > 0))
    #expect(part.contains("\(s.less) of 162 moved less") == (s.less > 0))
    let smallest = try #require(s.smallest)
    let index = smallest.index.map(String.init).joined(separator: ", ")
    let line = try #require(
      out.section("3.5").first { $0.contains("smallest nonzero |g|") }, "no smallest |g| line")
    #expect(line.contains("at \(smallest.name)[\(index)]"), "\(line)")
    let numbers = T.numbers(in: line)
    try #require(numbers.count == 2, "\(line)")
    #expect(abs(numbers[0] - smallest.magnitude) <= 0.005 * smallest.magnitude, "\(line)")
    #expect(printedMatches(numbers[1], smallest.delta, decimals: 8), "\(line)")
  }

  @Test(arguments: Chapter3Reference.runs)
  func predictionsAndAccuracyArePyTorchs(_ reference: Chapter3Reference.Run) throws {
    let out = try Self.transcript(reference)
    let part = try out.section("3.7")
    let start = try #require(part.firstIndex(of: "testLogits[:3] ="))
    let printed = part[(start + 1)..<(start + 4)].joined(separator: "\n")
    #expect(printed == reference.final.testLogitsText)
    let yTest10 = try #require(Chapter3Reference.walkthrough?.data.yTest10)
    let predictions = try #require(part.first { $0.hasPrefix("yPred[:10] = ") })
    #expect(predictions.hasPrefix("yPred[:10] = \(reference.final.predictionsText)"))
    let truth = try #require(part.first { $0.hasPrefix("yTest[:10] = ") })
    #expect(
      truth.hasPrefix("yTest[:10] = tensor([\(yTest10.map(String.init).joined(separator: ", "))])"))
    let accuracy = try #require(part.first { $0.hasPrefix("accuracyScore(yTest, yPred) = ") })
    #expect(printedMatches(T.numbers(in: accuracy), [reference.final.accuracy]), "\(accuracy)")
    let right = Int((reference.final.accuracy * 200).rounded())
    #expect(accuracy.hasSuffix(": \(right) of 200 right"))
  }

  @Test func seedZerosPredictionsAndAccuracyAsTheIssueQuotes() throws {
    let part = try Chapter3Transcript(try ChapterRunner.cachedRun("chapter3")).section("3.7")
    #expect(part.contains { $0.hasPrefix("yPred[:10] = tensor([1, 0, 1, 0, 1, 1, 1, 1, 1, 0])") })
    #expect(part.contains("accuracyScore(yTest, yPred) = 0.9050: 181 of 200 right"))
    // the default run is compared with PyTorch's own output, and agrees
    #expect(part.filter { $0.hasSuffix("same digits as ours") }.count == 3)
    #expect(!part.contains { $0.contains("DIFFERENT") })
  }

  @Test func onlyTheSeedsRunIsComparedWithTheSeedsNumbers() throws {
    let part = try Chapter3Transcript(try ChapterRunner.cachedRun("chapter3", ["--seed", "1"]))
      .section("3.7")
    #expect(!part.contains { $0.contains("same digits as ours") })
  }
}
