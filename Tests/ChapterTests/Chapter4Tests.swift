import Foundation
import MLPKit
import Testing

/// `swift run chapter4` against PyTorch 2.15 and scikit-learn 1.9.1
/// (`Tools/reference/chapter4.py` → `Tests/Fixtures/chapter4.json`): the tensors it
/// prints, the argmax results and their notes, the iris runs of §4.5 for several seeds
/// and epoch counts, LabelEncoder's round trip, determinism and the flag errors.
@Suite struct Chapter4Tests {
  // MARK: - The fixture

  struct PrintingCase: Decodable, CustomTestStringConvertible {
    let name: String
    let logits: [[Double]]
    let printed: String
    let argmax1: String
    let argmax1Values: [Int]
    let argmax0: String
    let argmax0Values: [Int]
    let argmaxLast: String
    let softmax: String
    let softmaxArgmax: String
    var testDescription: String { name }
    /// The logits as the `--logits` flag takes them; `\(Double)` round-trips exactly.
    var flag: String {
      logits.map { $0.map { "\($0)" }.joined(separator: ",") }.joined(separator: ";")
    }
  }
  struct Ties: Decodable {
    let printed: String
    let argmax1: String
    let argmax0: String
    let vectorPrinted: String
    let vectorArgmax: String
    let nanRowPrinted: String
    let nanRowArgmax: String
    let nanRowSoftmax: String
    let nanRowSoftmaxArgmax: String
    let closeArgmax: String
    let closeSoftmax: String
    let closeSoftmaxArgmax: String
  }
  struct Sigmoid: Decodable {
    let printed: String
    let probabilities: String
    let thresholded: String
    let positive: String
  }
  struct IrisRun: Decodable, CustomTestStringConvertible {
    let seed: UInt64
    let epochs: Int
    let losses: [Double]
    let testLogits: [[Double]]
    let probabilities: [[Double]]
    let predicted: [Int]
    let predictedPrinted: String
    let accuracy: Double
    let predictedNames: [String]
    var testDescription: String { "seed \(seed), \(epochs) epochs" }
  }
  struct Iris: Decodable {
    let trainCount: Int
    let testCount: Int
    let yTest: [Int]
    let yTestPrinted: String
    let yTestNames: [String]
    let runs: [IrisRun]
  }
  struct Encoder: Decodable {
    let names: [String]
    let classes: [String]
    let codes: [Int]
    let codesPrinted: String
    let seedY: [Int]
    let seedYClasses: [Int]
    let seedYCodes: [Int]
  }
  struct BadFlag: CustomTestStringConvertible, Sendable {
    let flags: [String]
    let message: String
    init(_ flags: [String], _ message: String) {
      self.flags = flags
      self.message = message
    }
    var testDescription: String { flags.joined(separator: " ") }
  }
  struct Reference: Decodable {
    let printing: [PrintingCase]
    let ties: Ties
    let sigmoid: Sigmoid
    let iris: Iris
    let encoder: Encoder
  }

  static let reference: Reference? = {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()  // Tests
      .appendingPathComponent("Fixtures/chapter4.json")
    guard let data = try? Data(contentsOf: url) else { return nil }
    return try? JSONDecoder().decode(Reference.self, from: data)
  }()
  static var printingCases: [PrintingCase] { reference?.printing ?? [] }
  static var irisRuns: [IrisRun] { reference?.iris.runs ?? [] }

  static func fixture() throws -> Reference {
    try #require(reference, "Tests/Fixtures/chapter4.json is missing or does not decode")
  }

  // MARK: - Running the chapter

  /// One run's stdout, after checking that it succeeded quietly.
  static func output(_ arguments: [String] = []) throws -> String {
    let run = try ChapterRunner.run("chapter4", arguments)
    #expect(run.status == 0, "chapter4 \(arguments): \(run.stderr)")
    #expect(run.stderr.isEmpty, "chapter4 \(arguments) wrote to stderr: \(run.stderr)")
    return run.stdout
  }

