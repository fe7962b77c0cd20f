import Foundation
import MLPKit
import Testing

/// One thing a user can get wrong, and what the error must say.
struct BadInput: Sendable, CustomTestStringConvertible {
  let name: String
  let call: @Sendable () throws -> Void
  /// Every fragment must appear in the message.
  let says: [String]

  init(_ name: String, says: [String], _ call: @escaping @Sendable () throws -> Void) {
    self.name = name
    self.says = says
    self.call = call
  }

  var testDescription: String { name }
}

/// Every bad input of issue 9 at the library's public API, plus the ones hardening
/// found (a size that overflowed, a nesting that blew the stack, a split that named the
/// wrong parameter): each throws a `WorkbookError` whose one-line message names the
/// problem and where — file:line:column, the parameter and its valid range, or both
/// shapes. None traps. The `mlp` command's side is in `HardeningCommandTests`.
@Suite struct HardeningBadInputTests {
  static func xy(_ rows: [[Double]], _ y: [ClassLabel]) throws -> (Tensor, [ClassLabel]) {
    (try Tensor(rows: rows), y)
  }

  static func fitted() throws -> MLPClassifier {
    let model = MLPClassifier(hiddenLayerSizes: [3], maxIter: 5, randomState: 0)
    model.warningSink = { _ in }
    try model.fit(try Tensor(rows: [[0, 1], [1, 0], [1, 1], [0, 0]]), [0, 1, 1, 0])
    return model
  }

  static let four = [[0.0, 1], [1, 0], [1, 1], [0, 0]]

  static let data: [BadInput] = [
    BadInput("empty CSV", says: ["f.csv: the input is empty: expected a header row"]) {
      _ = try CSVReader(target: "y").read(text: "", source: "f.csv")
    },
    BadInput(
      "a header with no rows", says: ["f.csv:1: the header names 3 columns but no data rows"]
    ) {
      _ = try CSVReader(target: "y").read(text: "a,b,y\n", source: "f.csv")
    },
    BadInput("a ragged row", says: ["f.csv:3:4: expected 3 fields (one per header column), got 2"])
    {
      _ = try CSVReader(target: "y").read(text: "a,b,y\n1,2,0\n3,4\n", source: "f.csv")
    },
    BadInput(
      "a non-numeric feature", says: ["f.csv:2:3: 'x' in column 'b' (field 2) is not a number"]
    ) {
      _ = try CSVReader(target: "y").read(text: "a,b,y\n1,x,0\n", source: "f.csv")
    },
    BadInput(
      "NaN in a CSV", says: ["f.csv:2:1: 'NaN' in column 'a' (field 1) is not a finite number"]
    ) {
      _ = try CSVReader(target: "y").read(text: "a,b,y\nNaN,1,0\n", source: "f.csv")
    },
    BadInput("-inf in a CSV", says: ["f.csv:3:3: '-inf' in column 'b'", "not a finite number"]) {
      _ = try CSVReader(target: "y").read(text: "a,b,y\n1,2,0\n1,-inf,0\n", source: "f.csv")
    },
    BadInput(
      "a target column that does not exist",
      says: ["f.csv:1: no column named 'label'", "the columns are 'a', 'b', 'y'"]
    ) {
      _ = try CSVReader(target: "label").read(text: "a,b,y\n1,2,0\n", source: "f.csv")
    },
    BadInput(
      "a missing label marker",
      says: ["f.csv:3:3: label 'NA' in column 'y' (field 2) marks a missing value"]
    ) {
      _ = try CSVReader(target: "y").read(text: "a,y\n1,0\n2,NA\n3,1\n", source: "f.csv")
    },
    BadInput(
      "a continuous target",
      says: [
        "f.csv:2:3: label '2.5' in column 'y' (field 2) is not a whole number",
        "Unknown label type",
      ]
    ) {
      _ = try CSVReader(target: "y").read(text: "a,y\n1,2.5\n2,1\n", source: "f.csv")
    },
    BadInput(
      "an infinite label", says: ["f.csv:3:3: label 'inf' in column 'y' (field 2) is infinite"]
    ) {
      _ = try CSVReader(target: "y").read(text: "a,y\n1,0.0\n2,inf\n", source: "f.csv")
    },
    BadInput(
      "a quote that never closes, in a long file",
      says: [
        "f.csv:2:3: a quoted field in column 'b' (field 2) opens here and does not close within 131072 bytes"
      ]
    ) {
      let rows = String(repeating: "1,2,0\n", count: 30_000)
      _ = try CSVReader(target: "y").read(text: "a,b,y\n1,\"2,0\n" + rows, source: "f.csv")
    },
    BadInput(
      "a file that is not text",
      says: ["f.csv:1:1: a field in the header is longer than 131072 bytes; is this a CSV file?"]
    ) {
      _ = try CSVReader(target: "y").read(
        text: String(repeating: "\u{0}", count: 200_000), source: "f.csv")
    },
    BadInput("an empty CSV file name", says: ["the CSV file name is empty"]) {
      _ = try CSVReader(target: "y").read(file: "")
    },
    BadInput("a CSV file that is a directory", says: [": is a directory, not a CSV file"]) {
      _ = try CSVReader(target: "y").read(file: FileManager.default.temporaryDirectory.path)
    },
  ]

