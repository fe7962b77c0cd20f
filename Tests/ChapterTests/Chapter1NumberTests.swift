import Foundation
import MLPKit
import Testing

/// Every number `chapter1` prints, section by section, against the references in
/// `Tests/Fixtures/chapter1.json` (scikit-learn, PyTorch and NumPy; see
/// `Tools/reference/chapter1.py`), compared as the chapter prints them (4 decimals,
/// Python's rounding) unless the line says otherwise.
@Suite struct Chapter1NumberTests {
  /// `--section N.M` plus `arguments`: its lines, after checking the run went well.
  static func section(_ number: String, _ arguments: [String] = []) throws -> [String] {
    let run = try ChapterRunner.run("chapter1", ["--section", number] + arguments)
    #expect(run.status == 0, "chapter1 --section \(number) \(arguments): \(run.stderr)")
    #expect(run.stderr.isEmpty)
    let lines = Chapter1Output.section(number, in: run.stdout)
    #expect(!lines.isEmpty, "no section \(number) in:\n\(run.stdout)")
    return lines
  }

  /// The body rows of a table block: the lines after its `───` rule, up to a line
  /// that is not a row (the `parameters = …` sum under a layer table).
  static func tableRows(_ block: [String]) -> [[String]] {
    guard let rule = block.firstIndex(where: { $0.hasPrefix("───") }) else { return [] }
    return block[(rule + 1)...].prefix { !$0.hasPrefix("parameters = ") }.map(
      Chapter1Output.cells)
  }

  @Test func fixtureIsComplete() throws {
    let fixture = try Chapter1Fixture.load()
    #expect(fixture.structure.sklearn.count >= 3)
    #expect(fixture.forward.count >= 4)
    #expect(fixture.scaling.count >= 4)
  }

  // MARK: - 1.1

  @Test(arguments: Chapter1Fixture.sklearnCases)
  func layerTablesMatchSklearnAndPyTorch(_ expected: Chapter1Fixture.SklearnLayers) throws {
    let hidden = expected.hidden.map(String.init).joined(separator: ",")
    let lines = try Self.section("1.1", ["--hidden", hidden])
    let sklearn = Self.tableRows(Chapter1Output.block(startingWith: "sklearn:", in: lines))
    let shape = { (s: [Int]) in "[" + s.map(String.init).joined(separator: ", ") + "]" }
    var rows: [[String]] = [["input", "2"]]
    for (i, coef) in expected.coefShapes.enumerated() {
      let isOutput = i == expected.coefShapes.count - 1
      rows.append([
        isOutput ? "output" : "hidden \(i + 1)", String(coef[1]),
        isOutput ? expected.outActivation : "relu", shape(coef),
        shape(expected.interceptShapes[i]), String(coef[0] * coef[1] + coef[1]),
      ])
    }
    rows.append(["total", String(expected.parameters)])
    #expect(sklearn == rows)
    #expect(lines.contains { $0.hasSuffix(" = \(expected.parameters)") })

    let torch = try Chapter1Fixture.load().structure.torch
    let pytorch = Self.tableRows(Chapter1Output.block(startingWith: "PyTorch:", in: lines))
    let names = ["hidden1", "hidden2", "output"]
    var torchRows: [[String]] = [["input", "2"]]
    for (k, name) in names.enumerated() {
      let (w, b) = (torch.shapes[2 * k], torch.shapes[2 * k + 1])
      torchRows.append([
        name, String(w[0]), k < 2 ? "ReLU" : "none (logits)", shape(w), shape(b),
        String(w[0] * w[1] + b[0]),
      ])
    }
    torchRows.append(["total", String(torch.parameters)])
    #expect(pytorch == torchRows)
    #expect(lines.contains("parameters = 10·2 + 10 + 10·10 + 10 + 2·10 + 2 = 162"))
  }

  // MARK: - 1.2

