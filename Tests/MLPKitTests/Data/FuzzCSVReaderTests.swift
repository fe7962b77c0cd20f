import Foundation
import MLPKit
import Testing

/// The CSV reader under seeded fuzzing: the committed corpus (`Tests/Fixtures/fuzz/csv/`)
/// and thousands of mutations of it. Every input either reads into a consistent data
/// set or fails with a `DataError` located in the input (`fuzz.csv:LINE…`); nothing
/// traps or hangs. A sample of inputs is also read from a file in tiny chunks, which
/// must give the same result as reading the text at once. `make fuzz` runs the same
/// reader under libFuzzer for as long as you like (see `Fuzz/README.md`).
@Suite struct FuzzCSVReaderTests {
  static let tokens = ["a,b,y", "1,2,0", "x", "y", "\"a,b\"", ",,,", "1.5", "NA", "cat"]
  static let source = "fuzz.csv"

  /// Reads `bytes` as text; `.located` when the error names this input and a line (or
  /// says the input is empty, which has no line).
  static func outcome(_ bytes: [UInt8], reader: CSVReader) -> (FuzzOutcome, Dataset?) {
    let text = String(decoding: bytes, as: UTF8.self)
    do {
      let data = try reader.read(text: text, source: source)
      return (.success, data)
    } catch let error as DataError {
      let located =
        error.file == source
        && (error.line != nil || error.message.hasPrefix("the input is empty"))
      return (located ? .located : .unlocated("\(error)"), nil)
    } catch {
      return (.unlocated("not a DataError: \(error)"), nil)
    }
  }

  /// A data set that reads back must be consistent.
  static func checkConsistent(_ data: Dataset, _ input: String) {
    #expect(data.x.shape == [data.y.count, data.featureNames.count], "\(input)")
    #expect(data.x.scalars.allSatisfy { $0.isFinite }, "\(input)")
    #expect(!data.featureNames.isEmpty && data.sampleCount >= 1, "\(input)")
  }

  static func run(_ bytes: [UInt8], _ name: String) -> Bool {
    let reader = CSVReader(target: "y")
    let (outcome, data) = outcome(bytes, reader: reader)
    if case .unlocated(let message) = outcome {
      Issue.record("\(name): \(message)")
      return false
    }
    if let data { checkConsistent(data, name) }
    // the features-only reader takes the same input without trapping, and locates too
    do {
      _ = try reader.readFeatures(text: String(decoding: bytes, as: UTF8.self), source: source)
    } catch let error as DataError where error.file == source {
    } catch {
      Issue.record("\(name): readFeatures: \(error)")
    }
    return data != nil
  }

  @Test(.timeLimit(.minutes(2))) func theCorpusReadsOrFailsWithALocation() throws {
    let corpus = try FuzzInputs.corpus("csv")
    #expect(corpus.count >= 10)
    var read = 0
    for entry in corpus where Self.run(entry.bytes, entry.name) { read += 1 }
    #expect(read >= 3, "some corpus files are valid data sets")
  }

  @Test(.timeLimit(.minutes(2)), arguments: [UInt64(1), 2, 3])
  func mutationsReadOrFailWithALocation(seed: UInt64) throws {
    var inputs = FuzzInputs(
      seed: seed, corpus: try FuzzInputs.corpus("csv").map(\.bytes), tokens: Self.tokens)
    let count = 800
    var read = 0
    for i in 0..<count {
      let bytes = inputs.input()
      if Self.run(bytes, "seed \(seed) input \(i)") { read += 1 }
    }
    #expect(read > 0 && read < count, "\(read) of \(count) read: the mutations reach both sides")
  }

  /// Chunk boundaries anywhere (inside a quote, between CR and LF, inside a UTF-8
  /// character or the byte-order mark) change nothing: the file read 1 to 7 bytes at
  /// a time gives the same data set or the same error as the text. (Bytes that are
  /// not UTF-8 cannot be compared: a `String` has already replaced them with U+FFFD.
  /// From a file they are reported as such, located.)
  @Test(.timeLimit(.minutes(2))) func tinyChunksReadWhatTheTextReads() throws {
    var inputs = FuzzInputs(
      seed: 99, corpus: try FuzzInputs.corpus("csv").map(\.bytes), tokens: Self.tokens)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("fuzz-csv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent(Self.source)
    var compared = 0
    for i in 0..<300 {
      let bytes = inputs.input()
      try Data(bytes).write(to: file)
      var reader = CSVReader(target: "y")
      let whole = Result {
        try reader.read(text: String(decoding: bytes, as: UTF8.self), source: file.path)
      }
      reader.chunkSize = 1 + i % 7
      let chunked = Result { try reader.read(file: file.path) }
      guard String(validating: bytes, as: UTF8.self) != nil else {
        if case .failure(let error) = chunked {
          #expect((error as? DataError)?.file == file.path, "input \(i): \(error)")
        }
        continue
      }
      compared += 1
      switch (whole, chunked) {
      case (.success(let a), .success(let b)): #expect(a == b, "input \(i)")
      case (.failure(let a), .failure(let b)): #expect("\(a)" == "\(b)", "input \(i)")
      default: Issue.record("input \(i): \(whole) but \(chunked) in chunks")
      }
    }
    #expect(compared >= 100)
  }
}
