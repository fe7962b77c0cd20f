import Foundation
import MLPKit
import Testing

/// `mlp train` → model file → `mlp predict` / `mlp evaluate`, against the same
/// pipeline run in-process with MLPKit: the command must compute what the library
/// computes, and its files must carry every number exactly.
@Suite struct MLPCommandRoundTripTests {
  typealias S = MLPCommandSupport

  struct Setup: CustomTestStringConvertible, Sendable {
    let seed: Int
    let hidden: [Int]
    let testSize: Double
    let stratify: Bool
    let scale: Bool
    let extra: [String]
    var testDescription: String {
      "seed \(seed), hidden \(hidden), test \(testSize)\(stratify ? ", stratified" : "")"
        + "\(scale ? "" : ", unscaled") \(extra.joined(separator: " "))"
    }

    var arguments: [String] {
      [
        "--hidden", hidden.map(String.init).joined(separator: ","), "--seed", "\(seed)",
        "--test-size", "\(testSize)", "--max-iter", "60",
      ]
        + (stratify ? ["--stratify"] : []) + (scale ? [] : ["--scale", "none"]) + extra
    }

    /// The classifier `mlp train` builds for these flags.
    func classifier() -> MLPClassifier {
      let clf = MLPClassifier(hiddenLayerSizes: hidden, maxIter: 60, randomState: seed)
      if extra.contains("--solver") { clf.solver = .sgd }
      if extra.contains("--activation") { clf.activation = .tanh }
      clf.warningSink = { _ in }
      return clf
    }
  }

  static let setups = [
    Setup(seed: 4, hidden: [8], testSize: 0.25, stratify: false, scale: true, extra: []),
    Setup(
      seed: 9, hidden: [5, 3], testSize: 0.4, stratify: true, scale: false,
      extra: ["--solver", "sgd"]),
    Setup(
      seed: 4_294_967_295, hidden: [12], testSize: 0, stratify: false, scale: true,
      extra: ["--activation", "tanh"]),
  ]

  /// The pipeline of `mlp train`, written with the library.
  static func inProcess(_ data: Dataset, _ setup: Setup) throws -> (
    clf: MLPClassifier, scaling: ModelFile.Scaling?, train: (Tensor, [ClassLabel]),
    test: (Tensor, [ClassLabel])
  ) {
    var (xTrain, xTest, yTrain, yTest) = (data.x, data.x, data.y, [ClassLabel]())
    if setup.testSize > 0 {
      (xTrain, xTest, yTrain, yTest) = try trainTestSplit(
        data.x, data.y, testSize: .fraction(setup.testSize), randomState: setup.seed,
        stratify: setup.stratify ? data.y : nil)
    }
    var scaling: ModelFile.Scaling? = nil
    if setup.scale {
      var scaler = StandardScaler()
      try scaler.fit(xTrain)
      scaling = try ModelFile.Scaling(scaler)
      #expect(scaling?.mean == scaler.mean)
      xTrain = try scaler.transform(xTrain)
      if !yTest.isEmpty { xTest = try scaler.transform(xTest) }
    }
    let clf = setup.classifier()
    try clf.fit(xTrain, yTrain)
    return (clf, scaling, (xTrain, yTrain), (xTest, yTest))
  }