  static let model: [BadInput] = [
    BadInput("fit on empty data", says: ["fit: shape [0, 2] does not fit", "at least 1 sample"]) {
      try MLPClassifier().fit(try Tensor.zeros([0, 2]), [])
    },
    BadInput("fit with NaN", says: ["fit: x contains NaN at row 1, column 0"]) {
      try MLPClassifier().fit(try Tensor(rows: [[0, 1], [.nan, 0]]), [0, 1])
    },
    BadInput(
      "fit with one label per row missing",
      says: ["fit: shapes [4, 2] and [3] do not fit", "one row per label"]
    ) {
      try MLPClassifier().fit(try Tensor(rows: four), [0, 1, 1])
    },
    BadInput(
      "predict with another feature count",
      says: [
        "predict: shapes [3] and [2] do not fit",
        "x has 3 features, but MLPClassifier is expecting 2 features",
      ]
    ) {
      _ = try fitted().predict(try Tensor(rows: [[1, 2, 3]]))
    },
    BadInput("hidden sizes <= 0", says: ["hiddenLayerSizes must be > 0; got [10, -1]"]) {
      try MLPClassifier(hiddenLayerSizes: [10, -1]).fit(try Tensor(rows: four), [0, 1, 1, 0])
    },
    BadInput(
      "a hidden size too large to allocate",
      says: [
        "hiddenLayerSizes must be small enough for a network of at most 2147483647 weights",
        "[9223372036854775807], which with 2 features and 1 output",
      ]
    ) {
      try MLPClassifier(hiddenLayerSizes: [Int.max]).fit(try Tensor(rows: four), [0, 1, 1, 0])
    },
    BadInput("learning rate <= 0", says: ["learningRateInit must be a number in (0, ∞); got 0.0"]) {
      try MLPClassifier(learningRateInit: 0).fit(try Tensor(rows: four), [0, 1, 1, 0])
    },
    BadInput("batch size 0", says: ["batchSize must be 'auto' or an integer in [1, ∞); got 0"]) {
      try MLPClassifier(batchSize: .size(0)).fit(try Tensor(rows: four), [0, 1, 1, 0])
    },
    BadInput("maxIter 0", says: ["maxIter must be an integer in [1, ∞); got 0"]) {
      try MLPClassifier(maxIter: 0).fit(try Tensor(rows: four), [0, 1, 1, 0])
    },
    BadInput(
      "an unknown activation",
      says: ["activation must be one of 'identity', 'logistic', 'tanh', 'relu'; got 'sigmoid'"]
    ) {
      _ = try Activation(named: "sigmoid")
    },
    BadInput(
      "an unknown solver", says: ["solver must be one of 'lbfgs', 'sgd', 'adam'; got 'rmsprop'"]
    ) {
      _ = try MLPClassifier.Solver(named: "rmsprop")
    },
    BadInput("labels of mixed kinds", says: ["0", "'a'"]) {
      try MLPClassifier().fit(try Tensor(rows: four), [0, "a", 1, 0])
    },
    BadInput(
      "partialFit with empty classes",
      says: ["classes must be every class y will ever hold (at least one label); got []"]
    ) {
      try MLPClassifier().partialFit(try Tensor(rows: four), [0, 1, 1, 0], classes: [])
    },
    BadInput(
      "early stopping that leaves no training rows",
      says: [
        "validationFraction must be small enough to leave at least 1 training sample (earlyStopping); got 0.9, which holds out 4 of 4 samples"
      ]
    ) {
      try MLPClassifier(earlyStopping: true, validationFraction: 0.9).fit(
        try Tensor(rows: four), [0, 1, 1, 0])
    },
    BadInput(
      "early stopping on too little data",
      says: [
        "validationFraction must be large enough to hold out at least the number of classes = 2 samples",
        "got 0.1, which holds out 1 of 4 samples",
      ]
    ) {
      try MLPClassifier(earlyStopping: true).fit(try Tensor(rows: four), [0, 1, 1, 0])
    },
    BadInput(
      "early stopping that leaves too few training rows",
      says: [
        "validationFraction must be small enough to leave at least the number of classes = 2 samples for training",
        "got 0.7, which holds out 4 of 5 samples",
      ]
    ) {
      let x = try Tensor(rows: four + [[2, 2]])
      try MLPClassifier(earlyStopping: true, validationFraction: 0.7).fit(x, [0, 0, 0, 1, 1])
    },
    BadInput(
      "early stopping with a class of one sample",
      says: ["the validation split is stratified", "class 1 has only 1"]
    ) {
      try MLPClassifier(earlyStopping: true, validationFraction: 0.5).fit(
        try Tensor(rows: four), [0, 1, 0, 0])
    },
    BadInput(
      "a label column of unique values",
      says: [
        "fit: y holds 70000 distinct labels for 70000 samples",
        "is y really a column of class labels?",
      ]
    ) {
      let n = 70_000
      let x = try Tensor(shape: [n, 1], scalars: (0..<n).map(Double.init))
      try MLPClassifier(hiddenLayerSizes: [1]).fit(x, (0..<n).map { ClassLabel.int($0) })
    },
  ]

