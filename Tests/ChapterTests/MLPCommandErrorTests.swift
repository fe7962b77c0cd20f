import Foundation
import MLPKit
import Testing

/// Every bad input `mlp` can meet: exit status 1, nothing on stdout, one line
/// `error: …` on stderr that names the problem and where, and no file left behind.
@Suite struct MLPCommandErrorTests {
  typealias S = MLPCommandSupport

  /// A folder with a small valid data set `data.csv` (two features `a`, `b`, label `y`).
  static func folderWithData() throws -> URL {
    let folder = try S.scratchFolder()
    var text = "a,b,y\n"
    for i in 0..<20 {
      text += "\(Double(i) / 4),\(Double(i % 5) - 2),\(i % 2 == 0 ? "even" : "odd")\n"
    }
    try S.write(text, "data.csv", in: folder)
    return folder
  }

  /// Runs `mlp arguments` and checks the failure shape; returns the message after
  /// `error: `.
  static func failure(
    _ arguments: [String], in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let before = try S.files(in: folder)
    let out = try S.mlp(arguments, in: folder)
    #expect(out.status == 1, "status \(out.status): \(out.stderr)", sourceLocation: sourceLocation)
    #expect(out.stdout.isEmpty, "stdout: \(out.stdout)", sourceLocation: sourceLocation)
    let errors = out.stderr.split(separator: "\n").filter { !$0.hasPrefix("warning: ") }
    #expect(errors.count == 1, "stderr: \(out.stderr)", sourceLocation: sourceLocation)
    #expect(out.stderr.hasSuffix("\n"), sourceLocation: sourceLocation)
    // nothing written: no model, no report, no temporary file
    #expect(try S.files(in: folder) == before, sourceLocation: sourceLocation)
    let line = String(errors.first ?? "")
    #expect(line.hasPrefix("error: "), "\(line)", sourceLocation: sourceLocation)
    return String(line.dropFirst("error: ".count))
  }

  // MARK: - Flags

  struct BadFlag: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    let message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let badFlags: [BadFlag] = [
    .init(
      arguments: ["--learning-rate-init", "0"],
      message: "--learning-rate-init must be a number in (0, ∞); got 0.0"),
    .init(arguments: ["--alpha", "-1"], message: "--alpha must be a number in [0, ∞); got -1.0"),
    .init(
      arguments: ["--power-t", "-0.5"], message: "--power-t must be a number in [0, ∞); got -0.5"),
    .init(
      arguments: ["--max-iter", "0"], message: "--max-iter must be an integer in [1, ∞); got 0"),
    .init(arguments: ["--tol", "-1e-3"], message: "--tol must be a number in [0, ∞); got -0.001"),
    .init(
      arguments: ["--momentum", "1.5"], message: "--momentum must be a number in [0, 1]; got 1.5"),
    .init(
      arguments: ["--validation-fraction", "1"],
      message: "--validation-fraction must be a number in [0, 1); got 1.0"),
    .init(
      arguments: ["--early-stopping", "--validation-fraction", "0"],
      message:
        "--validation-fraction must be a number in (0, 1) when --early-stopping is on; got 0.0"),
    .init(arguments: ["--beta-1", "1"], message: "--beta-1 must be a number in [0, 1); got 1.0"),
    .init(
      arguments: ["--beta-2", "-0.1"], message: "--beta-2 must be a number in [0, 1); got -0.1"),
    .init(arguments: ["--epsilon", "0"], message: "--epsilon must be a number in (0, ∞); got 0.0"),
    .init(arguments: ["--alpha", "nan"], message: "--alpha must be a number in [0, ∞); got nan"),
    .init(
      arguments: ["--n-iter-no-change", "0"],
      message: "--n-iter-no-change must be an integer in [1, ∞); got 0"),
    .init(
      arguments: ["--n-iter-no-change", "soon"],
      message: "--n-iter-no-change must be an integer in [1, ∞) or inf; got 'soon'"),
    .init(
      arguments: ["--n-iter-no-change", "-inf"],
      message: "--n-iter-no-change must be an integer in [1, ∞) or inf; got '-inf'"),
    .init(arguments: ["--max-fun", "0"], message: "--max-fun must be an integer in [1, ∞); got 0"),
    .init(
      arguments: ["--seed", "-1"],
      message: "--seed must be a whole number in 0...4294967295; got -1"),
    .init(
      arguments: ["--seed", "4294967296"],
      message: "--seed must be a whole number in 0...4294967295; got 4294967296"),
    .init(
      arguments: ["--batch-size", "0"],
      message: "--batch-size must be 'auto' or an integer in [1, ∞); got '0'"),
    .init(
      arguments: ["--batch-size", "half"],
      message: "--batch-size must be 'auto' or an integer in [1, ∞); got 'half'"),
    .init(
      arguments: ["--activation", "sigmoid"],
      message: "--activation must be one of 'identity', 'logistic', 'tanh', 'relu'; got 'sigmoid'"),
    .init(
      arguments: ["--solver", "newton"],
      message: "--solver must be one of 'lbfgs', 'sgd', 'adam'; got 'newton'"),
    .init(
      arguments: ["--learning-rate", "fast"],
      message: "--learning-rate must be one of 'constant', 'invscaling', 'adaptive'; got 'fast'"),
    .init(
      arguments: ["--hidden", "10,x"],
      message:
        "--hidden must be comma-separated whole numbers >= 1 such as 10,10; got '10,x' ('x' is not a whole number >= 1)"
    ),
    .init(
      arguments: ["--hidden", "10,,5"],
      message:
        "--hidden must be comma-separated whole numbers >= 1 such as 10,10; got '10,,5' (an empty entry)"
    ),
    .init(
      arguments: ["--hidden", "0"],
      message:
        "--hidden must be comma-separated whole numbers >= 1 such as 10,10; got '0' ('0' is not a whole number >= 1)"
    ),
    .init(
      arguments: ["--test-size", "1"],
      message: "--test-size must be a number in [0, 1) (0 trains on every row); got 1.0"),
    .init(
      arguments: ["--test-size", "-0.1"],
      message: "--test-size must be a number in [0, 1) (0 trains on every row); got -0.1"),
    .init(
      arguments: ["--scale", "minmax"],
      message: "--scale must be one of 'standard', 'none'; got 'minmax'"
    ),
  ]