  @Test(arguments: setups)
  func irisRoundTripMatchesTheLibrary(_ setup: Setup) throws {
    let folder = try S.scratchFolder()
    let iris = try loadIris()
    try iris.writeCSV(to: folder.appendingPathComponent("iris.csv").path)
    let out = try S.mlp(
      ["train", "iris.csv", "--target", "target"] + setup.arguments
        + ["--model-out", "model.json", "--report", "report.json"], in: folder)
    #expect(out.status == 0, "\(out.stderr)")

    let (clf, scaling, train, test) = try Self.inProcess(iris, setup)
    // the model file carries every number exactly
    let model = try ModelFile(file: folder.appendingPathComponent("model.json").path)
    #expect(model.coefs == clf.coefs)
    #expect(model.intercepts == clf.intercepts)
    #expect(model.scaling == scaling)
    #expect(model.classes == clf.classes)
    #expect(model.featureNames == iris.featureNames)
    #expect(model.target == "target")
    #expect(model.activation == clf.activation)
    let report = try S.report("report.json", in: folder)
    #expect(report.loss_curve == clf.lossCurve)
    #expect(report.n_iter == clf.nIter)
    let trainScore = try clf.score(train.0, train.1)
    #expect(report.train_accuracy == trainScore)
    #expect(out.stdout.contains("Accuracy  train \(trainScore.fixed(4)) ("))
    if !test.1.isEmpty {
      let testScore = try clf.score(test.0, test.1)
      #expect(report.test_accuracy == testScore)
      #expect(out.stdout.contains("\n          test  \(testScore.fixed(4)) ("))
    } else {
      #expect(report.test_accuracy == nil)
      #expect(out.stdout.contains("Split     none (--test-size 0): all 150 rows train the model"))
    }

    // predict and evaluate = the library's predict and score on the whole file
    let x = try scaling?.transform(iris.x) ?? iris.x
    let expected = try clf.predict(x).map(\.description)
    let predicted = try S.mlp(
      ["predict", "model.json", "iris.csv", "--proba", "--decimals", "17"], in: folder)
    #expect(predicted.status == 0, "\(predicted.stderr)")
    let rows = S.predictions(predicted.stdout)
    #expect(rows.labels == expected)
    // 17 decimals round a probability by at most 5e-18
    let proba = try clf.predictProba(x).scalars
    let printed = rows.proba.flatMap { $0 }
    #expect(printed.count == proba.count)
    #expect(zip(printed, proba).allSatisfy { abs($0 - $1) <= 1e-17 })
    let evaluated = try S.mlp(["evaluate", "model.json", "iris.csv"], in: folder)
    #expect(evaluated.status == 0, "\(evaluated.stderr)")
    let score = try clf.score(x, iris.y)
    #expect(evaluated.stdout.contains("\nAccuracy  \(score.fixed(4)) ("))
    let loss = try logLoss(iris.y, try clf.predictProba(x), labels: clf.classes)
    #expect(evaluated.stdout.contains("\nLog loss  \(loss.fixed(6))\n"))

    // without the label column, and with the columns in another order
    let names = Array(iris.featureNames.reversed())
    var text = names.joined(separator: ",") + "\n"
    for row in iris.x.rowArrays {
      text += row.reversed().map { "\($0)" }.joined(separator: ",") + "\n"
    }
    try S.write(text, "new.csv", in: folder)
    let unlabelled = try S.mlp(["predict", "model.json", "new.csv"], in: folder)
    #expect(unlabelled.status == 0, "\(unlabelled.stderr)")
    #expect(unlabelled.stdout == (["prediction"] + expected).joined(separator: "\n") + "\n")
  }

  /// `--init-weights` starts where `setInitialWeights` does: the same run, number
  /// for number; with `--hidden` given, it must agree with the weights.
  @Test func initWeightsMatchSetInitialWeights() throws {
    let folder = try S.scratchFolder()
    try S.copyFixtures(["iris.csv", "iris_init_weights.json"], to: folder)
    let out = try S.mlp(
      [
        "train", "iris.csv", "--target", "species", "--hidden", "6", "--solver", "sgd",
        "--max-iter", "40", "--seed", "13", "--test-size", "0.3", "--init-weights",
        "iris_init_weights.json", "--model-out", "model.json", "--report", "report.json",
      ], in: folder)
    #expect(out.status == 0, "\(out.stderr)")

    let data = try Dataset(csv: folder.appendingPathComponent("iris.csv").path, target: "species")
    var (xTrain, _, yTrain, _) = try trainTestSplit(
      data.x, data.y, testSize: 0.3, randomState: 13)
    var scaler = StandardScaler()
    xTrain = try scaler.fitTransform(xTrain)
    let clf = MLPClassifier(hiddenLayerSizes: [6], solver: .sgd, maxIter: 40, randomState: 13)
    clf.warningSink = { _ in }
    try clf.setInitialWeights(file: folder.appendingPathComponent("iris_init_weights.json").path)
    try clf.fit(xTrain, yTrain)
    let report = try S.report("report.json", in: folder)
    #expect(report.loss_curve == clf.lossCurve)
    let model = try ModelFile(file: folder.appendingPathComponent("model.json").path)
    #expect(model.coefs == clf.coefs)
    #expect(model.intercepts == clf.intercepts)

    // the starting weights are what the file says, and they differ from a seeded start
    let fresh = MLPClassifier(hiddenLayerSizes: [6], solver: .sgd, maxIter: 40, randomState: 13)
    fresh.warningSink = { _ in }
    try fresh.fit(xTrain, yTrain)
    #expect(fresh.lossCurve != clf.lossCurve)
  }

