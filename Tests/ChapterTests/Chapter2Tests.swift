import Foundation
import Testing

/// `chapter2` prints sklearn's numbers: the seed's 20 epoch lines and every value each
/// section shows, for the book's seed 42 and other seeds and epoch counts, against
/// Tools/reference/chapter2.py → Tests/Fixtures/chapter2.json.
@Suite struct Chapter2Tests {
  static let runs = Chapter2Reference.all

  @Test func theFixtureCoversSeveralSeedsAndLoopLengths() {
    let seeds = Set(Self.runs.map(\.seed))
    #expect(seeds.isSuperset(of: [42, 0, 4_294_967_295]) && seeds.count >= 5)
    #expect(Set(Self.runs.map(\.epochs)).isSuperset(of: [3, 20]))
  }

  @Test(arguments: runs)
  func theEpochLinesAreSklearns(_ reference: Chapter2Reference) throws {
    let run = try Chapter2Runs.transcript(reference)
    let printed = run.section("2.3").filter { $0.hasPrefix("Epoch ") }
    #expect(printed.count == reference.epochs)
    #expect(printed == reference.loop.lines)
  }

  @Test func theBooksRunPrintsTheReferenceLines() throws {
    // reference §5.1, as the chapter's issue quotes it
    let run = try Chapter2Runs.transcript(try #require(Self.runs.first { $0.seed == 42 }))
    let lines = run.section("2.3")
    #expect(lines.contains("Epoch 1/20 - Loss: 0.7441, Accuracy: 0.4900"))
    #expect(lines.contains("Epoch 10/20 - Loss: 0.6891, Accuracy: 0.4950"))
    #expect(lines.contains("Epoch 20/20 - Loss: 0.6319, Accuracy: 0.6150"))
    #expect(run.section("2.7").contains("accuracyScore(yTest, yPred) = 0.9750"))
  }

  @Test(arguments: runs)
  func everyWarmStartWarningIsCountedOnce(_ reference: Chapter2Reference) throws {
    let run = try Chapter2Runs.transcript(reference)
    let text = run.flattened("2.3")
    #expect(!reference.loop.warnings.isEmpty)
    for warning in reference.loop.warnings {
      let times =
        switch warning.count {
        case 1: "once"
        case reference.epochs: "\(warning.count) times, once per fit"
        default: "\(warning.count) times, in \(warning.count) of the \(reference.epochs) fits"
        }
      #expect(
        text.contains(
          "sklearn prints this warning on stderr \(times): \(warning.category): \(warning.message)")
      )
    }
  }