  static let tensors: [BadInput] = [
    BadInput(
      "a shape whose size overflows",
      says: [
        "Tensor(shape:scalars:): shape [9223372036854775807, 2] does not fit",
        "at most 2147483647 elements",
      ]
    ) {
      _ = try Tensor(shape: [Int.max, 2], scalars: [])
    },
    BadInput(
      "zeros too large to allocate",
      says: ["Tensor(repeating:shape:): shape [1099511627776, 1099511627776] does not fit"]
    ) {
      _ = try Tensor.zeros([1 << 40, 1 << 40])
    },
    BadInput(
      "a reshape that overflows", says: ["reshape: shape [9223372036854775807, 2] does not fit"]
    ) {
      _ = try Tensor.zeros([0]).reshaped([Int.max, 2])
    },
    BadInput(
      "a product of empty matrices too large to hold",
      says: [
        "matmul: shapes [1073741824, 0] and [0, 1073741824] do not fit",
        "the product would be [1073741824, 1073741824]",
      ]
    ) {
      _ = try Tensor.zeros([1 << 30, 0]).matmul(try Tensor.zeros([0, 1 << 30]))
    },
    BadInput(
      "matmul of shapes that do not fit",
      says: ["matmul: shapes [800, 2] and [10, 2] do not fit (inner dimensions 2 and 10 differ)"]
    ) {
      _ = try Tensor.zeros([800, 2]).matmul(try Tensor.zeros([10, 2]))
    },
    BadInput(
      "a Linear layer too large to allocate",
      says: [
        "Linear inFeatures × outFeatures must be at most 2147483647 weights; got 9223372036854775807 × 2"
      ]
    ) {
      var g = TorchGenerator(manualSeed: 0)
      _ = try Linear(Int.max, 2, generator: &g)
    },
    BadInput(
      "a Glorot Linear layer too large to allocate",
      says: [
        "Linear inFeatures × outFeatures must be at most 2147483647 weights; got 65536 × 65536"
      ]
    ) {
      var rng = RandomState(seed: 0)
      _ = try Linear(1 << 16, 1 << 16, glorotUniform: &rng)
    },
    BadInput(
      "oneHot with a huge class count",
      says: ["oneHot: shape [1, 9223372036854775807] does not fit"]
    ) {
      _ = try oneHot(LabelTensor([0]), classCount: Int.max)
    },
    BadInput("a cross-entropy target out of range", says: ["2", "0..<2"]) {
      _ = try CrossEntropyLoss()(try Tensor.zeros([2, 2]), LabelTensor([0, 2]))
    },
    BadInput(
      "a LabelEncoder index out of range",
      says: ["index 5 at position 1 is outside the valid range 0..<2"]
    ) {
      var encoder = LabelEncoder()
      try encoder.fit(["cat", "dog"])
      _ = try encoder.inverseTransform([0, 5])
    },
    BadInput(
      "a gradient check with step 0",
      says: ["gradientCheck step must be a finite number > 0 (e.g. 1e-5); got 0.0"]
    ) {
      var g = TorchGenerator(manualSeed: 0)
      let layer = try Linear(2, 2, generator: &g)
      _ = try gradientCheck(model: layer, input: try Tensor.zeros([1, 2]), step: 0) {
        try CrossEntropyLoss()($0, LabelTensor([0]))
      }
    },
  ]

