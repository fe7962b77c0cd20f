import Foundation
import MLPKit
import Testing

/// What cannot fit in this machine's memory fails before it is read or allocated, with
/// the numbers: a CSV file (its size times the measured peak factor of the subcommand)
/// and a network (weights, optimiser state and activations). The files are sparse and
/// the networks obviously too large, so nothing big is written or allocated.
@Suite struct HardeningMemoryLimitTests {
  typealias S = MLPCommandSupport
  typealias E = MLPCommandErrorTests

  static var memory: Double { Double(ProcessInfo.processInfo.physicalMemory) }

  /// `12.3 GB` read back as bytes, with the rounding of its one decimal (0.05 GB).
  static func bytes(_ text: Substring) -> (value: Double, rounding: Double)? {
    let parts = text.split(separator: " ")
    guard parts.count == 2, let value = Double(parts[0]) else { return nil }
    let scale: [Substring: Double] = ["kB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12, "PB": 1e15]
    return scale[parts[1]].map { (value * $0, 0.0501 * $0) }
  }

  /// A sparse file `name` of `size` bytes that starts as a valid CSV.
  static func sparseCSV(_ name: String, size: Int, in folder: URL) throws {
    let url = folder.appendingPathComponent(name)
    #expect(FileManager.default.createFile(atPath: url.path, contents: Data("a,b,y\n1,2,0\n".utf8)))
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: UInt64(size))
    try handle.close()
  }

  /// The file's size × the subcommand's factor against the memory, before reading.
  @Test(arguments: [("train", 4.2), ("evaluate", 2.9), ("predict", 2.1)])
  func aCSVThatCannotFitIsRefusedBeforeReading(_ command: String, _ factor: Double) throws {
    let folder = try E.folderWithData()
    defer { try? FileManager.default.removeItem(at: folder) }
    let size = Int(Self.memory / factor * 1.05)
    try Self.sparseCSV("big.csv", size: size, in: folder)
    var arguments = ["train", "big.csv", "--target", "y"]
    if command != "train" {
      let trained = try S.mlp(
        ["train", "data.csv", "--target", "y", "--max-iter", "2", "--model-out", "m.json"],
        in: folder)
      #expect(trained.status == 0)
      arguments = [command, "m.json", "big.csv"]
    }
    let started = Date()
    let message = try E.failure(arguments, in: folder)
    #expect(Date().timeIntervalSince(started) < 10, "refused before reading")
    // big.csv: the file is 6.3 GB; mlp train needs about 4.2 × that, 26.5 GB, more than
    // this machine's 25.3 GB of memory
    let pattern =
      /big\.csv: the file is ([0-9.]+ [kMGTP]B); mlp (\w+) needs about ([0-9.]+) × that, ([0-9.]+ [kMGTP]B), more than this machine's ([0-9.]+ [kMGTP]B) of memory/
    let match = try #require(try pattern.wholeMatch(in: message), "\(message)")
    #expect(match.2 == command)
    #expect(Double(match.3) == factor)
    let (file, estimate, memory) = (
      try #require(Self.bytes(match.1)), try #require(Self.bytes(match.4)),
      try #require(Self.bytes(match.5))
    )
    #expect(abs(file.value - Double(size)) <= file.rounding)
    #expect(abs(estimate.value - Double(size) * factor) <= estimate.rounding)
    #expect(abs(memory.value - Self.memory) <= memory.rounding)
  }

  /// `--solver lbfgs --hidden 46000,46000`: under the 2^31 weight cap, but 2 116 184 001
  /// weights even with one feature and one output, × 8 bytes × (1 + 21 for L-BFGS's
  /// gradient and ten history pairs) = 372 448 384 176 bytes, plus 1 row × 46000 × 4
  /// layers × 16 bytes of activations = 2 944 000: 372.5 GB, refused before the data
  /// file is even opened.
  @Test func aNetworkThatCannotFitIsRefusedBeforeReading() throws {
    let folder = try E.folderWithData()
    let message = try E.failure(
      ["train", "missing.csv", "--target", "y", "--solver", "lbfgs", "--hidden", "46000,46000"],
      in: folder)
    let prefix =
      "--hidden must be small enough to fit in memory (even with 1 feature and 1 output, hidden "
      + "layers 46000,46000 need at least 372.5 GB for the weights, the lbfgs state and the "
      + "activations; this machine has "
    #expect(message.hasPrefix(prefix), "\(message)")
    #expect(message.hasSuffix(" GB); got 46000,46000" + E.trainHelp), "\(message)")
    let memory = message.dropFirst(prefix.count).prefix { $0 != ")" }
    #expect(Self.bytes(memory).map { abs($0.value - Self.memory) <= $0.rounding } == true)
  }

  /// 2000 features and `--hidden 1000000` with L-BFGS: the lower bound fits, the real
  /// network does not. 2001 × 10^6 + 10^6 + 1 = 2 002 000 001 weights × 8 × 22 bytes =
  /// 352 352 000 176, plus 4 rows × 10^6 × 3 layers × 16 bytes = 192 000 000: 352.5 GB.
  @Test func aNetworkTooLargeForItsDataIsRefusedBeforeTraining() throws {
    let folder = try S.scratchFolder()
    let header = (0..<2000).map { "f\($0)" }.joined(separator: ",") + ",y\n"
    let rows = (0..<4).map { r in
      (0..<2000).map { "\(($0 + r) % 7)" }.joined(separator: ",") + ",\(r % 2)\n"
    }
    try S.write(header + rows.joined(), "wide.csv", in: folder)
    let message = try E.failure(
      [
        "train", "wide.csv", "--target", "y", "--solver", "lbfgs", "--hidden", "1000000",
        "--test-size", "0",
      ], in: folder)
    let prefix =
      "--hidden must be small enough to fit in memory (a network 2000 → 1000000 → 1 needs "
      + "about 352.5 GB for the weights, the lbfgs state and the activations; this machine has "
    #expect(message.hasPrefix(prefix), "\(message)")
    #expect(message.hasSuffix(" GB); got 1000000" + E.trainHelp), "\(message)")
  }

  /// A size past the library's 2^31-weight cap keeps the library's own message.
  @Test func theWeightCapStillSpeaksFirst() throws {
    let folder = try E.folderWithData()
    let message = try E.failure(
      ["train", "data.csv", "--target", "y", "--hidden", "99999999999"], in: folder)
    #expect(
      message.hasPrefix(
        "--hidden must be small enough for a network of at most 2147483647 weights"))
  }
}
