import Foundation
import MLPKit
import Testing

/// Every malformed input gets a `DataError` saying what is wrong and where:
/// `file:line:column` (1-based; columns count characters) and the column's header.
@Suite struct CSVReaderErrorTests {
  /// The message a reader throws for `text`, or "no error".
  static func message(_ text: String, target: String = "t", features: [String]? = nil) -> String {
    do {
      _ = try CSVReader(target: target, featureColumns: features).read(text: text)
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  /// A scratch folder for files, removed by the caller.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "csv-errors-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func fileMessage(_ bytes: [UInt8], name: String = "bad.csv", target: String = "t")
    throws -> String
  {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    do {
      _ = try Dataset(csv: path, target: target)
      return "no error"
    } catch {
      // the folder is random: report the file by its name only
      return "\(error)".replacingOccurrences(of: dir.path + "/", with: "")
    }
  }

  @Test func missingFileAndDirectory() throws {
    let missing = #expect(throws: DataError.self) {
      try Dataset(csv: "no/such/data.csv", target: "t")
    }
    #expect(missing?.description == "no/such/data.csv: no such file")
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let directory = #expect(throws: DataError.self) { try Dataset(csv: dir.path, target: "t") }
    #expect(directory?.description == "\(dir.path): is a directory, not a CSV file")
  }

  @Test(.enabled(if: getuid() != 0, "root can read any file"))
  func unreadableFile() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("secret.csv").path
    try "a,t\n1,x\n".write(toFile: path, atomically: false, encoding: .utf8)
    chmod(path, 0)
    let error = #expect(throws: DataError.self) { try Dataset(csv: path, target: "t") }
    #expect(error?.description == "\(path): cannot be read: permission denied")
  }

  @Test func emptyInputs() throws {
    let expected =
      "the input is empty: expected a header row naming the columns, then one row per sample"
    #expect(try Self.fileMessage([]) == "bad.csv: \(expected)")
    #expect(try Self.fileMessage([0xEF, 0xBB, 0xBF, 0x0A, 0x0D, 0x0A]) == "bad.csv: \(expected)")
    #expect(Self.message("") == expected)
  }

