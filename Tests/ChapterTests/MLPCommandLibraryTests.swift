import Foundation
import MLPKit
import Testing

/// The library pieces `mlp` is built from: `CSVReader.readFeatures`, `ModelFile`,
/// `TrainingReport` and `setInitialWeights(file:)`.
@Suite struct MLPCommandLibraryTests {
  // MARK: - readFeatures

  static func message(_ body: () throws -> Any) -> String {
    do {
      _ = try body()
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  /// Malformed files whose label column is present: `readFeatures` reports what
  /// `read` reports, at the same line and column, although it adds a field to
  /// every record behind the scenes.
  @Test(arguments: [
    "a,b,y\n1,2,x\n1,zz,x\n",
    "a,b,y\n1,2\n",
    "a,b,y\n1,2,x,4\n",
    "a,b,y\n1,2,x,\"4\n5\",6\n",
    "a,b,y\n1,\"2\"x,x\n",
    "a,b,y\n1,2\"3,x\n",
    "a,b,y\n1,\"2,x\n",
    "a,a,y\n1,2,x\n",
    "a,,y\n1,2,x\n",
    "\u{FEFF}a,b,y\r\n1,2,x\r\n3,,x\r\n",
    "a,b,y\r\r1,2,x\r\r3,4\r",
    "a,b,y\n\n1,2,x\n\n3,4\n",
    "a,b,y\n1,nan,x\n",
    "a,b,y\n1,2,x\n   \n",
    "a,b,y\n\"1\n\",2,x\n",
    "a,b,y\n1,2,x\n  \"3\"  ,4,x,\n",
    "a,b,y\nü,2,x\n",
    "a,b,y\n1,2,x\nü,ü,ü,ü\n",
    "\n\na,b,y\n1,2,x\n3,4\n",
    "a,b,y\n1,2,x\n3,4,x,",
  ])
  func readFeaturesLocatesErrorsAsReadDoes(_ text: String) throws {
    let reader = CSVReader(target: "y")
    let expected = Self.message { try reader.read(text: text, source: "f.csv") }
    #expect(expected != "no error")
    #expect(Self.message { try reader.readFeatures(text: text, source: "f.csv") } == expected)
    let chosen = CSVReader(target: "y", featureColumns: ["b", "a"])
    if !text.contains("a,a") && !text.contains("a,,y") {
      #expect(Self.message { try chosen.readFeatures(text: text, source: "f.csv") } == expected)
    }
  }

  /// Well-formed files: the same numbers as `read`, with or without the label column.
  @Test(arguments: [
    "a,b,y\n1,2,x\n3,4,z\n",
    "\u{FEFF}a,b,y\r\n1,2,x\r\n3,4,z\r\n",
    "\n\"a\", b ,y\n\n 1 ,\"2\",x\n\n3,4,\"z\nz\"",
    "y,b,a\nx,2,1\nz,4,3",
    "a,y,b\r1,x,2\r3,z,4\r",
  ])
  func readFeaturesReadsWhatReadReads(_ text: String) throws {
    let reader = CSVReader(target: "y", featureColumns: ["a", "b"])
    let labelled = try reader.read(text: text)
    let features = try reader.readFeatures(text: text)
    #expect(features.x == labelled.x)
    #expect(features.featureNames == ["a", "b"])
    #expect(features.x == (try Tensor(rows: [[1, 2], [3, 4]])))
    // every column but the target, in file order
    let all = try CSVReader(target: "y").readFeatures(text: text)
    let everything = try CSVReader(target: "y").read(text: text)
    #expect(all.featureNames == everything.featureNames)
    #expect(all.x == everything.x)
  }

  @Test func readFeaturesWithoutTheLabelColumn() throws {
    let reader = CSVReader(target: "species", featureColumns: ["a", "b", "c"])
    let read = try reader.readFeatures(text: "c,a,b\n3,1,2\n6,4,5\n")
    #expect(read.x == (try Tensor(rows: [[1, 2, 3], [4, 5, 6]])))
    // a single column is a valid feature file
    let one = try CSVReader(target: "y", featureColumns: ["a"]).readFeatures(text: "a\n1.5\n-2\n")
    #expect(one.x == (try Tensor(rows: [[1.5], [-2]])))
    // an empty label cell is fine when the label is not read
    let holes = try reader.readFeatures(text: "a,species,b,c\n1,,2,3\n")
    #expect(holes.x == (try Tensor(rows: [[1, 2, 3]])))
  }

  @Test func readFeaturesErrors() throws {
    let reader = CSVReader(target: "y", featureColumns: ["a", "b"])
    #expect(
      Self.message { try reader.readFeatures(text: "\n\na,b\n", source: "f.csv") }
        == "f.csv:3: the header names 2 columns but no data rows follow it")
    #expect(
      Self.message { try reader.readFeatures(text: "", source: "f.csv") }
        == "f.csv: the input is empty: expected a header row naming the columns, then one row per sample"
    )
    #expect(
      Self.message { try reader.readFeatures(text: "a,b\n1,2,3\n") }
        == "line 2:5: expected 2 fields (one per header column), got 3; this field is one too many")
    #expect(
      Self.message { try reader.readFeatures(text: "a\n1\n") }
        == "line 1: the 1 feature columns do not match the 2 expected: missing 'b'; "
        + "expected 'a', 'b' (and optionally the target 'y')")
    #expect(
      Self.message { try CSVReader(target: "y").readFeatures(text: "y\n1\n") }
        == "line 1: the only column is the target 'y'; there are no features to read")
    #expect(
      Self.message {
        try CSVReader(target: "y", featureColumns: ["y"]).readFeatures(text: "y\n1\n")
      }
        == "featureColumns must be names other than the target 'y'; got 'y'")
  }

  // MARK: - ModelFile

  static func model(classes: [ClassLabel] = ["cat", "dog"], target: String = "label") throws
    -> ModelFile
  {
    let outputs = classes.count <= 2 ? 1 : classes.count
    let last = (0..<3).map { i in (0..<outputs).map { j in [0.5, -0.25, 1e300][i] / Double(j + 1) }
    }
    return try ModelFile(
      target: target, featureNames: ["height (cm)", "wei\"ght", "x,y"], classes: classes,
      activation: .tanh,
      coefs: [
        try Tensor(rows: [
          [1e-300, -0.0, 0.1], [1 / 3, -123456789.125, Double.leastNonzeroMagnitude], [2, 3, 4],
        ]),
        try Tensor(rows: last),
      ],
      intercepts: [
        Tensor([0.3, -0.7, 1e-17]), Tensor((0..<outputs).map { 0.2 * Double($0 + 1) }),
      ],
      scaling: try ModelFile.Scaling(mean: [1.1, -2, 1 / 7], scale: [0.5, 1, 3e-10]))
  }

  @Test func modelFileReadsBackExactly() throws {
    let model = try Self.model()
    let back = try ModelFile(jsonText: model.jsonText)
    #expect(back == model)
    #expect(back.coefs[0].scalars[1].sign == .minus)
    #expect(model.hiddenLayerSizes == [3])
    #expect(model.layerUnits == [3, 3, 1])
    #expect(model.outActivation == .logistic)
    // awkward names and labels survive JSON escaping
    let names = try Self.model(
      classes: ["", "a\"b", "line\nbreak", "tab\there", "\u{1}", "é"].sorted {
        $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
      }.map(ClassLabel.string), target: "\\target/")
    #expect(try ModelFile(jsonText: names.jsonText) == names)
    let numbers = try Self.model(classes: [-9_223_372_036_854_775_807, 0, 9_007_199_254_740_993])
    #expect(try ModelFile(jsonText: numbers.jsonText) == numbers)
    #expect(numbers.jsonText.contains("\"classes\": [-9223372036854775807, 0, 9007199254740993],"))
  }

  @Test func modelFileLayout() throws {
    let text = try Self.model().jsonText
    #expect(
      text.hasPrefix(
        """
        {
          "format": "mlp-workbook-model",
          "version": 1,
          "target": "label",
          "feature_names": ["height (cm)", "wei\\"ght", "x,y"],
          "n_features_in": 3,
          "classes": ["cat", "dog"],
          "hidden_layer_sizes": [3],
          "activation": "tanh",
          "out_activation": "logistic",
          "scaler": {
            "mean": [1.1, -2.0, 0.14285714285714285],
            "scale": [0.5, 1.0, 3e-10]
          },
          "coefs": [
            [
              [1e-300, -0.0, 0.1],
        """))
    #expect(text.hasSuffix("  \"intercepts\": [\n    [0.3, -0.7, 1e-17],\n    [0.2]\n  ]\n}\n"))
  }

  @Test func modelFileChecksItsParts() throws {
    func problem(_ body: () throws -> ModelFile) -> String { Self.message(body) }
    let w = try Tensor(rows: [[1, 2], [3, 4]])
    let out = try Tensor(rows: [[1], [2]])
    func make(
      names: [String] = ["a", "b"], classes: [ClassLabel] = [0, 1], coefs: [Tensor]? = nil,
      intercepts: [Tensor]? = nil, scaling: ModelFile.Scaling? = nil
    ) throws -> ModelFile {
      try ModelFile(
        target: "y", featureNames: names, classes: classes, activation: .relu,
        coefs: coefs ?? [w, out], intercepts: intercepts ?? [Tensor([0, 0]), Tensor([0])],
        scaling: scaling)
    }
    #expect(problem { try make() } == "no error")
    #expect(
      problem { try make(names: ["a", "y"]) }
        == "ModelFile: feature_names[1] is the target 'y'; a label is not a feature")
    #expect(
      problem { try make(names: ["a"]) }
        == "ModelFile: coefs[0] is [2, 2] but there are 1 features, so it needs 1 rows")
    #expect(
      problem { try make(classes: ["b", "a"]) }
        == "ModelFile: classes must be distinct and sorted as sklearn's classes_ are (['a', 'b']); got ['b', 'a']"
    )
    #expect(
      problem { try make(classes: [0, "a"]) }
        == "ModelFile: classes mixes numbers and names [0, 'a']; use one kind")
    #expect(
      problem { try make(classes: [0, 0]) }
        == "ModelFile: classes must be distinct and sorted as sklearn's classes_ are ([0]); got [0, 0]"
    )
    #expect(
      problem { try make(classes: [0, 1, 2]) }
        == "ModelFile: coefs[1] has 1 outputs but 3 classes need one softmax output each, so it needs 3"
    )
    #expect(
      problem { try make(intercepts: [Tensor([0, 0])]) }
        == "ModelFile: intercepts has 1 vectors but coefs has 2 matrices; one per layer")
    #expect(
      problem { try make(coefs: [w, Tensor([1, 2])]) }
        == "ModelFile: coefs[1] has shape [2]; it must be a [fan_in][fan_out] matrix (rows of numbers)"
    )
    #expect(
      problem { try make(coefs: [w, try Tensor(rows: [[1], [.nan]])]) }
        == "ModelFile: coefs[1][1][0] is nan, not finite")
    #expect(
      problem { try make(scaling: try ModelFile.Scaling(mean: [0], scale: [1])) }
        == "ModelFile: scaler.mean has 1 numbers but there are 2 features")
    #expect(
      Self.message { try ModelFile.Scaling(mean: [0, 1], scale: [1]) }
        == "ModelFile: scaler.scale has 1 numbers but mean has 2; one of each per feature")
    #expect(
      Self.message {
        try ModelFile(classifier: MLPClassifier(), featureNames: ["a"], target: "y", scaling: nil)
      }
        == NotFittedError(estimator: "MLPClassifier").description)
  }

  /// `MLPClassifier(model:)` predicts exactly what the classifier that wrote the
  /// model predicts, through the file.
  @Test(arguments: [0, 1, 7])
  func classifierFromModelPredictsTheSame(_ seed: Int) throws {
    let data = try makeMoons(nSamples: 60, noise: 0.3, randomState: seed)
    let labels = data.y.map { label -> ClassLabel in
      if case .int(let v) = label { return v == 0 ? "left" : "right" }
      return label
    }
    for (hidden, classes) in [
      ([4], labels), ([3, 2], data.y.enumerated().map { ClassLabel.int(($0.offset % 3) * 5) }),
    ] {
      let clf = MLPClassifier(
        hiddenLayerSizes: hidden, solver: .lbfgs, maxIter: 30, randomState: seed)
      clf.warningSink = { _ in }
      try clf.fit(data.x, classes)
      let model = try ModelFile(
        classifier: clf, featureNames: data.featureNames, target: "y", scaling: nil)
      let back = MLPClassifier(model: try ModelFile(jsonText: model.jsonText))
      #expect(try back.predict(data.x) == (try clf.predict(data.x)))
      #expect(try back.predictProba(data.x) == (try clf.predictProba(data.x)))
      #expect(try back.score(data.x, classes) == (try clf.score(data.x, classes)))
      #expect(back.nFeaturesIn == 2)
      #expect(back.classes == clf.classes)
    }
  }

  // MARK: - TrainingReport

  @Test func trainingReportUsesSklearnsNamesAndNulls() throws {
    let data = try makeMoons(nSamples: 40, noise: 0.2, randomState: 3)
    let lbfgs = MLPClassifier(hiddenLayerSizes: [3], solver: .lbfgs, maxIter: 2, randomState: 0)
    var warnings: [MLPClassifier.Warning] = []
    lbfgs.warningSink = { warnings.append($0) }
    try lbfgs.fit(data.x, data.y)
    let report = try TrainingReport(
      classifier: lbfgs, nTrain: 40, nTest: 0, trainAccuracy: 0.5, testAccuracy: nil,
      warnings: warnings)
    #expect(!report.converged)
    let text = report.jsonText
    #expect(
      text.contains("\n  \"solver\": \"lbfgs\",\n  \"n_iter\": 2,\n  \"converged\": false,\n"))
    #expect(
      text.contains(
        "\n  \"best_loss\": null,\n  \"loss_curve\": null,\n  \"validation_scores\": null,\n"))
    #expect(text.contains("\n  \"test_accuracy\": null,\n"))
    // L-BFGS's warning spans lines; the report keeps it on one
    #expect(
      text.contains(
        "\"warnings\": [\"ConvergenceWarning: lbfgs failed to converge after 2 iteration(s) (status=1): STOP: TOTAL NO. OF ITERATIONS REACHED LIMIT Increase the number"
      ))
    #expect(text.hasSuffix("}\n"))
    #expect(
      Self.message {
        try TrainingReport(
          classifier: MLPClassifier(), nTrain: 1, nTest: 0, trainAccuracy: 1, testAccuracy: nil,
          warnings: [])
      }
        == NotFittedError(estimator: "MLPClassifier").description)
  }

  /// The model and its report are written as one step: when one cannot be written,
  /// neither is, and the previous files stay as they were.
  @Test func modelAndReportAreWrittenTogetherOrNotAtAll() throws {
    let data = try makeMoons(nSamples: 30, noise: 0.2, randomState: 5)
    let clf = MLPClassifier(hiddenLayerSizes: [2], solver: .lbfgs, maxIter: 3, randomState: 0)
    clf.warningSink = { _ in }
    try clf.fit(data.x, data.y)
    let model = try ModelFile(
      classifier: clf, featureNames: data.featureNames, target: "y", scaling: nil)
    let report = try TrainingReport(
      classifier: clf, nTrain: 30, nTest: 0, trainAccuracy: 1, testAccuracy: nil, warnings: [])
    let folder = try MLPCommandSupport.scratchFolder()
    let modelPath = folder.appendingPathComponent("m.json").path
    #expect(
      Self.message {
        try model.write(
          to: modelPath, report: report,
          reportPath: folder.appendingPathComponent("missing/r.json").path)
      }.hasSuffix("missing/r.json: cannot be written: No such file or directory"))
    #expect(try MLPCommandSupport.files(in: folder) == [])
    try Data("previous".utf8).write(to: URL(fileURLWithPath: modelPath))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("r.json"), withIntermediateDirectories: false)
    #expect(
      Self.message {
        try model.write(
          to: modelPath, report: report, reportPath: folder.appendingPathComponent("r.json").path)
      } != "no error")
    #expect(try MLPCommandSupport.read("m.json", in: folder) == "previous")
    #expect(try MLPCommandSupport.files(in: folder) == ["m.json", "r.json"])
    try model.write(
      to: modelPath, report: report, reportPath: folder.appendingPathComponent("r2.json").path)
    #expect(try ModelFile(file: modelPath) == model)
    #expect(try MLPCommandSupport.read("r2.json", in: folder) == report.jsonText)
  }

  // MARK: - Initial weights from a file

  @Test func initialWeightsFileIsReadExactly() throws {
    let folder = try MLPCommandSupport.scratchFolder()
    let path = folder.appendingPathComponent("w.json").path
    try Data(
      "{\"note\": \"ignored\", \"coefs\": [[[0.1, -2e-5]], [[1], [2]]], \"intercepts\": [[1e-300, 0], [3]]}"
        .utf8
    )
    .write(to: URL(fileURLWithPath: path))
    let (coefs, intercepts) = try MLPClassifier.readInitialWeights(file: path)
    #expect(coefs == [try Tensor(rows: [[0.1, -2e-5]]), try Tensor(rows: [[1], [2]])])
    #expect(intercepts == [Tensor([1e-300, 0]), Tensor([3])])
    let clf = MLPClassifier(hiddenLayerSizes: [2])
    try clf.setInitialWeights(file: path)
    #expect(clf.initialCoefs == coefs)
    try Data("{\"coefs\": [[0.1, 0.2]], \"intercepts\": [[1]]}".utf8).write(
      to: URL(fileURLWithPath: path))
    #expect(
      Self.message { try clf.setInitialWeights(file: path) }
        == "\(path):1:12: coefs[0] has shape [2]; it must be a [fan_in][fan_out] list of rows")
  }
}
