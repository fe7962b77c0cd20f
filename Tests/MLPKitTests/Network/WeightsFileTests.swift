import Foundation
import MLPKit
import Testing

/// Saving and loading weights: exact round trips, PyTorch's exported state_dict, and
/// every kind of bad file.
@Suite struct WeightsFileTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mlpkit-weights-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  func write(_ text: String, _ name: String) throws -> String {
    let file = path(name)
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    return file
  }

  func seedModel(_ seed: UInt64) throws -> Sequential {
    var g = TorchGenerator(manualSeed: seed)
    return try Sequential(
      name: "MLPClassifier",
      [
        ("hidden1", Linear(2, 10, generator: &g)), ("relu1", ReLU()),
        ("hidden2", Linear(10, 10, generator: &g)), ("relu2", ReLU()),
        ("output", Linear(10, 2, generator: &g)),
      ])
  }

  /// The DataError a load throws, as text (empty if it did not throw a DataError).
  func loadError(_ model: any Layer, _ file: String) -> String {
    do {
      try model.loadWeights(from: file)
      return ""
    } catch let error as DataError {
      return "\(error)"
    } catch {
      return "not a DataError: \(error)"
    }
  }

  @Test func roundTripIsExactAndAtomic() throws {
    let trained = try seedModel(7)
    // make the values awkward: long decimals, a tiny and a huge number
    trained.parameters[1].value.scalars[0] = 1e-300
    trained.parameters[1].value.scalars[1] = -123456789.125
    trained.parameters[1].value.scalars[2] = 0.1
    let file = path("weights.json")
    try trained.saveWeights(to: file)
    let fresh = try seedModel(99)
    try fresh.loadWeights(from: file)
    #expect(fresh.parameters.map(\.value) == trained.parameters.map(\.value))
    #expect(!FileManager.default.fileExists(atPath: file + ".tmp"))
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.hasPrefix("{\n  \"format\": \"mlp-workbook-weights\",\n  \"version\": 1,\n"))
    // parameters in the model's order
    let positions = trained.parameters.map { text.range(of: "\"\($0.name)\"")?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    // saving again over an existing file replaces it
    try fresh.saveWeights(to: file)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
    // a standalone layer uses the unqualified names
    let layer = try Linear(weight: Tensor(rows: [[1, 2]]), bias: Tensor([3]))
    try layer.saveWeights(to: path("layer.json"))
    #expect(
      try String(contentsOfFile: path("layer.json"), encoding: .utf8).contains(
        "\"weight\": [[1.0, 2.0]]"))
  }

  @Test func loadsAStateDictExportedFromPyTorch() throws {
    let file = Fixtures.folder.appendingPathComponent("torch_state_dict.json").path
    let model = try seedModel(0)
    try model.loadWeights(from: file)
    // the file holds torch.manual_seed(42)'s weights, which our generator draws as well
    #expect(model.parameters.map(\.value) == (try seedModel(42)).parameters.map(\.value))
    struct Logits: Decodable {
      let xTest: [[Double]]
      let logits: [[Double]]
    }
    let reference: Logits = try Fixtures.load("torch_state_dict_logits")
    let logits = try model(Tensor(rows: reference.xTest))
    #expect(allClose(logits.scalars, reference.logits.flatMap { $0 }, rtol: 1e-12, atol: 1e-15))
  }

  @Test func missingAndUnexpectedNamesAreListed() throws {
    let file = try write(
      #"{"hidden1.weight": [[1, 2]], "hidden3.weight": [1], "extra": 2}"#, "names.json")
    let model = try seedModel(0)
    let before = model.parameters.map(\.value)
    let message = loadError(model, file)
    #expect(message.hasPrefix(file + ": the weights do not fit the model"))
    #expect(
      message.contains(
        "missing hidden1.bias, hidden2.weight, hidden2.bias, output.weight, output.bias; unexpected hidden3.weight, extra"
      ))
    #expect(model.parameters.map(\.value) == before)  // nothing half-loaded
  }

  @Test func shapeMismatchNamesTheParameterAndBothShapes() throws {
    let model = try Sequential([
      ("hidden1", Linear(weight: Tensor(rows: [[1, 2], [3, 4]]), bias: Tensor([0, 0])))
    ])
    let file = try write(
      #"{"hidden1.weight": [[1, 2, 3], [4, 5, 6]], "hidden1.bias": [1, 2]}"#, "shape.json")
    #expect(
      loadError(model, file)
        == "\(file): hidden1.weight has shape [2, 3] in the weights but [2, 2] in the model")
    #expect(model.parameters[0].value == (try Tensor(rows: [[1, 2], [3, 4]])))
  }

  @Test func malformedJSONGivesLineAndColumn() throws {
    let model = try seedModel(0)
    let bad = try write("{\n  \"hidden1.weight\": [[1, 2],\n    [3 4]]\n}", "bad.json")
    #expect(
      loadError(model, bad)
        == "\(bad):3:8: malformed JSON: expected ',' or ']' after a list element, found '4'")
    let number = try write("{\"a\": [1, 2.]}", "number.json")
    #expect(loadError(model, number) == "\(number):1:11: malformed JSON: invalid number 2.")
    let trailing = try write("{\"a\": 1} x", "trailing.json")
    #expect(
      loadError(model, trailing).hasPrefix("\(trailing):1:10: malformed JSON: unexpected 'x'"))
    let duplicate = try write("{\"a\": 1,\n \"a\": 2}", "duplicate.json")
    #expect(loadError(model, duplicate) == "\(duplicate):2:2: the key \"a\" appears twice")
  }

  @Test func truncatedFileSaysSoWithThePosition() throws {
    let model = try seedModel(0)
    let full = path("full.json")
    try model.saveWeights(to: full)
    let text = try String(contentsOfFile: full, encoding: .utf8)
    let cut = try write(String(text.prefix(text.count / 2)), "cut.json")
    let message = loadError(model, cut)
    #expect(message.hasPrefix("\(cut):"))
    #expect(message.contains("end of file (is the file truncated?)"))
    let lines = text.prefix(text.count / 2).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(message.contains(":\(lines.count):\((lines.last?.count ?? 0) + 1): malformed JSON"))
  }

  @Test func nonFiniteValuesAreRefused() throws {
    let model = try Sequential([("h", Linear(weight: Tensor(rows: [[1, 2]]), bias: Tensor([0])))])
    let nan = try write("{\"h.weight\": [[1, NaN]], \"h.bias\": [0]}", "nan.json")
    #expect(loadError(model, nan) == "\(nan):1:19: h.weight[0][1]: non-finite value NaN")
    let huge = try write("{\"h.weight\": [[1, 2]], \"h.bias\": [-1e999]}", "huge.json")
    #expect(loadError(model, huge) == "\(huge):1:35: h.bias[0]: non-finite value -1e999")
    let inf = try write("{\"h.weight\": [[1, 2]], \"h.bias\": -Infinity}", "inf.json")
    #expect(loadError(model, inf).contains("non-finite value -Infinity"))
    model.parameters[1].value.scalars[0] = .infinity
    #expect {
      try model.saveWeights(to: path("out.json"))
    } throws: { error in
      error is DataError
        && "\(error)".contains("cannot save h.bias: it holds a non-finite value inf")
    }
    #expect(!FileManager.default.fileExists(atPath: path("out.json")))
  }

  @Test func otherBadContentsAreNamed() throws {
    let model = try Sequential([
      ("h", Linear(weight: Tensor(rows: [[1, 2], [3, 4]]), bias: Tensor([0, 0])))
    ])
    let missing = path("nope.json")
    #expect(loadError(model, missing) == "\(missing): no such weights file")
    let empty = try write("", "empty.json")
    #expect(loadError(model, empty) == "\(empty): the weights file is empty")
    let list = try write("[1, 2]", "list.json")
    #expect(
      loadError(model, list) == "\(list):1:1: expected a JSON object of weights, found a list")
    let ragged = try write("{\"h.weight\": [[1, 2],\n [3]], \"h.bias\": [0, 0]}", "ragged.json")
    #expect(
      loadError(model, ragged) == "\(ragged):2:2: h.weight: row 1 has 1 numbers but row 0 has 2")
    let text = try write("{\"h.weight\": [[1, \"2\"], [3, 4]], \"h.bias\": [0, 0]}", "text.json")
    #expect(
      loadError(model, text) == "\(text):1:19: h.weight[0][1]: expected a number, found a string")
    let deep = try write("{\"h.weight\": [[[1]]], \"h.bias\": [0, 0]}", "deep.json")
    #expect(
      loadError(model, deep).contains("h.weight[0][0]: tensors here have at most 2 dimensions"))
    let format = try write("{\"format\": \"keras\", \"parameters\": {}}", "format.json")
    #expect(
      loadError(model, format)
        == "\(format):1:12: unknown \"format\"; expected \"mlp-workbook-weights\"")
    let version = try write(
      "{\"format\": \"mlp-workbook-weights\", \"version\": 2, \"parameters\": {}}", "version.json")
    #expect(
      loadError(model, version).contains("unsupported \"version\"; this library reads version 1"))
  }
}
