import MLPKit

/// One libFuzzer input through the CSV reader, as labelled data and as features.
/// A trap is a finding (libFuzzer saves the input); so is an error that is not a
/// `DataError` located in the input, reported here as a trap on purpose.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let reader = CSVReader(target: "y")
  for features in [false, true] {
    do {
      if features {
        let (x, names) = try reader.readFeatures(text: text, source: "fuzz.csv")
        guard x.shape == [x.rowCount, names.count], x.scalars.allSatisfy(\.isFinite) else {
          fatalError("readFeatures returned an inconsistent matrix \(x.shape)")
        }
      } else {
        let set = try reader.read(text: text, source: "fuzz.csv")
        guard set.x.shape == [set.y.count, set.featureNames.count] else {
          fatalError("read returned an inconsistent data set \(set.x.shape)")
        }
      }
    } catch let error as DataError where error.file == "fuzz.csv" {
      guard error.line != nil || error.message.hasPrefix("the input is empty") else {
        fatalError("an error without a line: \(error)")
      }
    } catch {
      fatalError("not a located DataError: \(error)")
    }
  }
  return 0
}