  /// The lines of section `number` (`"4.5"`), from its heading to the next one.
  static func section(_ number: String, of output: String) throws -> [String] {
    let lines = output.components(separatedBy: "\n")
    let start = try #require(
      lines.firstIndex { $0.hasPrefix(number + " ") }, "no section \(number) in the output")
    let end =
      lines[(start + 1)...].firstIndex { line in
        line.range(of: #"^4\.\d "#, options: .regularExpression) != nil
      } ?? lines.endIndex
    return Array(lines[start..<end])
  }

  /// Whether `block` (several lines) appears in `lines` as whole lines, in a row.
  static func contains(_ lines: [String], block: String) -> Bool {
    let wanted = block.components(separatedBy: "\n")
    guard wanted.count <= lines.count else { return false }
    return (0...(lines.count - wanted.count)).contains { start in
      Array(lines[start..<(start + wanted.count)]) == wanted
    }
  }

  /// The numbers in a printed row such as `  sample 4  [-3.3173   2.0303   2.0770]  ← …`.
  static func bracketed(_ line: String) -> [String] {
    guard let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]") else {
      return []
    }
    return line[line.index(after: open)..<close].split(separator: " ").map(String.init)
  }
}

// MARK: - 4.1–4.4 against PyTorch's printing

extension Chapter4Tests {
  @Test func theSeedExamplePrintsAsPyTorchDoes() throws {
    let seed = try #require(try Self.fixture().printing.first { $0.name == "seed" })
    let out = try Self.output()
    let logits = try Self.section("4.1", of: out)
    #expect(Self.contains(logits, block: "print(testLogits)\n" + seed.printed))
    #expect(
      seed.printed
        == "tensor([[ 2.1000,  0.3000],\n        [-1.2000,  3.4000],\n        [ 0.8000, -0.5000]])")
    let argmax = try Self.section("4.2", of: out)
    #expect(seed.argmax1 == "tensor([0, 1, 0])")
    #expect(Self.contains(argmax, block: seed.argmax1))
    #expect(argmax.contains("  sample 0  [ 2.1000   0.3000]  ← class 0 wins (2.1 > 0.3)"))
    #expect(argmax.contains("  sample 1  [-1.2000   3.4000]  ← class 1 wins (3.4 > -1.2)"))
    #expect(argmax.contains("  sample 2  [ 0.8000  -0.5000]  ← class 0 wins (0.8 > -0.5)"))
    #expect(Self.contains(argmax, block: seed.argmax0))
    #expect(argmax.contains("testLogits.argmax(dim: -1) = \(seed.argmaxLast)"))
  }

  @Test(arguments: Chapter4Tests.printingCases)
  func yourLogitsPrintAsPyTorchPrintsThem(_ reference: PrintingCase) throws {
    let out = try Self.output(["--logits", reference.flag])
    #expect(out.contains("4.1–4.4 use your --logits"))
    #expect(Self.contains(try Self.section("4.1", of: out), block: reference.printed))

    let argmax = try Self.section("4.2", of: out)
    let dim1 = try #require(argmax.firstIndex { $0.hasPrefix("testLogits.argmax(dim: 1)") })
    #expect(argmax[dim1 + 1] == reference.argmax1)
    let dim0 = try #require(argmax.firstIndex { $0.hasPrefix("testLogits.argmax(dim: 0)") })
    #expect(argmax[dim0 + 1] == reference.argmax0)
    #expect(argmax.contains("testLogits.argmax(dim: -1) = \(reference.argmaxLast)"))
    // one line per class naming the sample argmax(dim: 0) picked
    for (j, i) in reference.argmax0Values.enumerated() {
      #expect(argmax.contains { $0.hasPrefix("  class \(j): ") && $0.hasSuffix("in sample \(i)") })
    }
    // the note beside each row names PyTorch's winner (when the notes fit)
    for (i, k) in reference.argmax1Values.enumerated() {
      let row = argmax.first { $0.hasPrefix("  sample \(i) ") && $0.contains("]") }
      if let row, row.contains("←") { #expect(row.contains("← class \(k)"), "\(row)") }
    }

    let probabilities = try Self.section("4.4", of: out)
    #expect(Self.contains(probabilities, block: reference.softmax))
    let line = try #require(probabilities.firstIndex { $0.hasPrefix("probabilities.argmax") })
    #expect(
      probabilities[line]
        == "probabilities.argmax(dim: 1)   // the same as testLogits.argmax(dim: 1)")
    #expect(probabilities[line + 1] == reference.softmaxArgmax)
  }

  @Test func tiesAndNaNFollowPyTorch() throws {
    let ties = try Self.fixture().ties
    let out = try Self.section("4.3", of: try Self.output())
    #expect(out.contains("ties.argmax(dim: 1) = \(ties.argmax1)"))
    #expect(out.contains("ties.argmax(dim: 0) = \(ties.argmax0)"))
    #expect(out.contains("\(ties.vectorPrinted).argmax() = \(ties.vectorArgmax)"))
    #expect(out.contains("\(ties.nanRowPrinted).argmax() = \(ties.nanRowArgmax)"))
    #expect(
      out.contains(
        "its softmax: \(ties.nanRowSoftmax), whose argmax is \(ties.nanRowSoftmaxArgmax)"))
    #expect(
      out.contains("  sample 0  [ 5.0000   5.0000   1.0000]  ← class 0 wins (tie: first index)"))
    #expect(out.contains("  sample 2  [ 1.0000      nan   3.0000]  ← class 1 wins (NaN beats all)"))
    #expect(out.contains("  sample 3  [    nan   0.0000      nan]  ← class 0 wins (the first NaN)"))
    // the same matrix as PyTorch prints it, through the library, is what the chapter used
    let nan = Double.nan
    let matrix = try Tensor(rows: [[5, 5, 1], [0, 2, 2], [1, nan, 3], [nan, 0, nan]])
    #expect(matrix.description == ties.printed)

    let probabilities = try Self.section("4.4", of: try Self.output())
    #expect(probabilities.contains("close.argmax() = \(ties.closeArgmax)"))
    #expect(
      probabilities.contains(
        "close.softmax(dim: 0) = \(ties.closeSoftmax), argmax \(ties.closeSoftmaxArgmax)"))
  }

  @Test func sigmoidThresholdEqualsPositiveLogit() throws {
    let sigmoid = try Self.fixture().sigmoid
    let out = try Self.section("4.4", of: try Self.output())
    #expect(out.contains("z           = \(sigmoid.printed)"))
    #expect(out.contains("p = σ(z)    = \(sigmoid.probabilities)"))
    #expect(out.contains("(p > 0.5)   = \(sigmoid.thresholded)"))
    #expect(out.contains("(z > 0)     = \(sigmoid.positive)"))
    #expect(sigmoid.thresholded == sigmoid.positive)
  }
}