  static let files: [BadInput] = [
    BadInput(
      "a truncated model file",
      says: [
        "m.json:2:48: malformed JSON: expected a value, found end of file",
        "(is the file truncated?)",
      ]
    ) {
      _ = try ModelFile(
        jsonText: "{\n  \"format\": \"mlp-workbook-model\", \"coefs\": [[1,", source: "m.json")
    },
    BadInput(
      "a model file nested too deep",
      says: [
        "m.json:1:65: not a model file: malformed JSON: lists and objects are nested more than 64 levels deep"
      ]
    ) {
      _ = try ModelFile(jsonText: String(repeating: "[", count: 100_000), source: "m.json")
    },
    BadInput(
      "a bad \\u escape", says: ["m.json:1:14: malformed JSON: invalid \\u escape in a string"]
    ) {
      _ = try ModelFile(jsonText: "{\"format\": \"\\u+12a\"}", source: "m.json")
    },
    BadInput(
      "a weights file nested too deep",
      says: [":1:74: malformed JSON: lists and objects are nested more than 64 levels deep"]
    ) {
      let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("hardening-deep-\(UUID().uuidString).json")
      defer { try? FileManager.default.removeItem(at: url) }
      try Data(("{\"coefs\": " + String(repeating: "[", count: 100_000)).utf8).write(to: url)
      _ = try MLPClassifier.readInitialWeights(file: url.path)
    },
    BadInput("weights loaded from a directory", says: [": is a directory, not a weights file"]) {
      var g = TorchGenerator(manualSeed: 0)
      try Linear(2, 2, generator: &g).loadWeights(from: FileManager.default.temporaryDirectory.path)
    },
    BadInput(
      "a CSV written into a folder that does not exist",
      says: ["/no/such/folder/d.csv: cannot be written: No such file or directory"]
    ) {
      try makeMoons(nSamples: 4).writeCSV(to: "/no/such/folder/d.csv")
    },
    BadInput("a CSV written over a directory", says: [": is a directory, not a file name"]) {
      try makeMoons(nSamples: 4).writeCSV(to: FileManager.default.temporaryDirectory.path)
    },
    BadInput("weights saved over a directory", says: [": is a directory, not a file name"]) {
      var g = TorchGenerator(manualSeed: 0)
      try Linear(2, 2, generator: &g).saveWeights(to: FileManager.default.temporaryDirectory.path)
    },
    BadInput(
      "a model saved where no folder is",
      says: ["/no/such/folder/m.json: cannot be written: its folder does not exist"]
    ) {
      try ModelFile.checkDestination("/no/such/folder/m.json")
    },
  ]

  static let all = data + model + tensors + files

  @Test(arguments: all) func saysWhatAndWhere(_ input: BadInput) {
    do {
      try input.call()
      Issue.record("\(input.name): no error")
    } catch let error as any WorkbookError {
      let message = error.description
      for fragment in input.says {
        #expect(message.contains(fragment), "\(input.name): \(message)")
      }
      #expect(!message.contains("\n"), "one line: \(message)")
    } catch {
      Issue.record("\(input.name): not a WorkbookError: \(error)")
    }
  }

  @Test func everyCaseHasAUniqueName() {
    #expect(Set(Self.all.map(\.name)).count == Self.all.count)
  }
}