  /// Each flag is checked by MLPClassifier's own rules, reported with the flag's
  /// name, before any data is read or file written.
  @Test(arguments: badFlags)
  func badFlagValueNamesTheFlag(_ bad: BadFlag) throws {
    let folder = try Self.folderWithData()
    let message = try Self.failure(
      ["train", "data.csv", "--target", "y", "--model-out", "m.json", "--report", "r.json"]
        + bad.arguments, in: folder)
    #expect(message == bad.message + Self.trainHelp)
    // the same before the data: the flags fail fast
    #expect(
      try Self.failure(["train", "missing.csv", "--target", "y"] + bad.arguments, in: folder)
        == bad.message + Self.trainHelp)
  }

  /// A flag error ends with where to look: the subcommand's help.
  static let trainHelp = " (see 'mlp train --help')"

  /// What ArgumentParser cannot parse is one `error:` line pointing at the
  /// subcommand's help, exit status 1, like every other user error (not its usage
  /// block and status 64).
  @Test(arguments: [
    (["train", "data.csv"], "Missing expected argument '--target <column>'" + trainHelp),
    (["train", "data.csv", "--target"], "Missing value for '--target <column>'" + trainHelp),
    (
      ["train", "data.csv", "--target", "y", "--hiden", "3"],
      "Unknown option '--hiden'. Did you mean '--hidden'?" + trainHelp
    ),
    (
      ["train", "data.csv", "--target", "y", "extra.csv"],
      "Unexpected argument 'extra.csv'" + trainHelp
    ),
    (["predict", "m.json"], "Missing expected argument '<data.csv>' (see 'mlp predict --help')"),
    (["evaluate"], "Missing expected argument '<model.json>' (see 'mlp evaluate --help')"),
    (
      ["predict", "m.json", "d.csv", "--proba=yes"],
      "The option '--proba' does not take any value, but 'yes' was specified."
        + " (see 'mlp predict --help')"
    ),
    (["fit"], "Unexpected argument 'fit' (see 'mlp --help')"),
    (["--frob"], "Unknown option '--frob' (see 'mlp --help')"),
  ])
  func usageErrorsAreOneLine(_ arguments: [String], _ message: String) throws {
    let folder = try Self.folderWithData()
    #expect(try Self.failure(arguments, in: folder) == message)
  }

  /// A value that does not parse as the flag's number names the flag, its valid
  /// range (the same words as the library's range check) and the text typed.
  @Test(arguments: [
    (["--alpha", "abc"], "--alpha must be a number in [0, ∞); got 'abc'"),
    (["--max-iter", "abc"], "--max-iter must be an integer in [1, ∞); got 'abc'"),
    (["--max-iter", "1.5"], "--max-iter must be an integer in [1, ∞); got '1.5'"),
    (["--learning-rate-init", ""], "--learning-rate-init must be a number in (0, ∞); got ''"),
    (["--power-t", "1,5"], "--power-t must be a number in [0, ∞); got '1,5'"),
    (["--tol", "small"], "--tol must be a number in [0, ∞); got 'small'"),
    (["--momentum", "0.9x"], "--momentum must be a number in [0, 1]; got '0.9x'"),
    (
      ["--validation-fraction", "10%"],
      "--validation-fraction must be a number in [0, 1); got '10%'"
    ),
    (["--beta-1", "b"], "--beta-1 must be a number in [0, 1); got 'b'"),
    (["--beta-2", "-"], "--beta-2 must be a number in [0, 1); got '-'"),
    (["--epsilon", "1e"], "--epsilon must be a number in (0, ∞); got '1e'"),
    (["--max-fun", "1e4"], "--max-fun must be an integer in [1, ∞); got '1e4'"),
    (["--seed", "abc"], "--seed must be a whole number in 0...4294967295; got 'abc'"),
    (["--seed", "-"], "--seed must be a whole number in 0...4294967295; got '-'"),
    (
      ["--test-size", "x"],
      "--test-size must be a number in [0, 1) (0 trains on every row); got 'x'"
    ),
    // negative numbers are values, not flags: the range check names them
    (
      ["--hidden", "-1"],
      "--hidden must be comma-separated whole numbers >= 1 such as 10,10; got '-1' "
        + "('-1' is not a whole number >= 1)"
    ),
    (
      ["--hidden", "10,-3"],
      "--hidden must be comma-separated whole numbers >= 1 such as 10,10; got '10,-3' "
        + "('-3' is not a whole number >= 1)"
    ),
    (
      ["--batch-size", "-2"], "--batch-size must be 'auto' or an integer in [1, ∞); got '-2'"
    ),
  ])
  func valuesThatAreNotNumbersNameTheFlagAndRange(_ flag: [String], _ message: String) throws {
    let folder = try Self.folderWithData()
    #expect(
      try Self.failure(["train", "data.csv", "--target", "y"] + flag, in: folder)
        == message + Self.trainHelp)
  }

  @Test func predictDecimalsThatAreNotANumber() throws {
    let folder = try Self.folderWithData()
    #expect(
      try Self.failure(["predict", "m.json", "data.csv", "--decimals", "six"], in: folder)
        == "--decimals must be a whole number in 0...17; got 'six' (see 'mlp predict --help')")
    #expect(
      try Self.failure(["predict", "m.json", "data.csv", "--decimals", "-1"], in: folder)
        == "--decimals must be a whole number in 0...17; got -1 (see 'mlp predict --help')")
  }

  @Test(arguments: [[String](), ["train"], ["predict"], ["evaluate"]])
  func everyCommandHasHelp(_ command: [String]) throws {
    let out = try S.mlp(command + ["--help"], in: try S.scratchFolder())
    #expect(out.status == 0)
    #expect(out.stdout.contains("USAGE: mlp \(command.first ?? "")"))
    let flags = [
      "train": [
        "--target", "--hidden", "--learning-rate-init",
        "--nesterovs-momentum/--no-nesterovs-momentum",
        "--beta-1", "--max-fun", "--test-size", "--init-weights", "--model-out", "--report",
        "--scale",
      ],
      "predict": ["--proba", "--decimals"], "evaluate": ["--target"],
    ]
    for flag in flags[command.first ?? ""] ?? ["train", "evaluate", "predict"] {
      #expect(out.stdout.contains(flag), "\(flag) missing from the help")
    }
  }

  // MARK: - The data

  @Test func missingTargetColumnListsTheColumns() throws {
    let folder = try Self.folderWithData()
    #expect(
      try Self.failure(["train", "data.csv", "--target", "label"], in: folder)
        == "data.csv:1: no column named 'label' for the target; the columns are 'a', 'b', 'y'")
  }

  @Test func unreadableDataFiles() throws {
    let folder = try Self.folderWithData()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("folder.csv"), withIntermediateDirectories: false)
    #expect(
      try Self.failure(["train", "none.csv", "--target", "y"], in: folder)
        == "none.csv: no such file")
    #expect(
      try Self.failure(["train", "folder.csv", "--target", "y"], in: folder)
        == "folder.csv: is a directory, not a CSV file")
    try S.write("", "empty.csv", in: folder)
    #expect(
      try Self.failure(["train", "empty.csv", "--target", "y"], in: folder).hasPrefix(
        "empty.csv: the input is empty"))
  }

  @Test func nanAndMalformedFieldsAreLocated() throws {
    let folder = try Self.folderWithData()
    try S.write("a,b,y\n1,2,p\n3,nan,q\n", "nan.csv", in: folder)
    #expect(
      try Self.failure(["train", "nan.csv", "--target", "y", "--model-out", "m.json"], in: folder)
        == "nan.csv:3:3: 'nan' in column 'b' (field 2) is not a finite number; features must not be NaN or infinite"
    )
    try S.write("a,b,y\n1,,p\n", "hole.csv", in: folder)
    #expect(
      try Self.failure(["train", "hole.csv", "--target", "y"], in: folder)
        == "hole.csv:2:3: empty field in column 'b' (field 2); every feature needs a number")
    try S.write("a,b,y\n1,2,p\n3,\"4,q\n", "quote.csv", in: folder)
    #expect(
      try Self.failure(["train", "quote.csv", "--target", "y"], in: folder)
        == "quote.csv:3:3: a quoted field opens here but its closing quote never comes before the end of the input"
    )
    try S.write("a,b,y\n1,2,p\n3,4\n", "short.csv", in: folder)
    #expect(
      try Self.failure(["train", "short.csv", "--target", "y"], in: folder)
        == "short.csv:3:4: expected 3 fields (one per header column), got 2; the row ends here")
  }

  @Test func testSizeMustLeaveATrainingRow() throws {
    let folder = try Self.folderWithData()
    try S.write("a,y\n1,p\n2,q\n", "two.csv", in: folder)
    #expect(
      try Self.failure(["train", "two.csv", "--target", "y", "--test-size", "0.6"], in: folder)
        == "--test-size must be small enough to leave at least 1 training row; got 0.6, which holds out 2 of the 2 rows"
        + Self.trainHelp)
    // a stratified split needs two rows of every class
    try S.write("a,y\n1,p\n2,q\n3,q\n4,q\n", "four.csv", in: folder)
    #expect(
      try Self.failure(["train", "four.csv", "--target", "y", "--stratify"], in: folder)
        .hasPrefix("The least populated class in y has only 1 member"))
  }

  // MARK: - Output files

  @Test func outputPathsAreCheckedBeforeTraining() throws {
    let folder = try Self.folderWithData()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("out"), withIntermediateDirectories: false)
    let train = ["train", "data.csv", "--target", "y"]
    #expect(
      try Self.failure(train + ["--model-out", "out"], in: folder)
        == "out: is a directory; give a file name for the model file")
    #expect(
      try Self.failure(train + ["--model-out", "nowhere/m.json"], in: folder)
        == "nowhere/m.json: cannot be written: its folder does not exist or is not a folder")
    #expect(
      try Self.failure(train + ["--model-out", "data.csv/m.json"], in: folder)
        == "data.csv/m.json: cannot be written: its folder does not exist or is not a folder")
    #expect(
      try Self.failure(train + ["--report", "out"], in: folder)
        == "out: is a directory; give a file name for the training report")
    #expect(
      try Self.failure(train + ["--model-out", "m.json", "--report", "./m.json"], in: folder)
        == "--report must be a different file from --model-out; got './m.json'" + Self.trainHelp)
  }

  /// An existing file is only replaced when it is one of ours: a typo cannot
  /// overwrite the data.
  @Test func refusesToOverwriteAFileThatIsNotAModel() throws {
    let folder = try Self.folderWithData()
    let data = try S.read("data.csv", in: folder)
    #expect(
      try Self.failure(
        ["train", "data.csv", "--target", "y", "--model-out", "data.csv"], in: folder)
        == "data.csv: exists and is not a model file (no \"format\": \"mlp-workbook-model\"); "
        + "refusing to overwrite it: delete it or choose another name")
    #expect(try S.read("data.csv", in: folder) == data)
    // a model file is not a report either
    let ok = try S.mlp(["train", "data.csv", "--target", "y", "--model-out", "m.json"], in: folder)
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(
      try Self.failure(["train", "data.csv", "--target", "y", "--report", "m.json"], in: folder)
        .hasPrefix("m.json: exists and is not a training report"))
  }

  /// A failed run leaves the previous model exactly as it was, and no temporary file;
  /// a successful one replaces it.
  @Test func failureKeepsThePreviousModel() throws {
    let folder = try Self.folderWithData()
    let first = try S.mlp(
      ["train", "data.csv", "--target", "y", "--model-out", "m.json", "--max-iter", "5"], in: folder
    )
    #expect(first.status == 0)
    let saved = try S.read("m.json", in: folder)
    try S.write("a,b,y\n1,2,p\n3,inf,q\n", "bad.csv", in: folder)
    #expect(
      try Self.failure(["train", "bad.csv", "--target", "y", "--model-out", "m.json"], in: folder)
        .hasPrefix("bad.csv:3:3: 'inf' in column 'b'"))
    #expect(try S.read("m.json", in: folder) == saved)
    let second = try S.mlp(
      ["train", "data.csv", "--target", "y", "--model-out", "m.json", "--max-iter", "6"], in: folder
    )
    #expect(second.status == 0)
    #expect(try S.read("m.json", in: folder) != saved)
    #expect(try S.files(in: folder) == ["bad.csv", "data.csv", "m.json"])
  }

  // MARK: - Model files

  /// A small valid model: 2 features `a`, `b`, label `y`, classes 0 and 1, hidden [2].
  static let smallModel = """
    {
      "format": "mlp-workbook-model",
      "version": 1,
      "target": "y",
      "feature_names": ["a", "b"],
      "classes": [0, 1],
      "activation": "relu",
      "coefs": [
        [[1.0, -1.0], [0.5, 2.0]],
        [[1.5], [-0.5]]
      ],
      "intercepts": [[0.1, -0.2], [0.3]]
    }

    """

  @Test func unreadableModelFiles() throws {
    let folder = try Self.folderWithData()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("model"), withIntermediateDirectories: false)
    try S.write("", "empty.json", in: folder)
    for command in ["predict", "evaluate"] {
      #expect(
        try Self.failure([command, "none.json", "data.csv"], in: folder)
          == "none.json: no such model file")
      #expect(
        try Self.failure([command, "model", "data.csv"], in: folder)
          == "model: is a directory, not a model file")
      #expect(
        try Self.failure([command, "empty.json", "data.csv"], in: folder)
          == "empty.json: the model file is empty")
      #expect(
        try Self.failure([command, "data.csv", "data.csv"], in: folder)
          == "data.csv:1:1: not a model file: malformed JSON: expected a value, found 'a'")
    }
  }

  /// A cut-off file is reported where it ends, with the hint that it is truncated.
  @Test(arguments: [40, 150, 231, 250])
  func truncatedModelIsLocated(_ length: Int) throws {
    let folder = try Self.folderWithData()
    let cut = String(Self.smallModel.prefix(length))
    try S.write(cut, "cut.json", in: folder)
    let lines = cut.split(separator: "\n", omittingEmptySubsequences: false)
    let (line, column) = (lines.count, (lines.last?.count ?? 0) + 1)
    let message = try Self.failure(["predict", "cut.json", "data.csv"], in: folder)
    #expect(message.hasPrefix("cut.json:\(line):\(column): malformed JSON: "), "\(message)")
    #expect(message.hasSuffix("(is the file truncated?)"), "\(message)")
  }

  /// Files of other kinds, unknown keys and parts that do not fit are named and located.
  @Test func modelsThatAreWrongSayWhereAndWhy() throws {
    let folder = try Self.folderWithData()
    func message(_ text: String) throws -> String {
      try S.write(text, "bad.json", in: folder)
      return try Self.failure(["predict", "bad.json", "data.csv"], in: folder)
    }
    // the valid model works
    try S.write(Self.smallModel, "good.json", in: folder)
    let ok = try S.mlp(["predict", "good.json", "data.csv"], in: folder)
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(ok.stdout.split(separator: "\n").count == 21)

    func replacing(_ old: String, _ new: String) -> String {
      Self.smallModel.replacingOccurrences(of: old, with: new)
    }
    #expect(
      try message("{\"format\": \"mlp-workbook-weights\", \"version\": 1, \"parameters\": {}}")
        == "bad.json:1:12: the file is a weights file (saveWeights), not a model file")
    #expect(
      try message("{\"coefs\": [], \"intercepts\": []}")
        == "bad.json:1:1: not a model file: it has no \"format\": \"mlp-workbook-model\" (models are written by `mlp train --model-out`)"
    )
    #expect(
      try message(replacing("\"version\": 1", "\"version\": 2"))
        == "bad.json:3:14: unsupported model file version; this library reads version 1")
    #expect(
      try message(
        replacing("\"activation\": \"relu\",", "\"activation\": \"relu\", \"scalar\": null,")
      )
      .hasPrefix("bad.json:7:35: unknown key \"scalar\" in a model file; the keys are \"format\""))
    #expect(
      try message(replacing("\"classes\": [0, 1],\n", ""))
        == "bad.json: the model file has no \"classes\"")
    #expect(
      try message(replacing("[0, 1]", "[1, 0]"))
        == "bad.json:6:14: classes must be distinct and sorted as sklearn's classes_ are ([0, 1]); got [1, 0]"
    )
    #expect(
      try message(replacing("[0, 1]", "[0, 1.5]"))
        == "bad.json:6:18: classes[1] is 1.5; a class label is a whole number or a string")
    #expect(
      try message(replacing("[[1.5], [-0.5]]", "[[1.5], [-0.5], [2.0]]"))
        == "bad.json:10:5: coefs[1] is [3, 1] but layer 0 has 2 units, so it needs 2 rows")
    #expect(
      try message(replacing("[0.3]]", "[0.3, 0.1]]"))
        == "bad.json:12:31: intercepts[1] has shape [2] but coefs[1] is [2, 1], so it needs 1 numbers"
    )
    #expect(
      try message(replacing("[0, 1]", "[0, 1, 2]"))
        == "bad.json:10:5: coefs[1] has 1 outputs but 3 classes need one softmax output each, so it needs 3"
    )
    #expect(
      try message(replacing("\"relu\"", "\"swish\""))
        == "bad.json:7:17: activation must be one of \"identity\", \"logistic\", \"tanh\", \"relu\"; got \"swish\""
    )
    #expect(
      try message(replacing("[\"a\", \"b\"]", "[\"a\", \"a\"]"))
        == "bad.json:5:26: feature_names[1] repeats 'a' (also feature_names[0])")
    #expect(
      try message(replacing("-0.2", "NaN"))
        == "bad.json:12:24: intercepts[0][1]: non-finite value NaN")
    #expect(
      try message(
        replacing(
          "\"intercepts\"", "\"scaler\": {\"mean\": [0, 0], \"scale\": [1, 0]}, \"intercepts\"")
      )
      .hasPrefix("bad.json:12:13: scaler.scale[1] is 0.0; it must be a finite number > 0"))
  }

  // MARK: - Predicting on the wrong columns

  @Test func columnsMustMatchTheModel() throws {
    let folder = try Self.folderWithData()
    try S.write(Self.smallModel, "m.json", in: folder)
    try S.write("a,y\n1,p\n", "fewer.csv", in: folder)
    try S.write("b,a,c\n1,2,3\n", "extra.csv", in: folder)
    try S.write("x,z\n1,2\n", "other.csv", in: folder)
    for command in ["predict", "evaluate"] {
      #expect(
        try Self.failure([command, "m.json", "fewer.csv"], in: folder)
          == "fewer.csv:1: the 1 feature columns do not match the 2 expected: missing 'b'; "
          + "expected 'a', 'b' (and optionally the target 'y')")
      #expect(
        try Self.failure([command, "m.json", "extra.csv"], in: folder)
          == "extra.csv:1: the 3 feature columns do not match the 2 expected: unexpected 'c'; "
          + "expected 'a', 'b' (and optionally the target 'y')")
      #expect(
        try Self.failure([command, "m.json", "other.csv"], in: folder)
          == "other.csv:1: the 2 feature columns do not match the 2 expected: missing 'a', 'b'; "
          + "unexpected 'x', 'z'; expected 'a', 'b' (and optionally the target 'y')")
    }
    try S.write("a,b\n1,2\n", "unlabelled.csv", in: folder)
    #expect(
      try Self.failure(["evaluate", "m.json", "unlabelled.csv"], in: folder)
        == "unlabelled.csv:1: no column named 'y' for the target; the columns are 'a', 'b'")
    #expect(
      try Self.failure(["predict", "m.json", "unlabelled.csv", "--decimals", "18"], in: folder)
        == "--decimals must be a whole number in 0...17; got 18 (see 'mlp predict --help')")
    // a feature named as the target: say which column the model's target is
    #expect(
      try Self.failure(["evaluate", "m.json", "data.csv", "--target", "a"], in: folder)
        == "--target must be a label column, not one of the model's features (this model was "
        + "trained with --target 'y'); got 'a' (see 'mlp evaluate --help')")
  }

  @Test func evaluateChecksTheLabels() throws {
    let folder = try Self.folderWithData()
    try S.write(Self.smallModel, "m.json", in: folder)
    #expect(
      try Self.failure(["evaluate", "m.json", "data.csv"], in: folder)
        == "data.csv: the labels in column 'y' are names (e.g. 'even') but the model's classes are numbers, 0, 1"
    )
    // a label the model never saw: every metric but the log loss is defined
    try S.write("a,b,y\n1,2,0\n3,4,7\n", "unseen.csv", in: folder)
    let out = try S.mlp(["evaluate", "m.json", "unseen.csv"], in: folder)
    #expect(out.status == 0, "\(out.stderr)")
    #expect(out.stdout.contains("\nLog loss  n/a (label 7 is not one of the model's classes)\n"))
    #expect(
      out.stderr.contains(
        "warning: log loss is undefined: label 7 in column 'y' is not one of the model's classes\n")
    )
  }

  // MARK: - Initial weights

  @Test func badInitialWeights() throws {
    let folder = try Self.folderWithData()
    try S.copyFixtures(["iris_init_weights.json", "iris.csv"], to: folder)
    let train = ["train", "data.csv", "--target", "y", "--model-out", "m.json"]
    #expect(
      try Self.failure(train + ["--init-weights", "none.json"], in: folder)
        == "none.json: no such weights file")
    #expect(
      try Self.failure(train + ["--init-weights", "data.csv"], in: folder)
        == "data.csv:1:1: malformed JSON: expected a value, found 'a'")
    try S.write("{\"coefs\": [[[1, 2]]]}", "half.json", in: folder)
    #expect(
      try Self.failure(train + ["--init-weights", "half.json"], in: folder)
        == "half.json: the weights file has no \"intercepts\"; it needs \"coefs\" and \"intercepts\""
    )
    try S.write(
      "{\"coefs\": [[[1, 2], [3, 4]], [[1], [2], [3]]], \"intercepts\": [[0, 0], [0]]}",
      "chain.json", in: folder)
    #expect(
      try Self.failure(train + ["--init-weights", "chain.json"], in: folder)
        == "chain.json:1:30: coefs[1] is [3, 1] but coefs[0] is [2, 2], so it needs 2 rows")
    // layers that chain but do not fit the data
    #expect(
      try Self.failure(train + ["--init-weights", "iris_init_weights.json"], in: folder)
        == "iris_init_weights.json: the weights are for a network [4, 6, 3] but this data needs "
        + "[2, 6, 1] (2 features, hidden layers [6], 1 output for 2 classes)")
    #expect(
      try Self.failure(
        [
          "train", "iris.csv", "--target", "species", "--hidden", "10", "--init-weights",
          "iris_init_weights.json",
        ],
        in: folder)
        == "iris_init_weights.json: the weights are for a network [4, 6, 3] but this data needs "
        + "[4, 10, 3] (4 features, hidden layers [10], 3 outputs for 3 classes)")
  }
}
