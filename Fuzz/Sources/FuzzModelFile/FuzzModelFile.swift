import MLPKit

/// One libFuzzer input through the model-file reader (and its JSON parser, which the
/// weights files share). A model that reads must write back to the same model; an
/// error must be a `DataError` naming the file, with line and column for bad JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModelFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    let model = try ModelFile(jsonText: text, source: "fuzz.json")
    guard (try? ModelFile(jsonText: model.jsonText, source: "fuzz.json")) == model else {
      fatalError("a model that does not read back as itself")
    }
  } catch let error as DataError where error.file == "fuzz.json" {
    if error.message.contains("malformed JSON") && (error.line == nil || error.column == nil) {
      fatalError("malformed JSON without a line and column: \(error)")
    }
  } catch {
    fatalError("not a located DataError: \(error)")
  }
  return 0
}
