import Foundation
import MLPKit
import Testing

/// The audit's gaps in `mlp`, closed: help and errors agree on ranges, `--verbose`
/// prints what is trained before the epoch lines, a single-class target and features
/// too large to standardise are refused, probabilities always cover the model's
/// classes, and what cannot fit in memory fails before it is read or allocated.
@Suite struct MLPCommandHardeningTests {
  typealias S = MLPCommandSupport
  typealias E = MLPCommandErrorTests

  /// `text` with every run of spaces and line breaks made one space (help wraps lines).
  static func words(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  // MARK: - Ranges: help, parse errors and range errors say the same

  /// Each numeric flag's help shows the range its errors name, for a value that is not
  /// a number and for one out of range alike.
  @Test(arguments: [
    ("--alpha", "a number in [0, ∞)", "-1", "-1.0"),
    ("--learning-rate-init", "a number in (0, ∞)", "0", "0.0"),
    ("--max-iter", "an integer in [1, ∞)", "0", "0"),
    ("--momentum", "a number in [0, 1]", "2", "2.0"),
    ("--validation-fraction", "a number in [0, 1)", "1", "1.0"),
    ("--beta-2", "a number in [0, 1)", "1", "1.0"),
    ("--epsilon", "a number in (0, ∞)", "-1", "-1.0"),
    ("--max-fun", "an integer in [1, ∞)", "0", "0"),
    ("--seed", "a whole number in 0...4294967295", "-1", "-1"),
    ("--test-size", "a number in [0, 1) (0 trains on every row)", "1", "1.0"),
  ])
  func helpAndErrorsAgreeOnTheRange(
    _ flag: String, _ range: String, _ outOfRange: String, _ printed: String
  ) throws {
    let help = try S.mlp(["train", "--help"], in: try S.scratchFolder())
    #expect(help.status == 0)
    let line = Self.words(help.stdout).components(separatedBy: " --").first {
      $0.hasPrefix(flag.dropFirst(2) + " <")
    }
    #expect(line?.contains(range) == true, "\(flag): \(line ?? "not in the help")")
    let folder = try E.folderWithData()
    let train = ["train", "data.csv", "--target", "y"]
    #expect(
      try E.failure(train + [flag, "zz"], in: folder)
        == "\(flag) must be \(range); got 'zz'" + E.trainHelp)
    #expect(
      try E.failure(train + [flag, outOfRange], in: folder)
        == "\(flag) must be \(range); got \(printed)" + E.trainHelp)
  }

  /// sklearn's `validation_fraction` is in [0, 1); 0 is refused only where it is used,
  /// by early stopping with sgd or adam. The help says both.
  @Test func validationFractionZeroIsAcceptedWithoutEarlyStopping() throws {
    let help = try S.mlp(["train", "--help"], in: try S.scratchFolder())
    #expect(
      Self.words(help.stdout).contains(
        "--validation-fraction <fraction> Share held out for early stopping, a number in "
          + "[0, 1); above 0 with --early-stopping (sgd, adam)."))
    let folder = try E.folderWithData()
    let train = ["train", "data.csv", "--target", "y", "--max-iter", "2"]
    let plain = try S.mlp(train + ["--validation-fraction", "0"], in: folder)
    #expect(plain.status == 0, "\(plain.stderr)")
    let lbfgs = try S.mlp(
      train + ["--validation-fraction", "0", "--early-stopping", "--solver", "lbfgs"], in: folder)
    #expect(lbfgs.status == 0, "\(lbfgs.stderr)")
    #expect(
      try E.failure(train + ["--validation-fraction", "0", "--early-stopping"], in: folder)
        == "--validation-fraction must be a number in (0, 1) when --early-stopping is on; "
        + "got 0.0" + E.trainHelp)
  }

  // MARK: - --verbose

  /// With `--verbose`, what is trained (Data … Network) comes before the epoch lines
  /// and the results after; without it the same summary, in the same order.
  @Test(arguments: [
    ["--solver", "sgd"], ["--early-stopping", "--validation-fraction", "0.25"],
  ])
  func verboseSummaryComesBeforeTheEpochLines(_ flags: [String]) throws {
    let folder = try E.folderWithData()
    let train = ["train", "data.csv", "--target", "y", "--max-iter", "3"] + flags
    let verbose = try S.mlp(train + ["--verbose"], in: folder)
    #expect(verbose.status == 0, "\(verbose.stderr)")
    let lines = verbose.lines
    #expect(lines.first?.hasPrefix("Data      ") == true)
    let network = try #require(lines.firstIndex { $0.hasPrefix("Network   ") })
    #expect(lines[..<network].contains { $0.hasPrefix("Model     MLPClassifier(") })
    #expect(!lines[..<network].contains { $0.hasPrefix("Iteration ") })
    // then the epoch lines (and the validation scores with early stopping), then the rest
    let training = try #require(lines.firstIndex { $0.hasPrefix("Training  ") })
    let during = lines[(network + 1)..<training]
    #expect(during.count(where: { $0.hasPrefix("Iteration ") }) == 3)
    #expect(
      during.allSatisfy { $0.hasPrefix("Iteration ") || $0.hasPrefix("Validation score: ") },
      "\(during)")
    #expect(lines[training].hasPrefix("Training  3 epochs"))

    // the same summary as without --verbose, but for verbose=True in the Model row
    // (which may wrap onto lines indented under "MLPClassifier(")
    let quiet = try S.mlp(train, in: folder)
    #expect(quiet.status == 0)
    let modelRow = { (line: String) in
      line.hasPrefix("Model ") || line.hasPrefix(String(repeating: " ", count: 24))
    }
    #expect(
      Array(lines[...network]).filter { !modelRow($0) } + Array(lines[training...])
        == quiet.lines.filter { !modelRow($0) })
  }

  // MARK: - Classes

  /// A label column of one class cannot train a classifier: the column, the class
  /// and the rule, before any training.
  @Test(arguments: [
    ("a,y\n1,same\n2,same\n3,same\n", "'same' (all 3 rows)"),
    ("a,y\n1,7\n2,7\n", "7 (all 2 rows)"),
  ])
  func aSingleClassTargetIsRefused(_ csv: String, _ only: String) throws {
    let folder = try S.scratchFolder()
    try S.write(csv, "one.csv", in: folder)
    #expect(
      try E.failure(
        ["train", "one.csv", "--target", "y", "--model-out", "m.json", "--verbose"], in: folder)
        == "one.csv: the target column 'y' holds a single class, \(only): a classifier needs "
        + "at least 2 classes")
  }

  /// `--proba` gives one column per class of the model, each row summing to 1 (two
  /// classes: sklearn's `[1 − p, p]`; three: softmax).
  @Test(arguments: [2, 3])
  func probabilityRowsSumToOne(_ classCount: Int) throws {
    let folder = try S.scratchFolder()
    var csv = "a,b,y\n"
    for i in 0..<30 { csv += "\(Double(i) / 7),\(Double(i % 4) - 1.5),c\(i % classCount)\n" }
    try S.write(csv, "data.csv", in: folder)
    let train = try S.mlp(
      ["train", "data.csv", "--target", "y", "--max-iter", "5", "--model-out", "m.json"],
      in: folder)
    #expect(train.status == 0, "\(train.stderr)")
    let out = try S.mlp(
      ["predict", "m.json", "data.csv", "--proba", "--decimals", "17"], in: folder)
    #expect(out.status == 0)
    let rows = S.predictions(out.stdout)
    let header = ["prediction"] + (0..<classCount).map { "proba_c\($0)" }
    #expect(rows.header == header.joined(separator: ","))
    #expect(rows.proba.count == 30)
    #expect(rows.proba.allSatisfy { $0.count == classCount && abs($0.reduce(0, +) - 1) < 1e-12 })
  }

  /// A model file of one class (sklearn fits one when the training rows hold one):
  /// its column is that class, probability 1, as `predict` always answers it.
  @Test func aSingleClassModelHasOneColumnOfOnes() throws {
    let folder = try S.scratchFolder()
    let model = """
      {"format": "mlp-workbook-model", "version": 1, "target": "y", "feature_names": ["a"],
       "classes": ["only"], "activation": "relu", "scaler": null,
       "coefs": [[[2.0]], [[-3.0]]], "intercepts": [[0.5], [0.25]]}
      """
    try S.write(model, "m.json", in: folder)
    try S.write("a\n-4\n0\n1.5\n", "new.csv", in: folder)
    let out = try S.mlp(["predict", "m.json", "new.csv", "--proba", "--decimals", "3"], in: folder)
    #expect(out.status == 0, "\(out.stderr)")
    #expect(out.stdout == "prediction,proba_only\nonly,1.000\nonly,1.000\nonly,1.000\n")
  }

  // MARK: - Features too large to standardise

  /// Values near 1e308 overflow the column's variance (or mean): `train`, `evaluate`
  /// and `predict` name the column instead of fitting or scoring garbage.
  @Test(arguments: ["1e308", "-1.5e307", "3e200"])
  func featuresTooLargeToStandardiseAreRefused(_ big: String) throws {
    let folder = try E.folderWithData()
    var csv = "a,b,y\n"
    for i in 0..<20 { csv += "\(i),\(i % 3 == 0 ? big : "\(i)"),\(i % 2 == 0 ? "even" : "odd")\n" }
    try S.write(csv, "big.csv", in: folder)
    let message = try E.failure(["train", "big.csv", "--target", "y"], in: folder)
    #expect(
      message.hasPrefix(
        "big.csv: the values of feature column 'b' are too large to standardise: their mean is "))
    #expect(message.hasSuffix(", not both finite; divide the column by a power of ten first"))
    #expect(
      message.contains(" and their variance inf") || message.contains(" and their variance nan")
        || message.contains("mean is inf") || message.contains("mean is -inf"))

    // a model trained on ordinary rows refuses to score such rows
    let train = try S.mlp(
      ["train", "data.csv", "--target", "y", "--model-out", "m.json"], in: folder)
    #expect(train.status == 0)
    for command in ["evaluate", "predict"] {
      let refused = try E.failure([command, "m.json", "big.csv"], in: folder)
      #expect(
        refused.hasPrefix(
          "big.csv: the values of feature column 'b' are too large to standardise"), "\(refused)")
    }
  }

  /// A huge value among the held-out rows only is refused as well: those rows would be
  /// scored as garbage.
  @Test(arguments: [0, 1, 2, 3])
  func aHugeValueInTheTestRowsIsRefused(_ seed: Int) throws {
    let folder = try S.scratchFolder()
    var csv = "a,b,y\n"
    for i in 0..<20 { csv += "\(i),\(i == 7 ? "1e308" : "\(i % 4)"),\(i % 2)\n" }
    try S.write(csv, "one-big.csv", in: folder)
    let message = try E.failure(
      ["train", "one-big.csv", "--target", "y", "--seed", "\(seed)"], in: folder)
    #expect(
      message.hasPrefix(
        "one-big.csv: the values of feature column 'b' are too large to standardise: "))
    // without scaling nothing is standardised: the values go in as they are
    let unscaled = try S.mlp(
      [
        "train", "one-big.csv", "--target", "y", "--seed", "\(seed)", "--scale", "none",
        "--max-iter", "2",
      ], in: folder)
    #expect(!unscaled.stderr.contains("too large to standardise"))
  }

  /// Large but finite statistics (variance about 1e300) still train.
  @Test func largeButFiniteFeaturesTrain() throws {
    let folder = try S.scratchFolder()
    var csv = "a,b,y\n"
    for i in 0..<20 { csv += "\(i),\(i % 3 == 0 ? "1e150" : "\(i)"),\(i % 2)\n" }
    try S.write(csv, "wide.csv", in: folder)
    let out = try S.mlp(["train", "wide.csv", "--target", "y", "--max-iter", "3"], in: folder)
    #expect(out.status == 0, "\(out.stderr)")
  }

  // MARK: - Against scikit-learn (Tools/reference/mlp_hardening.py)

  struct Reference: Decodable {
    struct Split: Decodable {
      let rows: Int
      let seed: Int
      let held_out: [Int]
    }
    struct Fraction: Decodable {
      let solver: String
      let early_stopping: Bool
      let fraction: Double
      let fits: Bool
    }
    struct SingleClass: Decodable {
      let classes: [String]
      let proba_columns: Int
      let predictions: [String]
    }
    struct Overflow: Decodable {
      let value: String
      /// A number, or "inf", "-inf", "nan" (JSON has none).
      let mean: Number
      let `var`: Number
    }
    enum Number: Decodable {
      case finite(Double)
      case special(String)
      init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let x = try? c.decode(Double.self) {
          self = .finite(x)
        } else {
          self = .special(try c.decode(String.self))
        }
      }
    }
    let split_held_out: [Split]
    let validation_fraction: [Fraction]
    let single_class_model: SingleClass
    let overflow: [Overflow]
  }

  static let reference: Result<Reference, Error> = Result {
    let url = S.fixtures.deletingLastPathComponent().appendingPathComponent("mlp_hardening.json")
    return try JSONDecoder().decode(Reference.self, from: try Data(contentsOf: url))
  }

  /// For every seed, the rows sklearn's split holds out get the second class: the
  /// training rows hold one class, so `mlp train` warns and trains (the target column
  /// itself has two), and the model answers that class with probability 1.
  @Test func trainingRowsOfOneClassFollowSklearnsSplit() throws {
    let folder = try S.scratchFolder()
    for split in try Self.reference.get().split_held_out {
      var csv = "a,b,y\n"
      for i in 0..<split.rows {
        csv += "\(i),\(i * i % 5),\(split.held_out.contains(i) ? "other" : "only")\n"
      }
      try S.write(csv, "split.csv", in: folder)
      let out = try S.mlp(
        [
          "train", "split.csv", "--target", "y", "--seed", "\(split.seed)", "--max-iter", "5",
          "--model-out", "m.json",
        ], in: folder)
      let case_ = "\(split.rows) rows, seed \(split.seed)"
      #expect(out.status == 0, "\(case_): \(out.stderr)")
      #expect(
        out.stderr.hasPrefix("warning: the training rows hold a single class, 'only'"),
        "\(case_): \(out.stderr)")
      let n = split.held_out.count
      #expect(
        out.stdout.contains("\nClasses   only (\(split.rows - n)), other (\(n))\n"), "\(case_)")
      #expect(out.stdout.contains("Accuracy  train 1.0000"), "\(case_)")
      let predicted = try S.mlp(["predict", "m.json", "split.csv", "--proba"], in: folder)
      #expect(
        predicted.stdout
          == "prediction,proba_only\n"
          + String(repeating: "only,1.000000\n", count: split.rows), "\(case_)")
    }
  }

  /// sklearn fits a one-class model, whose `predict_proba` has two columns (`[1 − p, p]`)
  /// while `predict` always answers the class: `mlp` prints that class's column, all 1.
  @Test func aOneClassModelPredictsItsClassAsSklearnDoes() throws {
    let ref = try Self.reference.get().single_class_model
    #expect(ref.proba_columns == 2)
    let folder = try S.scratchFolder()
    try S.write("a,b,y\n1,2,only\n2,3,only\n3,1,only\n4,0,only\n", "one.csv", in: folder)
    // a one-class file is refused, so the model comes from a split that holds the
    // other class out; its training rows are the same four
    try S.write(
      "a,b,y\n1,2,only\n2,3,only\n3,1,other\n4,0,only\n5,5,only\n", "split.csv", in: folder)
    let train = try S.mlp(
      ["train", "split.csv", "--target", "y", "--seed", "0", "--model-out", "m.json"], in: folder)
    #expect(train.status == 0)
    try S.write("a,b\n-4,0\n0,0\n1.5,9\n100,-100\n", "grid.csv", in: folder)
    let out = try S.mlp(["predict", "m.json", "grid.csv", "--proba"], in: folder)
    let rows = S.predictions(out.stdout)
    #expect(rows.header == "prediction," + ref.classes.map { "proba_\($0)" }.joined())
    #expect(rows.labels == ref.predictions)
    #expect(rows.proba == Array(repeating: [1.0], count: ref.predictions.count))
  }

  /// sklearn's validation_fraction: [0, 1), and 0 only where early stopping uses it
  /// (sgd, adam). `mlp train` accepts exactly what sklearn fits.
  @Test func validationFractionsAcceptedAsSklearnDoes() throws {
    let folder = try E.folderWithData()
    for c in try Self.reference.get().validation_fraction {
      let out = try S.mlp(
        [
          "train", "data.csv", "--target", "y", "--test-size", "0", "--max-iter", "2",
          "--solver", c.solver, "--validation-fraction", "\(c.fraction)",
        ] + (c.early_stopping ? ["--early-stopping"] : []), in: folder)
      #expect(
        (out.status == 0) == c.fits,
        "\(c.solver) early_stopping=\(c.early_stopping) \(c.fraction): \(out.stderr)")
    }
  }

  /// The columns sklearn's StandardScaler cannot summarise (mean or variance not
  /// finite) are the ones `mlp train` refuses; a finite mean is sklearn's.
  @Test func overflowingColumnsAreTheOnesSklearnCannotScale() throws {
    let folder = try S.scratchFolder()
    for c in try Self.reference.get().overflow {
      var csv = "a,b,y\n"
      for i in 0..<20 { csv += "\(i),\(i % 3 == 0 ? c.value : "\(i)"),\(i % 2)\n" }
      try S.write(csv, "big.csv", in: folder)
      // no split: the scaler sees every row, as in the reference
      let message = try E.failure(
        ["train", "big.csv", "--target", "y", "--test-size", "0"], in: folder)
      let pattern =
        /big\.csv: the values of feature column 'b' are too large to standardise: their mean is (\S+) and their variance (\S+), not both finite; divide the column by a power of ten first/
      let match = try #require(try pattern.wholeMatch(in: message), "\(message)")
      let (mean, variance) = (try #require(Double(match.1)), try #require(Double(match.2)))
      #expect(!(mean.isFinite && variance.isFinite))
      switch c.mean {
      case .finite(let expected):
        #expect(S.isClose(mean, expected, rtol: 1e-12), "\(c.value): \(mean) vs \(expected)")
      case .special(let text):
        #expect("\(mean)" == text, "\(c.value)")
      }
      if case .finite = c.var { Issue.record("sklearn's variance was finite for \(c.value)") }
    }
  }
}