  @Test(arguments: runs)
  func theDataSectionShowsTheSplitAndTheScaler(_ reference: Chapter2Reference) throws {
    let run = try Chapter2Runs.transcript(reference)
    let data = reference.data
    let lines = run.section("2.1")
    let shape = { (s: [Int]) in "[" + s.map(String.init).joined(separator: ", ") + "]" }
    #expect(
      lines.contains("  → xTrain \(shape(data.train_shape)), xTest \(shape(data.test_shape))"))
    let counts = data.train_counts.map(String.init).joined(separator: " / ")
    let testCounts = data.test_counts.map(String.init).joined(separator: " / ")
    #expect(lines.contains("rows of class 0 / class 1: train \(counts), test \(testCounts)"))
    #expect(lines.contains("  scaler.mean  = \(data.mean)"))
    #expect(lines.contains("  scaler.scale = \(data.scale)   (std, ddof 0)"))
    for i in data.first_labels.indices {
      let row = ["\(i)"] + data.first_raw[i] + data.first_scaled[i] + ["\(data.first_labels[i])"]
      #expect(run.words("2.1", startingWith: "  \(i)  ") == row)
    }
  }

  @Test(arguments: runs)
  func theModelPrintsAsSklearnsRepr(_ reference: Chapter2Reference) throws {
    let run = try Chapter2Runs.transcript(reference)
    #expect(
      run.section("2.2").joined(separator: "\n").contains("print(model)\n\(reference.model_repr)\n")
    )
    #expect(run.words("2.2", startingWith: "randomState ")?[1] == "\(reference.seed)")
  }

  @Test(arguments: runs)
  func underTheHoodReadsTheFittedState(_ reference: Chapter2Reference) throws {
    let run = try Chapter2Runs.transcript(reference)
    let loop = reference.loop
    let last = "model.lossCurve[\(loop.loss_curve_length - 1)]"
    var expected: [(String, String)] = [
      ("model.lossCurve.count", "\(loop.loss_curve_length)"), ("model.t", "\(loop.t)"),
      ("model.nIter", "\(loop.n_iter)"), ("model.optimizerState.t", "\(loop.adam_t)"),
      ("optimizerState.learningRate", loop.adam_learning_rate),
      ("model.lossCurve[0]", loop.loss_curve_first),
    ]
    // a one-entry curve is shown once
    if loop.loss_curve_length > 1 { expected.append((last, loop.loss_curve_last)) }
    for (property, value) in expected {
      #expect(
        run.words("2.4", startingWith: property + " ")?.dropFirst().first == value, "\(property)")
    }
  }

  @Test(arguments: runs)
  func theFittedModelHasOneOutputAndTwoProbabilityColumns(_ reference: Chapter2Reference) throws {
    let run = try Chapter2Runs.transcript(reference)
    let loop = reference.loop
    let classes = loop.classes.map(String.init).joined(separator: ", ")
    #expect(
      run.section("2.5").contains(
        "model.classes = [\(classes)], nOutputs = \(loop.n_outputs), outActivation = \(loop.out_activation)"
      ))
    let shape = { (s: [Int]) in "[" + s.map(String.init).joined(separator: ", ") + "]" }
    for i in loop.coef_shapes.indices {
      let cells = try #require(run.cells("2.5", startingWith: "\(i): "))
      #expect(cells.suffix(2) == [shape(loop.coef_shapes[i]), shape(loop.intercept_shapes[i])])
    }
    for i in loop.proba_preview.indices {
      let row =
        ["\(i)"] + loop.proba_preview[i] + [
          "\(loop.predict_preview[i])", "\(loop.y_test_preview[i])",
        ]
      let printed = run.section("2.5").first {
        $0.split(separator: " ").first == "\(i)" && $0.hasPrefix("       ")
      }
      #expect(printed.map { $0.split(separator: " ").map(String.init) } == row)
    }
  }

  @Test(arguments: runs)
  func theThreeTrainingSchemesEndWhereSklearnsDo(_ reference: Chapter2Reference) throws {
    let run = try Chapter2Runs.transcript(reference)
    let e = reference.epochs
    let schemes = reference.schemes
    for (name, scheme) in [
      ("\(e) × fit, warmStart, maxIter 1", schemes.warm_start),
      ("\(e) × partialFit", schemes.partial_fit), ("1 × fit, maxIter \(e)", schemes.fit),
    ] {
      let words = try #require(run.words("2.6", startingWith: name + "  "), "\(name)")
      #expect(words.suffix(3) == ["\(scheme.adam_t)", scheme.log_loss, scheme.accuracy], "\(name)")
    }
  }

  @Test(arguments: runs)
  func theSeedsFirstExampleMatchesSklearn(_ reference: Chapter2Reference) throws {
    let run = try Chapter2Runs.transcript(reference)
    let first = reference.first_example
    let section = run.section("2.7")
    let text = section.joined(separator: "\n")
    #expect(text.contains("print(mlp)\n\(first.repr)\n"))
    #expect(section.contains("accuracyScore(yTest, yPred) = \(first.accuracy)"))
    #expect(text.contains("mlp.nIter = \(first.n_iter) ("))
    #expect(text.contains("mlp.t = \(first.t), mlp.loss = \(first.loss)"))
    for point in first.curve {
      let epoch = point[0].description
      let words = run.words(
        "2.7", startingWith: String(repeating: " ", count: 5 - epoch.count) + epoch + "  ")
      #expect(words == point.map(\.description))
    }
    let flat = run.flattened("2.7")
    for warning in first.warnings {
      #expect(warning.count == 1)
      #expect(flat.contains("on stderr once: \(warning.category): \(warning.message)"))
    }
    if first.warnings.isEmpty { #expect(flat.contains("No warning was raised.")) }
    #expect(text.contains("classificationReport(yTest, yPred)\n" + first.report))
    for (label, counts) in first.confusion.enumerated() {
      let words = try #require(run.words("2.7", startingWith: "                   \(label)"))
      #expect(words == ["\(label)"] + counts.map(String.init))
    }
  }
}