// MARK: - 4.5 and 4.6 against PyTorch and sklearn

extension Chapter4Tests {
  @Test(arguments: Chapter4Tests.irisRuns)
  func irisRunMatchesPyTorch(_ reference: IrisRun) throws {
    let iris = try Self.fixture().iris
    let out = try Self.output(["--seed", "\(reference.seed)", "--epochs", "\(reference.epochs)"])
    let lines = try Self.section("4.5", of: out)
    #expect(
      lines.contains(
        "iris: \(iris.trainCount) training and \(iris.testCount) test flowers, 4 measurements, 3 species"
      ))
    let (first, last) = (reference.losses[0], reference.losses[reference.epochs - 1])
    #expect(
      lines.contains("loss: epoch 1 \(first.fixed(4)), epoch \(reference.epochs) \(last.fixed(4))"))
    #expect(
      Self.contains(
        lines, block: "yPred = testLogits.argmax(dim: 1)\n" + reference.predictedPrinted))
    #expect(Self.contains(lines, block: "yTest, the true class indices\n" + iris.yTestPrinted))
    let correct = zip(reference.predicted, iris.yTest).count { $0 == $1 }
    #expect(
      lines.contains("accuracy: \(correct) of \(iris.testCount) = \(reference.accuracy.fixed(4))"))

    // the rows shown: the first five, then every mistake; numbers and notes as PyTorch's
    let mistakes = reference.predicted.indices.filter { reference.predicted[$0] != iris.yTest[$0] }
    let shown = Array((Array(0..<5) + mistakes.filter { $0 >= 5 }).prefix(10))
    let later = mistakes.filter { $0 >= 5 }.count
    let caption =
      later == 0
      ? "first 5 test rows"
      : later <= 5
        ? "first 5 test rows and every later mistake"
        : "first 5 test rows and 5 of the \(later) later mistakes"
    #expect(lines.contains("\(caption)  [\(shown.count), 3]"))
    let rows = lines.filter { $0.hasPrefix("  sample ") && $0.contains("[") }
    #expect(rows.count == shown.count)
    for (line, i) in zip(rows, shown) {
      #expect(line.hasPrefix("  sample \(i) "), "\(line)")
      #expect(Self.bracketed(line) == reference.testLogits[i].map { $0.fixed(4) }, "\(line)")
      let k = reference.predicted[i]
      let verdict = k == iris.yTest[i] ? "✓" : "✗"
      let p = reference.probabilities[i][k].fixed(4)
      #expect(line.hasSuffix("← class \(k), p \(p), true \(iris.yTest[i]) \(verdict)"), "\(line)")
    }

    // §4.6: the same rows as species names, as sklearn's inverse_transform gives them
    let names = try Self.section("4.6", of: out)
    for i in shown {
      let verdict = reference.predicted[i] == iris.yTest[i] ? "✓" : "✗"
      let cells = [
        "\(i)", "\(reference.predicted[i])", reference.predictedNames[i], iris.yTestNames[i],
        verdict,
      ]
      #expect(names.contains { $0.split(separator: " ").map(String.init) == cells }, "row \(i)")
    }
    let example = reference.testLogits[0].map { $0.fixed(2) }.joined(separator: ", ")
    #expect(
      names.contains { $0.hasPrefix("model output: testLogits") && $0.hasSuffix("[\(example)]") })
    #expect(
      names.contains {
        $0.hasPrefix("encoder.inverseTransform") && $0.hasSuffix(reference.predictedNames[0])
      })
  }

  @Test func labelEncoderRoundTripMatchesSklearn() throws {
    let encoder = try Self.fixture().encoder
    let lines = try Self.section("4.6", of: try Self.output())
    let quoted = { (names: [String]) in
      "[" + names.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }
    #expect(lines.contains("names = \(quoted(encoder.names))"))
    #expect(lines.contains("encoder.classes = \(quoted(encoder.classes))   (sorted)"))
    #expect(lines.contains("codes = encoder.fitTransform(names) = \(encoder.codesPrinted)"))
    #expect(lines.contains("encoder.inverseTransform(codes) == names: true"))
    let seedCodes = LabelTensor(encoder.seedYCodes)
    #expect(
      lines.contains(
        "the seed's y = \(encoder.seedY): classes \(encoder.seedYClasses), codes \(seedCodes)"))
    #expect(lines.contains("iris: encoder.classes = [\"setosa\", \"versicolor\", \"virginica\"]"))
  }
}

