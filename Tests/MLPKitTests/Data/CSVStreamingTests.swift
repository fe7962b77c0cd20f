import Foundation
import MLPKit
import Testing

/// Reading a file in chunks gives exactly what parsing the whole text at once gives,
/// wherever the chunk boundaries fall (inside quotes, CRLFs, UTF-8 sequences, the BOM).
@Suite struct CSVStreamingTests {
  /// A multi-megabyte CSV with every feature of the format: a BOM, CRLF line ends,
  /// quoted names and labels holding commas, quotes, line breaks and non-ASCII text,
  /// spaces around numbers, a skipped text column, and a few blank lines.
  static func bigCSV(rows: Int, features: Int) -> String {
    var rng = RandomState(seed: 11)
    let species = ["setosa", "\"versi,color\"", "\"vir\r\nginica\"", "\"naïve \"\"ß\"\"\""]
    var text = "\u{FEFF}id," + (0..<features).map { "\"f\($0), cm\"" }.joined(separator: ",")
    text += ",species\r\n"
    for i in 0..<rows {
      var fields = ["row\(i)"]
      for j in 0..<features {
        let value = rng.normal(loc: Double(j), scale: 10)
        // a mix of shortest round-trip, exponent and padded forms
        fields.append(
          j % 3 == 0 ? "\(value)" : j % 3 == 1 ? " \(value * 1e-7) " : "\"\(value)\"")
      }
      fields.append(species[rng.interval(species.count - 1)])
      text += fields.joined(separator: ",") + (i % 997 == 0 ? "\r\n\r\n" : "\r\n")
    }
    return text
  }

  @Test func chunkedFileEqualsTheWholeText() throws {
    let text = Self.bigCSV(rows: 30_000, features: 8)
    #expect(text.utf8.count > 5_000_000)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "stream-\(UUID().uuidString).csv")
    try text.write(to: url, atomically: false, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }

    let whole = try CSVReader(target: "species", featureColumns: (0..<8).map { "f\($0), cm" })
      .read(text: text)
    #expect(whole.x.shape == [30_000, 8])
    var rng = RandomState(seed: 11)
    #expect(whole.x.scalars[0] == rng.normal(loc: 0, scale: 10))  // row 0, "f0, cm"
    #expect(whole.x.scalars[1] == rng.normal(loc: 1, scale: 10) * 1e-7)  // " 1.2e-06 "
    #expect(try whole.classes == ["naïve \"ß\"", "setosa", "versi,color", "vir\r\nginica"])
    for chunkSize in [1 << 20, 4093] {
      let reader = CSVReader(
        target: "species", featureColumns: (0..<8).map { "f\($0), cm" }, chunkSize: chunkSize)
      let streamed = try reader.read(file: url.path)
      #expect(streamed == whole, "chunkSize \(chunkSize)")
    }
  }

  @Test func tinyChunksSplitEverySequence() throws {
    // chunks of 1, 2 and 3 bytes split the BOM, every CRLF, `""` and multi-byte character
    let text = Self.bigCSV(rows: 300, features: 3)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "stream-small-\(UUID().uuidString).csv")
    try text.write(to: url, atomically: false, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let whole = try CSVReader(target: "species", featureColumns: ["f0, cm", "f2, cm"])
      .read(text: text)
    #expect(whole.x.shape == [300, 2])
    for chunkSize in [1, 2, 3] {
      let reader = CSVReader(
        target: "species", featureColumns: ["f0, cm", "f2, cm"], chunkSize: chunkSize)
      #expect(try reader.read(file: url.path) == whole, "chunkSize \(chunkSize)")
    }
  }
}
