import Foundation
import MLPKit
import Testing

/// The CSV reader on well-formed input: RFC 4180 quoting, CRLF, a BOM, labels, the
/// tolerated spaces and blank lines, picked feature columns, and the writer round trip.
@Suite struct CSVReaderTests {
  @Test func readsQuotesCRLFAndBOMWithStringLabels() throws {
    let text =
      "\u{FEFF}\"sepal, length\",width,\"the \"\"species\"\"\"\r\n"
      + "5.1, 3.5 ,setosa\r\n"
      + "\"4.9\",3.0,\"iris\nversicolor\"\r\n"
      + "6.3,\"-2.5e-1\" ,\"virginica, maybe\"\r\n"
      + "\r\n"
    let data = try Dataset(csvText: text, target: "the \"species\"")
    #expect(data.featureNames == ["sepal, length", "width"])
    #expect(data.targetName == "the \"species\"")
    #expect(data.x.shape == [3, 2])
    #expect(data.x.scalars == [5.1, 3.5, 4.9, 3.0, 6.3, -0.25])
    #expect(data.y == ["setosa", "iris\nversicolor", "virginica, maybe"])
    #expect(try data.classes == ["iris\nversicolor", "setosa", "virginica, maybe"])
  }

  @Test func integerLabelsTargetAnywhereAndLFOnly() throws {
    let data = try Dataset(csvText: "label,a,b\n1,0.5,2\n0,1e3,-3\n2,0x1p-2,+4\n", target: "label")
    #expect(data.featureNames == ["a", "b"])
    #expect(data.x.scalars == [0.5, 2, 1000, -3, 0.25, 4])
    #expect(data.y == [1, 0, 2])
    #expect(try data.labelTensor == LabelTensor([1, 0, 2]))
  }

  @Test func aColumnWithAnyTextGivesNameLabels() throws {
    // pandas reads such a column as text: "01" stays "01", not the integer 1
    let data = try Dataset(csvText: "x,y\n1,01\n2,cat\n3,7\n", target: "y")
    #expect(data.y == ["01", "cat", "7"])
    #expect(throws: LabelError.self) { try data.labelTensor }
  }

  @Test func lastLineWithoutBreakAndCROnlyEndings() throws {
    let a = try Dataset(csvText: "f,t\r1,a\r2,b", target: "t")
    #expect(a.x.scalars == [1, 2])
    #expect(a.y == ["a", "b"])
    let b = try Dataset(csvText: "f,t\n\n1,a\n\n\n2,b\n\n", target: "t")
    #expect(b == a)
  }

  @Test func featureColumnsPickAndOrderTheFeatures() throws {
    let text = "id,a,b,kind\nrow-1,1,2,x\nrow-2,3,4,y\n"
    let data = try Dataset(csvText: text, target: "kind", featureColumns: ["b", "a"])
    #expect(data.featureNames == ["b", "a"])
    #expect(data.x.scalars == [2, 1, 4, 3])
    // the skipped text column is not read as a number
    #expect(throws: DataError.self) { try Dataset(csvText: text, target: "kind") }
  }

  @Test func unquotedHeaderNamesAreTrimmedQuotedOnesAreNot() throws {
    let data = try Dataset(csvText: " a , \" b \",t\n1,2,x\n", target: "t")
    #expect(data.featureNames == ["a", " b "])
  }

  @Test func writerRoundTripsExactly() throws {
    let moons = try makeMoons(nSamples: 37, noise: 0.3, randomState: 5)
    let text = try moons.csvText()
    #expect(text.hasPrefix("x0,x1,y\n"))
    #expect(try Dataset(csvText: text, target: "y") == moons)

    var named = try Dataset(
      x: Tensor(rows: [[0.1, 1e-5], [-0.0, 5]]), y: ["a \"b\"", " c,d"],
      featureNames: ["f 1", "g\nh"], targetName: "label")
    let written = try named.csvText(extraColumns: [(name: "prediction", values: ["a", "b"])])
    #expect(
      written == "f 1,\"g\nh\",label,prediction\n0.1,1e-05,\"a \"\"b\"\"\",a\n-0.0,5.0,\" c,d\",b\n"
    )
    let back = try Dataset(csvText: written, target: "label", featureColumns: ["f 1", "g\nh"])
    #expect(back == named)
    named.y = ["only one"]
    #expect(throws: ShapeError.self) { try named.csvText() }
  }

  @Test func writeCSVIsAtomicAndReadable() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "csv-write-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("blobs.csv").path
    let blobs = try makeBlobs(nSamples: 50, nFeatures: 3, randomState: 2)
    try "old content".write(toFile: path, atomically: false, encoding: .utf8)
    try blobs.writeCSV(to: path)
    #expect(try Dataset(csv: path, target: "y") == blobs)
    // only the file itself is left: the temporary one was renamed over it
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["blobs.csv"])

    let missing = folder.appendingPathComponent("no-such-folder/out.csv").path
    let error = #expect(throws: DataError.self) { try blobs.writeCSV(to: missing) }
    #expect(error?.description == "\(missing): cannot be written: No such file or directory")
  }
}
