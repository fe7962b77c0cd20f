import Foundation
import MLPKit
import Testing

/// The model and weights JSON readers under seeded fuzzing: the committed corpus
/// (`Tests/Fixtures/fuzz/model/`) and thousands of mutations of it. Every input either
/// reads into a model that writes back to the same model, or fails with a `DataError`
/// naming the file (and, for malformed JSON, the line and column); nothing traps, hangs
/// or overflows the stack. A sample also goes through the weights-file reader
/// (`setInitialWeights(file:)`), which shares the JSON parser.
@Suite struct FuzzModelFileTests {
  static let tokens = [
    "\"coefs\"", "\"intercepts\"", "\"classes\"", "\"scaler\"", "[[1, 2]]", "[0.5]", "1e400",
    "\"format\": \"mlp-workbook-model\"", "true", "-", "\"\\u0041\"", ",",
  ]
  static let source = "fuzz.json"

  static func located(_ error: Error) -> Bool {
    guard let error = error as? DataError, error.file?.hasSuffix(source) == true else {
      return false
    }
    return !error.message.contains("malformed JSON") || (error.line != nil && error.column != nil)
  }

  static func run(_ bytes: [UInt8], _ name: String) -> Bool {
    do {
      let model = try ModelFile(jsonText: String(decoding: bytes, as: UTF8.self), source: source)
      #expect(try ModelFile(jsonText: model.jsonText, source: source) == model, "\(name)")
      return true
    } catch {
      #expect(located(error), "\(name): \(error)")
      return false
    }
  }

  @Test(.timeLimit(.minutes(2))) func theCorpusReadsOrFailsWithALocation() throws {
    let corpus = try FuzzInputs.corpus("model")
    #expect(corpus.count >= 8)
    var read = 0
    for entry in corpus where Self.run(entry.bytes, entry.name) { read += 1 }
    #expect(read >= 2, "some corpus files are valid models")
  }

  @Test(.timeLimit(.minutes(2)), arguments: [UInt64(1), 2, 3])
  func mutationsReadOrFailWithALocation(seed: UInt64) throws {
    var inputs = FuzzInputs(
      seed: seed, corpus: try FuzzInputs.corpus("model").map(\.bytes), tokens: Self.tokens)
    let count = 1000
    var read = 0
    for i in 0..<count {
      if Self.run(inputs.input(), "seed \(seed) input \(i)") { read += 1 }
    }
    #expect(read > 0 && read < count, "\(read) of \(count) read: the mutations reach both sides")
  }

  @Test(.timeLimit(.minutes(2))) func weightsFilesReadOrFailWithALocation() throws {
    var inputs = FuzzInputs(
      seed: 7, corpus: try FuzzInputs.corpus("model").map(\.bytes), tokens: Self.tokens)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("fuzz-weights-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent(Self.source)
    var read = 0
    for i in 0..<400 {
      try Data(inputs.input()).write(to: file)
      do {
        let (coefs, intercepts) = try MLPClassifier.readInitialWeights(file: file.path)
        #expect(coefs.count == intercepts.count && !coefs.isEmpty, "input \(i)")
        read += 1
      } catch {
        #expect(Self.located(error), "input \(i): \(error)")
      }
    }
    #expect(read > 0)
  }
}
