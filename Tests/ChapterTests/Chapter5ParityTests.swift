import Foundation
import MLPKit
import Testing

/// Chapter 5's printed numbers against PyTorch 2.15 (the manual networks) and
/// scikit-learn 1.9.1 (LabelEncoder, MLPClassifier), for every seed in the fixture.
@Suite struct Chapter5ParityTests {
  /// `[1, 2]`, a list of integers as Swift prints it.
  static func list(_ values: [Int]) -> String {
    "[" + values.map(String.init).joined(separator: ", ") + "]"
  }

  /// `['cat', 'dog']` or `[10, 20]`.
  static func labels(_ values: [Chapter5Reference.Label]) -> String {
    values.map(\.label).listDescription
  }

  @Test func theDataIsTheFixturesData() throws {
    let reference = try Chapter5Reference.load()
    let section = try Chapter5Runs.text(seed: 0).section("5.1")
    for (i, row) in reference.data.oneTwoX.enumerated() {
      #expect(section.annotatedRow("sample \(i + 1)") == row.map { $0.fixed(1) })
      #expect(
        section.lines.contains {
          $0.hasPrefix("  sample \(i + 1)  [") && $0.hasSuffix("label \(reference.data.oneTwoY[i])")
        })
    }
    let unseen = try Chapter5Runs.text(seed: 0).section("5.4")
    #expect(unseen.value("yTrain") == ClassLabel.labels(reference.data.trainY).listDescription)
    #expect(unseen.value("yTest") == ClassLabel.labels(reference.data.testY).listDescription)
    #expect(reference.data.epochsOneTwo == 40 && reference.data.epochsAnimals == 60)
    #expect(reference.data.lr == 0.05)
  }

  @Test(arguments: Chapter5Reference.seeds)
  func encodedLossMatchesPyTorch(_ run: Chapter5Reference.Seed) throws {
    let section = try Chapter5Runs.text(seed: run.seed).section("5.1")
    let loss = try #require(run.oneTwo.two.history.first).loss
    #expect(section.lines.contains("loss = tensor(\(loss.fixed(4)), grad_fn=<NllLossBackward0>)"))
    #expect(section.value("encoded") == "tensor([0, 1, 0, 1, 0, 1, 0, 1])")
    #expect(section.value("encoder.classes") == "[1, 2]")
  }

  /// The rows of a history table against PyTorch's record of the same epochs.
  static func expectHistory(_ rows: [[String]], _ history: [Chapter5Reference.Epoch]) {
    let epochs = [0, 5, 10, 20, 40]
    #expect(rows.count == epochs.count)
    for (row, epoch) in zip(rows, epochs) {
      let e = history[epoch]
      #expect(
        row == [
          "\(epoch)", e.loss.fixed(4), e.accuracy.fixed(4), e.meanP0.fixed(4), list(e.predicted),
        ], "epoch \(epoch)")
    }
  }

  @Test(arguments: Chapter5Reference.seeds)
  func tooManyOutputsTrainsAsPyTorch(_ run: Chapter5Reference.Seed) throws {
    let section = try Chapter5Runs.text(seed: run.seed).section("5.2")
    let first = try #require(section.index(of: "3 outputs, targets 1 and 2"))
    Self.expectHistory(section.tableRows("epoch", from: first), run.oneTwo.three.history)
    let fixed = try #require(section.index(of: "The fix: 2 outputs"))
    Self.expectHistory(section.tableRows("epoch", from: fixed), run.oneTwo.two.history)
    // column 0 is never a target: in PyTorch's run its mean probability falls at
    // every epoch, as the chapter says
    let columnZero = run.oneTwo.three.history.map(\.meanP0)
    #expect(zip(columnZero, columnZero.dropFirst()).allSatisfy { $1 <= $0 })
    for (i, row) in run.oneTwo.three.finalProba.prefix(4).enumerated() {
      #expect(section.annotatedRow("sample \(i + 1)", from: first) == row.map { $0.fixed(4) })
    }
    let decoded = try #require(run.oneTwo.two.history.last).predicted.map { $0 + 1 }
    #expect(section.value("encoder.inverseTransform(predicted)") == Self.list(decoded))
  }

  @Test func sortingMatchesLabelEncoder() throws {
    let reference = try Chapter5Reference.load()
    let section = try Chapter5Runs.text(seed: 0).section("5.3")
    let first = try #require(reference.encoders["firstFour"])
    #expect(section.value("encoder.classes") == Self.labels(first.classes))
    #expect(section.value("encoded") == "tensor(\(Self.list(first.encoded)))")
    let rows = section.tableRows("y  ")
    let cases = ["numbers", "numbersAsText", "mixedCase"].compactMap { reference.encoders[$0] }
    #expect(rows.count == 3 && cases.count == 3)
    for (row, c) in zip(rows, cases) {
      #expect(row.first == Self.labels(c.labels))
      #expect(Array(row.suffix(2)) == [Self.labels(c.classes), Self.list(c.encoded)])
    }
  }

  @Test(arguments: Chapter5Reference.seeds)
  func indicesAndNamesMatchPyTorch(_ run: Chapter5Reference.Seed) throws {
    let reference = try Chapter5Reference.load()
    let section = try Chapter5Runs.text(seed: run.seed).section("5.5")
    let a = run.animals
    #expect(
      section.lines.contains(
        "after 60 epochs: training loss \(a.finalLoss.fixed(4)), "
          + "training accuracy \(a.trainAccuracy.fixed(4))"))
    #expect(section.value("predicted") == "tensor(\(Self.list(a.predicted)))")
    #expect(section.value("names") == ClassLabel.labels(a.names).listDescription)
    #expect(section.value("accuracyScore(yTest, names)") == a.accuracy.fixed(4))
    let matrix = try #require(section.index(of: "true ↓ / predicted →"))
    for (i, name) in ["bird", "cat", "dog"].enumerated() {
      let cells = Section.cells(section.lines[matrix + 1 + i])
      #expect(cells == [name] + a.confusion[i].map(String.init))
    }
    #expect(reference.data.knownTestY.count == a.predicted.count)
  }

  /// An annotated `predictProba` view against sklearn's probabilities and predictions.
  static func expectProbabilities(
    _ section: Section, from: Int, _ c: Chapter5Reference.Classifier, truth: [ClassLabel]
  ) {
    for (i, row) in c.predictProba.enumerated() {
      #expect(section.annotatedRow("test \(i + 1)", from: from) == row.map { $0.fixed(4) })
      let note =
        "predict → \(c.predict[i].label.quotedDescription), true \(truth[i].quotedDescription)"
      #expect(
        section.lines[from...].contains { $0.hasPrefix("  test \(i + 1)  [") && $0.hasSuffix(note) }
      )
    }
  }

  @Test(arguments: Chapter5Reference.seeds)
  func sklearnKeepsTheUsersLabels(_ run: Chapter5Reference.Seed) throws {
    let reference = try Chapter5Reference.load()
    let section = try Chapter5Runs.text(seed: run.seed).section("5.6")
    let names = run.sklearn.names
    #expect(names.warnings.isEmpty)
    #expect(section.value("classes") == Self.labels(names.classes))
    #expect(
      section.lines.contains(
        "nOutputs  3 (softmax)   coefs [2, 8], [8, 3]   nIter \(names.nIter)"))
    let view = try #require(section.index(of: "predictProba(xTest)  [6, 3]"))
    Self.expectProbabilities(section, from: view, names, truth: reference.data.knownTestY)

    let codes = run.sklearn.codes
    #expect(codes.predictProba == names.predictProba, "sklearn: the same model under new names")
    let codesBlock = try #require(section.index(of: "fit on the codes"))
    let rest = Section(lines: Array(section.lines[codesBlock...]))
    #expect(
      rest.lines.first
        == "fit on the codes bird → 10, cat → 20, dog → 30 (sorted as the names are):")
    #expect(rest.value("classes") == Self.labels(codes.classes))
    #expect(rest.value("nIter") == "\(codes.nIter)")
    #expect(rest.value("predict(xTest)") == Self.labels(codes.predict))
    #expect(rest.value("predictProba(xTest)") == "the same numbers as above")
  }

  @Test(arguments: Chapter5Reference.seeds)
  func binaryHasOneOutputAndTwoColumns(_ run: Chapter5Reference.Seed) throws {
    let reference = try Chapter5Reference.load()
    let section = try Chapter5Runs.text(seed: run.seed).section("5.7")
    let binary = run.sklearn.binary
    #expect(binary.nOutputs == 1 && binary.outActivation == "logistic")
    #expect(binary.coefShapes == [[2, 8], [8, 1]])
    #expect(section.value("classes") == Self.labels(binary.classes))
    #expect(
      section.lines.contains(
        "nOutputs  1 (logistic)   coefs [2, 8], [8, 1]   nIter \(binary.nIter)"))
    let rows = section.tableRows("sample")
    let truth = reference.data.knownTestY.filter { $0 == "cat" || $0 == "dog" }
    #expect(rows.count == binary.predictProba.count)
    for (i, (row, p)) in zip(rows, binary.predictProba).enumerated() {
      #expect(
        row == [
          "test \(i + 1)", p[1].fixed(4), p[0].fixed(4), p[1].fixed(4),
          binary.predict[i].label.quotedDescription, truth[i].quotedDescription,
        ])
    }

    #expect(
      section.lines.contains(
        "encoded: loss = tensor(\(run.oneTwo.bceLoss.fixed(4)), "
          + "grad_fn=<BinaryCrossEntropyWithLogitsBackward0>)"))

    let single = run.sklearn.single
    #expect(single.classes.map(\.label) == ["cat"] && single.nOutputs == 1)
    let lonely = try #require(section.index(of: "A training set with one class"))
    let rest = Section(lines: Array(section.lines[lonely...]))
    #expect(rest.value("classes") == "['cat']")
    #expect(
      rest.lines.contains("nOutputs  1 (logistic)   coefs [2, 8], [8, 1]   nIter \(single.nIter)"))
    let view = try #require(rest.index(of: "predictProba(xTest)  [4, 2]"))
    Self.expectProbabilities(rest, from: view, single, truth: truth)
    #expect(single.warnings.isEmpty && binary.warnings.isEmpty)
  }
}