  @Test func headerWithoutRows() throws {
    #expect(
      try Self.fileMessage(Array("a,b,t\r\n\r\n".utf8))
        == "bad.csv:1: the header names 3 columns but no data rows follow it")
  }

  @Test func missingTargetListsTheColumns() {
    #expect(
      Self.message("a,b,kind\n1,2,x\n", target: "species")
        == "line 1: no column named 'species' for the target; the columns are 'a', 'b', 'kind'")
  }

  @Test func duplicateColumnNames() {
    #expect(
      Self.message("a,b,a,t\n1,2,3,x\n")
        == "line 1:5: column name 'a' appears twice (fields 1 and 3); column names must be unique")
  }

  @Test func raggedRows() {
    #expect(
      Self.message("a,b,t\n1,2,x\n3,4,y,5,6\n")
        == "line 3:7: expected 3 fields (one per header column), got 5; this field is one too many")
    #expect(
      Self.message("a,b,t\n1,2,x\n3,y\n")
        == "line 3:4: expected 3 fields (one per header column), got 2; the row ends here")
    // a short last row without a final line break ends at the end of the input
    #expect(Self.message("a,b,t\n1,2,x\n3,y").hasPrefix("line 3:4: expected 3 fields"))
  }

  @Test func nonNumericFeatureIsQuotedWithItsColumn() {
    #expect(
      Self.message("a,width,t\n1,2,x\n3, abc ,y\n")
        == "line 3:3: 'abc' in column 'width' (field 2) is not a number")
    #expect(
      Self.message("a,b,t\n1,2,x\n3,1.5.2,y\n")
        == "line 3:3: '1.5.2' in column 'b' (field 2) is not a number")
    #expect(
      Self.message("a,b,t\n1,\"1,5\",x\n")
        == "line 2:3: '1,5' in column 'b' (field 2) is not a number")
  }

  @Test func nanAndInfinityAreRejected() {
    for bad in ["nan", "NaN", "inf", "-inf", "Infinity", "1e999"] {
      #expect(
        Self.message("a,b,t\n1,\(bad),x\n")
          == "line 2:3: '\(bad)' in column 'b' (field 2) is not a finite number; "
          + "features must not be NaN or infinite")
    }
  }

  @Test func emptyFields() {
    #expect(
      Self.message("a,b,t\n1,,x\n")
        == "line 2:3: empty field in column 'b' (field 2); every feature needs a number")
    #expect(Self.message("a,b,t\n1,  ,x\n").hasPrefix("line 2:3: empty field in column 'b'"))
    #expect(
      Self.message("a,b,t\n1,2,\n")
        == "line 2:5: empty label in column 't' (field 3); every row needs a label")
    #expect(
      Self.message("a,,t\n1,2,x\n").hasPrefix(
        "line 1:3: the name in field 2 of the header is empty"))
  }

  @Test func unterminatedQuote() {
    #expect(
      Self.message("a,b,t\n1,2,x\n3,4,\"never\nclosed\n")
        == "line 3:5: a quoted field opens here but its closing quote never comes before the end of the input"
    )
  }

  @Test func strayQuotes() {
    #expect(
      Self.message("a,b,t\n1,2\"5,x\n")
        == "line 2:4: a quote inside an unquoted field, in column 'b' (field 2); "
        + "to include quotes, enclose the whole field in quotes and double the inner ones (\"\")")
    #expect(
      Self.message("a,b,t\n1,\"2\"5,x\n")
        == "line 2:6: unexpected character after the closing quote of a field in column 'b' (field 2); "
        + "expected a comma or the end of the line")
  }

  @Test func invalidUTF8() throws {
    var bytes = Array("a,b,t\n1,".utf8) + [0xFF, 0x31] + Array(",x\n".utf8)
    #expect(
      try Self.fileMessage(bytes)
        == "bad.csv:2:3: the field in column 'b' (field 2) is not valid UTF-8")
    bytes = Array("a,b,t\n1,2,".utf8) + [0xC3, 0x28] + Array("\n".utf8)
    #expect(
      try Self.fileMessage(bytes)
        == "bad.csv:2:5: the label in column 't' (field 3) is not valid UTF-8")
    bytes = Array("a,".utf8) + [0xE2, 0x82] + Array(",t\n1,2,x\n".utf8)
    #expect(
      try Self.fileMessage(bytes)
        == "bad.csv:1:3: the name in field 2 of the header is not valid UTF-8")
  }

  @Test func oneColumnIsNotADataSet() {
    #expect(
      Self.message("a;b;t\n1;2;x\n")
        == "line 1:1: the header has only one column, 'a;b;t'; a data set needs a target column "
        + "and at least one feature column, separated by commas")
  }

  @Test func columnsCountCharactersAndLinesCountQuotedBreaks() {
    // 'ë' is two bytes but one character; the quoted label spans lines 3 and 4
    let text = "name,b,t\nZoë,1,x\nAl,2,\"two\nlines\"\nZoë,oops,y\n"
    #expect(
      Self.message(text, features: ["b"])
        == "line 5:5: 'oops' in column 'b' (field 2) is not a number")
  }

  @Test func featureColumnsMustExistAndBeDistinct() {
    #expect(
      Self.message("a,b,t\n1,2,x\n", features: ["a", "c"])
        == "line 1: featureColumns names 'c', which is not a column; the columns are 'a', 'b', 't'")
    #expect(
      Self.message("a,b,t\n1,2,x\n", features: ["a", "t"])
        == "featureColumns must be names other than the target 't'; got 'a', 't'")
    #expect(Self.message("a,b,t\n1,2,x\n", features: ["a", "a"]).contains("'a' twice"))
    #expect(Self.message("a,b,t\n1,2,x\n", features: []).contains("got []"))
  }

  @Test func sizeGuardAndChunkSize() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("big.csv").path
    try "a,t\n1,x\n2,y\n".write(toFile: path, atomically: false, encoding: .utf8)
    let big = #expect(throws: DataError.self) {
      try CSVReader(target: "t", maxBytes: 10).read(file: path)
    }
    #expect(
      big?.description
        == "\(path): the file is 12 bytes, more than maxBytes = 10; raise maxBytes to read it")
    #expect(try CSVReader(target: "t", maxBytes: 12).read(file: path).sampleCount == 2)
    let chunk = #expect(throws: ParameterError.self) {
      try CSVReader(target: "t", chunkSize: 0).read(file: path)
    }
    #expect(chunk?.description == "chunkSize must be >= 1 (bytes per read); got 0")
  }
}