// MARK: - Determinism, seeds, layout and flags

extension Chapter4Tests {
  @Test func twoRunsPrintTheSameBytes() throws {
    #expect(try Self.output() == Self.output())
    let flags = ["--seed", "7", "--epochs", "20", "--logits", "1,2,3;3,2,1"]
    #expect(try Self.output(flags) == Self.output(flags))
  }

  @Test func theSeedChangesOnlyTheIrisNetwork() throws {
    let (a, b) = (try Self.output(["--seed", "0"]), try Self.output(["--seed", "1"]))
    for number in ["4.1", "4.2", "4.3", "4.4"] {
      #expect(try Self.section(number, of: a) == Self.section(number, of: b))
    }
    #expect(try Self.section("4.5", of: a) != Self.section("4.5", of: b))
    #expect(try Self.output() == a)  // --seed 0 is the default
  }

  static let layoutFlags: [[String]] = [
    [], ["--logits", "-999999.5,3,4,5,6,7;1,2,3,4,5,1000000"],
    ["--seed", "123", "--epochs", "500"],
  ]

  @Test(arguments: Chapter4Tests.layoutFlags)
  func everyLineFitsEightyColumns(_ flags: [String]) throws {
    let out = try Self.output(flags)
    for line in out.components(separatedBy: "\n") {
      #expect(line.count <= 80, "\(line.count) columns: \(line)")
      #expect(!line.hasSuffix(" "), "trailing space: \(line)")
    }
  }

