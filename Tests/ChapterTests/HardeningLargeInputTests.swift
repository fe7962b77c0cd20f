import Foundation
import MLPKit
import Testing

/// Large input, measured: a CSV of 160 000 rows (about 15 MB) streams through `mlp
/// train` and `mlp predict` without holding its text, so the peak memory grows with
/// the parsed numbers (8 bytes each), not with the file; and a reader with `maxBytes`
/// refuses a file that is too large before reading any of it. The 200 MB measurement
/// is in the hardening report; this is its small, repeatable version.
@Suite(.serialized) struct HardeningLargeInputTests {
  static let rows = 160_000

  /// `f0…f9,label`, numbers like `4.123456` (9 bytes of text per 8-byte double).
  static func writeLargeCSV(to url: URL) throws -> Int {
    var rng = RandomState(seed: 3)
    var text = (0..<10).map { "f\($0)" }.joined(separator: ",") + ",label\n"
    text.reserveCapacity(rows * 92)
    for r in 0..<rows {
      for value in rng.uniform(low: 1, high: 9, count: 10) { text += value.fixed(6) + "," }
      text += "\(r % 3)\n"
    }
    try Data(text.utf8).write(to: url)
    return text.utf8.count
  }

  /// Runs `executable arguments` (output discarded) and returns its exit status and
  /// peak resident memory in bytes (`wait4`'s `ru_maxrss`).
  static func peakMemory(_ name: String, _ arguments: [String]) throws -> (
    status: Int32, bytes: Int
  ) {
    let path = try ChapterRunner.executable(name).path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
      throw ChapterRunnerError(description: "could not start \(name)")
    }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid else {
      throw ChapterRunnerError(description: "could not wait for \(name)")
    }
    // a normal exit has the low 7 bits clear; the status is in the next byte
    let exit = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return (exit, usage.ru_maxrss * 1024)
  }

  @Test(.timeLimit(.minutes(5))) func largeFilesStreamWithinBoundedMemory() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("hardening-large-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = folder.appendingPathComponent("large.csv")
    let size = try Self.writeLargeCSV(to: csv)
    let model = folder.appendingPathComponent("m.json").path
    #expect(size > 14_000_000)

    let baseline = try Self.peakMemory("mlp", ["--help"])
    let train = try Self.peakMemory(
      "mlp",
      [
        "train", csv.path, "--target", "label", "--hidden", "2", "--max-iter", "1", "--model-out",
        model,
      ])
    #expect(train.status == 0)
    let predict = try Self.peakMemory("mlp", ["predict", model, csv.path])
    #expect(predict.status == 0)
    // predict holds x and its scaled copy (2 × 8/9 of the text), not the text itself;
    // reading the whole file first, as it used to, needed about 3.3 × the file
    let predictGrowth = Double(predict.bytes - baseline.bytes) / Double(size)
    #expect(predictGrowth < 2.75, "mlp predict grew by \(predictGrowth) × the file size")
    // train also holds the split, the scaled parts and the network's copies
    let trainGrowth = Double(train.bytes - baseline.bytes) / Double(size)
    #expect(trainGrowth < 5, "mlp train grew by \(trainGrowth) × the file size")
  }

  @Test func aFileOverMaxBytesFailsBeforeReading() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("hardening-max-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = folder.appendingPathComponent("large.csv")
    // a sparse file: 200 MB long, no time or disk spent writing it
    #expect(FileManager.default.createFile(atPath: csv.path, contents: Data("a,y\n1,0\n".utf8)))
    let handle = try FileHandle(forWritingTo: csv)
    try handle.truncate(atOffset: 200_000_000)
    try handle.close()
    let reader = CSVReader(target: "y", maxBytes: 50_000_000)
    let started = Date()
    for read in [
      { _ = try reader.read(file: csv.path) }, { _ = try reader.readFeatures(file: csv.path) },
    ] {
      let error = #expect(throws: DataError.self) { try read() }
      #expect(
        error?.description
          == "\(csv.path): the file is 200000000 bytes, more than maxBytes = 50000000; raise maxBytes to read it"
      )
    }
    #expect(Date().timeIntervalSince(started) < 2, "refused before reading")
  }
}
