import DocTestKit
import MLPKit

/// One libFuzzer input through the doc-test parser (markers, fences, options,
/// regexes, prose values). An error must be a `DataError` at `book.md:LINE`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBook(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    _ = try BookParser.parse(text, name: "book.md")
  } catch let error as DataError where error.file == "book.md" && error.line != nil {
  } catch {
    fatalError("not a DataError at book.md:LINE: \(error)")
  }
  return 0
}