  /// Bad options, and a part of the message each must give on stderr.
  static let badFlags: [BadFlag] = [
    BadFlag(["--seed", "-1"], "--seed must be an integer in 0...18446744073709551615"),
    BadFlag(["--seed", "abc"], "--seed must be an integer in 0...18446744073709551615"),
    BadFlag(["--epochs", "0"], "--epochs must be an integer in 1...10000; got '0'"),
    BadFlag(["--epochs", "10001"], "--epochs must be an integer in 1...10000; got '10001'"),
    BadFlag(["--epochs", "2.5"], "--epochs must be an integer in 1...10000; got '2.5'"),
    BadFlag(["--logits", "1"], "--logits row 1 must have 2...6 numbers separated by ','; got 1"),
    BadFlag(
      ["--logits", "1,2;3"], "--logits row 2 must have 2...6 numbers separated by ','; got 1"),
    BadFlag(
      ["--logits", "1,2,3,4,5,6,7"],
      "--logits row 1 must have 2...6 numbers separated by ','; got 7"
    ),
    BadFlag(
      ["--logits", "1,x"],
      "--logits row 1: 'x' is not a finite decimal number in -1000000...1000000"),
    BadFlag(["--logits", "0x10,1"], "--logits row 1: '0x10' is not a finite decimal number"),
    BadFlag(["--logits", "1,nan"], "--logits row 1: 'nan' is not a finite decimal number"),
    BadFlag(["--logits", "1,2;1,2e7"], "--logits row 2: '2e7' is not a finite decimal number"),
    BadFlag(
      ["--logits", "1,2;3,4,5"],
      "--logits rows must all have the same number of classes; got rows of 2, 3"
    ),
    BadFlag(
      ["--logits", Array(repeating: "1,2", count: 11).joined(separator: ";")],
      "--logits must have 1...10 rows separated by ';'; got 11"
    ),
    BadFlag(["--colour"], "Unknown option '--colour'"),
  ]

  @Test(arguments: Chapter4Tests.badFlags)
  func badFlagsAreRefusedWithTheFlagAndItsRange(_ bad: BadFlag) throws {
    let (flags, message) = (bad.flags, bad.message)
    let run = try ChapterRunner.run("chapter4", flags)
    #expect(run.status != 0)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains(message), "\(run.stderr)")
  }

  @Test func helpNamesEveryOption() throws {
    let run = try ChapterRunner.run("chapter4", ["--help"])
    #expect(run.status == 0)
    for option in ["--seed", "--epochs", "--logits", "torch.manual_seed(N)"] {
      #expect(run.stdout.contains(option), "\(option)")
    }
  }
}