  /// One class in the training rows (the other class all held out): sklearn trains one
  /// unit and always predicts that class; the command says so on stderr and carries
  /// on. Its probabilities are that class's only column, 1 in every row.
  @Test func singleClassTrainingRowsTrainWithAWarning() throws {
    let folder = try S.scratchFolder()
    // sklearn's train_test_split(5 rows, test_size=0.2, random_state=0) holds out row
    // index 2: the only 'other'
    try S.write(
      "a,b,y\n1,2,only\n2,3,only\n3,1,other\n4,0,only\n5,5,only\n", "split.csv", in: folder)
    let out = try S.mlp(
      ["train", "split.csv", "--target", "y", "--seed", "0", "--model-out", "m.json"],
      in: folder)
    #expect(out.status == 0, "\(out.stderr)")
    #expect(
      out.stderr.hasPrefix(
        "warning: the training rows hold a single class, 'only': the model trains one output"))
    #expect(out.stdout.contains("\nClasses   only (4), other (1)\n"))
    #expect(out.stdout.contains("\nSplit     4 training rows, 1 test rows"))
    #expect(out.stdout.contains("\nNetwork   2 → 100 → 1 (relu hidden, logistic output)\n"))
    #expect(out.stdout.contains("Accuracy  train 1.0000 (4 of 4)"))
    let predicted = try S.mlp(["predict", "m.json", "split.csv", "--proba"], in: folder)
    #expect(predicted.status == 0)
    #expect(
      predicted.stdout
        == "prediction,proba_only\n" + String(repeating: "only,1.000000\n", count: 5))
    let evaluated = try S.mlp(["evaluate", "m.json", "split.csv"], in: folder)
    #expect(evaluated.status == 0)
    #expect(evaluated.stdout.contains("\nLog loss  n/a (the model has a single class)\n"))
    #expect(
      evaluated.stderr.contains("warning: log loss is undefined for a model of a single class"))
  }

  /// Labels come back exactly as the user wrote them: big and negative integers,
  /// names with commas, quotes and accents (quoted in the CSV output as RFC 4180 wants).
  @Test func labelsArePreservedExactly() throws {
    let folder = try S.scratchFolder()
    var ints = "x,label\n"
    var names = "x,label\n"
    let big = 9_007_199_254_740_993  // 2⁵³ + 1: not a double, still an exact label
    for i in 0..<40 {
      let left = i % 2 == 0
      ints += "\(left ? -1.0 - Double(i) / 40 : 1.0 + Double(i) / 40),\(left ? -3 : big)\n"
      names += "\(left ? -1.0 : 1.0),\(left ? "\"a, \"\"b\"\"\"" : "café")\n"
    }
    try S.write(ints, "ints.csv", in: folder)
    try S.write(names, "names.csv", in: folder)
    let cases = [
      ("ints.csv", ["-3", "\(big)"], "prediction,proba_-3,proba_\(big)"),
      ("names.csv", ["\"a, \"\"b\"\"\"", "café"], "prediction,\"proba_a, \"\"b\"\"\",proba_café"),
    ]
    for (file, expected, header) in cases {
      let out = try S.mlp(
        [
          "train", file, "--target", "label", "--solver", "lbfgs", "--hidden", "3",
          "--model-out", "\(file).json",
        ], in: folder)
      #expect(out.status == 0, "\(out.stderr)")
      let model = try ModelFile(file: folder.appendingPathComponent("\(file).json").path)
      let data = try Dataset(csv: folder.appendingPathComponent(file).path, target: "label")
      #expect(model.classes == (try data.classes))
      let predicted = try S.mlp(["predict", "\(file).json", file, "--proba"], in: folder)
      #expect(predicted.status == 0)
      let lines = predicted.stdout.split(separator: "\n").map(String.init)
      #expect(lines.count == 41)
      #expect(lines.first == header)
      // the two classes, alternating as in the file (the data separate perfectly)
      for (i, line) in lines.dropFirst().enumerated() {
        #expect(line.hasPrefix(expected[i % 2] + ","), "row \(i): \(line)")
      }
    }
  }
}