  @Test func theNeuronByHandMatchesNumPy() throws {
    let n = try Chapter1Fixture.load().neuron
    let lines = try Self.section("1.2")
    let two = { (v: Double) in v < 0 ? "(\(v.fixed(2)))" : v.fixed(2) }
    let text = lines.joined(separator: "\n")
    #expect(
      text.contains(
        "z = w·x + b = \(two(n.w[0])) × \(two(n.x[0])) + \(two(n.w[1])) × \(two(n.x[1]))"
          + " + \(two(n.b))"))
    #expect(text.contains("= \(two(n.products[0])) + \(two(n.products[1])) + \(two(n.b))"))
    #expect(text.contains("= \(n.z.fixed(2))\n"))
    #expect(text.contains("a = relu(z) = max(0, \(n.z.fixed(2))) = \(n.relu.fixed(2))"))
    #expect(text.contains("σ(\(n.z.fixed(2))) = \(n.logistic.fixed(4))"))

    let batch = lines.filter { $0.hasPrefix("  sample ") }.map(Chapter1Output.decimals)
    #expect(batch.count == 3)
    for (k, row) in batch.enumerated() {
      // x • wᵀ, then z = x • wᵀ + b, then relu(z)
      #expect(row == [n.batchXw[k], n.batchZ[k], max(0, n.batchZ[k])].fixed4)
    }
    #expect(lines.contains("Linear(weight: w, bias: b) on x gives the same z: true"))
  }

  // MARK: - 1.3

  @Test func activationTablesMatchSklearn() throws {
    let a = try Chapter1Fixture.load().activations
    let lines = try Self.section("1.3")
    let curves = [a.identity, a.logistic, a.tanh, a.relu]
    let values = Self.tableRows(Chapter1Output.block(startingWith: "f(z)", in: lines))
    let slopes = Self.tableRows(Chapter1Output.block(startingWith: "f′(z)", in: lines))
    #expect(values.count == a.z.count && slopes.count == a.z.count)
    for (i, z) in a.z.enumerated() where i < values.count && i < slopes.count {
      #expect(values[i] == [z.fixed(1)] + curves.map { $0.f[i].fixed(4) }, "f at z = \(z)")
      #expect(
        slopes[i] == [z.fixed(1)] + curves.map { $0.derivative[i].fixed(4) }, "f′ at z = \(z)")
    }
    // the kink: ReLU′(0) is 0 in both references
    let zero = try #require(a.z.firstIndex(of: 0))
    #expect(a.relu.derivative[zero] == 0 && slopes[zero].last == "0.0000")
  }

  // MARK: - 1.4

  @Test func softmaxAndSigmoidMatchPyTorch() throws {
    let s = try Chapter1Fixture.load().softmax
    let lines = try Self.section("1.4")
    let line = { (prefix: String) in lines.first { $0.hasPrefix(prefix) } ?? "" }
    let numbers = { (prefix: String) in Chapter1Output.decimals(in: line(prefix)) }
    #expect(numbers("logits z          =") == s.logits.fixed4)
    #expect(numbers("exp(z)            =") == s.exp.fixed4 + [s.expSum.fixed(4)])
    #expect(numbers("p = exp(z) / Σ") == s.probabilities.fixed4 + ["1.0000"])
    #expect(numbers("z.softmax(dim: 0)") == s.probabilities.fixed4)
    #expect(line("logits z                    =").hasSuffix("tensor([1000.,  999.,  998.])"))
    #expect(numbers("exp(z) / Σ exp(z)") == s.naiveHuge)
    #expect(line("exp(z) / Σ exp(z)").hasSuffix("exp(1000) = inf"))
    #expect(numbers("(z − max z).softmax(dim: 0)") == s.hugeProbabilities.fixed4)

    let table = Self.tableRows(Chapter1Output.block(startingWith: "   z    σ(z)", in: lines))
    #expect(table.count == s.sigmoidZ.count)
    for (i, z) in s.sigmoidZ.enumerated() where i < table.count {
      let pair = "[" + s.softmaxOfPairs[i].fixed4.joined(separator: ", ") + "]"
      #expect(table[i] == [z.fixed(1), s.sigmoid[i].fixed(4), (1 - s.sigmoid[i]).fixed(4), pair])
      // sigmoid(z) is the second softmax column, 1 − sigmoid(z) the first
      #expect(s.softmaxOfPairs[i][1].fixed(4) == s.sigmoid[i].fixed(4))
      #expect(s.softmaxOfPairs[i][0].fixed(4) == (1 - s.sigmoid[i]).fixed(4))
    }
  }

  // MARK: - 1.5

  @Test(arguments: Chapter1Fixture.forwardCases)
  func forwardPassMatchesNumPy(_ f: Chapter1Fixture.Forward) throws {
    let lines = try Self.section("1.5", ["--seed", String(f.seed)])
    #expect(lines.joined(separator: " ").contains("torch.manual_seed(\(f.seed))"))
    let rows = { (caption: String) in
      Chapter1Output.block(startingWith: caption, in: lines).dropFirst(2).map(
        Chapter1Output.decimals)
    }
    // each weight row, with the bias beside the first row
    #expect(
      rows("W₁ = hidden.weight")
        == f.w1.indices.map { f.w1[$0].fixed4 + ($0 == 0 ? f.b1.fixed4 : []) })
    #expect(
      rows("W₂ = output.weight")
        == f.w2.indices.map { f.w2[$0].fixed4 + ($0 == 0 ? f.b2.fixed4 : []) })
    #expect(rows("z₁ = x • W₁ᵀ + b₁") == f.z1.indices.map { f.z1[$0].fixed4 + f.a1[$0].fixed4 })
    #expect(rows("z₂ = a₁ • W₂ᵀ + b₂") == f.z2.indices.map { f.z2[$0].fixed4 + f.p[$0].fixed4 })
    let output = Chapter1Output.block(startingWith: "z₂ = a₁ • W₂ᵀ + b₂", in: lines).dropFirst(2)
    let marks = output.map { $0.components(separatedBy: "→ class ").dropFirst().first ?? "none" }
    #expect(marks == f.predicted.map(String.init))
    #expect(lines.contains("Sequential([hidden, ReLU(), output]) on x gives the same z₂: true"))
  }

  // MARK: - 1.6

  @Test(arguments: Chapter1Fixture.scalingCases)
  func scalingExperimentMatchesSklearn(_ c: Chapter1Fixture.Scaling) throws {
    let hidden = c.hidden.map(String.init).joined(separator: ",")
    let lines = try Self.section(
      "1.6", ["--seed", String(c.seed), "--factor", "\(c.factor)", "--hidden", hidden])
    let scaler = Self.tableRows(Chapter1Output.block(startingWith: "StandardScaler()", in: lines))
    // 4 decimals, or scientific notation below 0.001 where 4 decimals would show 0
    let stat = { (v: Double) in abs(v) < 1e-3 ? v.scientific(4) : v.fixed(4) }
    #expect(
      scaler == [
        ["x0", stat(c.scaler.mean[0]), stat(c.scaler.scale[0])],
        [c.unitsLabel, stat(c.scaler.mean[1]), stat(c.scaler.scale[1])],
      ])

    let sizes =
      "(" + c.hidden.map(String.init).joined(separator: ", ") + (c.hidden.count == 1 ? ",)" : ")")
    let title = "MLPClassifier(hidden_layer_sizes=\(sizes), max_iter=300, random_state=\(c.seed))"
    // the title may wrap; the rows follow it
    let block = Chapter1Output.block(startingWith: "MLPClassifier(hidden_layer_sizes=", in: lines)
    #expect(block.prefix(2).joined(separator: " ").hasPrefix(title))
    let results = Self.tableRows(block)
    let expected = c.fits.map { fit in
      [
        fit.units == "as generated" ? "as generated" : c.unitsLabel,
        fit.scaled ? "StandardScaler" : "none", fit.trainAccuracy.fixed(4),
        fit.testAccuracy.fixed(4), String(fit.nIter), fit.loss.fixed(4),
        fit.convergenceWarning ? "max_iter" : "tol",
      ]
    }
    #expect(results == expected)
    let note = lines.joined(separator: " ")
    #expect(
      note.contains("from \(c.fits[0].testAccuracy.fixed(4)) to \(c.fits[2].testAccuracy.fixed(4))")
    )
  }
}
