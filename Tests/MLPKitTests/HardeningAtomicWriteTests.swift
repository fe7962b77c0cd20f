import Foundation
import MLPKit
import Testing

/// Nothing lost or half-written: every writer of the library fails *mid-way* — the
/// disk "fills up" after 64 KiB — and the previous file is still there, unchanged,
/// with no temporary file left beside it.
///
/// The failure is real: the test binary runs itself again as a child process, just
/// this test, under a file-size limit (`RLIMIT_FSIZE`, with `SIGXFSZ` ignored), so
/// `write` stops with `EFBIG` part-way through each file. A limit on this process would
/// also hit the tests running beside it. (`mlp train`'s model and report, written as
/// one step, get the same treatment in `HardeningCommandTests`; gnuplot failures are
/// in `GnuplotRendererTests`.)
@Suite struct HardeningAtomicWriteTests {
  static let childVariable = "MLPKIT_HARDENING_FILE_SIZE_CHILD"
  static let limit: rlim_t = 64 * 1024

  @Test(.timeLimit(.minutes(3))) func failuresMidWayLeaveThePreviousFiles() throws {
    guard ProcessInfo.processInfo.environment[Self.childVariable] == nil else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = [
      "--testing-library", "swift-testing", "--filter", "writersUnderAFileSizeLimit",
    ]
    var environment = ProcessInfo.processInfo.environment
    environment[Self.childVariable] = "1"
    process.environment = environment
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("hardening-child-\(UUID().uuidString).txt")
    #expect(FileManager.default.createFile(atPath: output.path, contents: nil))
    defer { try? FileManager.default.removeItem(at: output) }
    let handle = try FileHandle(forWritingTo: output)
    defer { try? handle.close() }
    process.standardOutput = handle
    process.standardError = handle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let text = String(decoding: try Data(contentsOf: output), as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(
      text.contains("writers checked under the limit: csv, weights, model+report, figure"),
      "\(text)")
  }

  /// The child's part (a no-op in a normal run): each writer replaces an existing file
  /// with more than 64 KiB and must fail, leaving that file as it was.
  @Test func writersUnderAFileSizeLimit() throws {
    guard ProcessInfo.processInfo.environment[Self.childVariable] == "1" else { return }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("hardening-writes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    // the previous files, written before the limit
    let small = try makeMoons(nSamples: 4)
    try small.writeCSV(to: path("data.csv"))
    var generator = TorchGenerator(manualSeed: 0)
    try Linear(2, 2, generator: &generator).saveWeights(to: path("weights.json"))
    let (model, report) = try Self.modelAndReport(hidden: 2)
    try model.write(to: path("model.json"), report: report, reportPath: path("report.json"))
    var figure = GnuplotScript()
    figure.comment("the previous figure")
    try figure.writeScript(to: folder.appendingPathComponent("loss.gp"))
    let before = try Self.contents(of: folder)

    // the limit, and the replacements, each larger than it
    signal(SIGXFSZ, SIG_IGN)
    var limits = rlimit()
    getrlimit(Int32(RLIMIT_FSIZE.rawValue), &limits)
    limits.rlim_cur = Self.limit
    #expect(setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limits) == 0)

    let large = try makeBlobs(nSamples: 5000, nFeatures: 5, randomState: 0)
    let csvError = #expect(throws: DataError.self) { try large.writeCSV(to: path("data.csv")) }
    #expect(csvError?.description == "\(path("data.csv")): cannot be written: File too large")

    let wide = try Linear(200, 200, generator: &generator)
    let weightsError = #expect(throws: DataError.self) {
      try wide.saveWeights(to: path("weights.json"))
    }
    #expect(weightsError?.description.contains("cannot be written: File too large") == true)

    let (bigModel, bigReport) = try Self.modelAndReport(hidden: 400)
    let modelError = #expect(throws: DataError.self) {
      try bigModel.write(to: path("model.json"), report: bigReport, reportPath: path("report.json"))
    }
    #expect(modelError?.description == "\(path("model.json")): cannot be written: File too large")

    var bigFigure = GnuplotScript()
    for i in 0..<5000 { bigFigure.comment("line \(i) of a figure too large for the disk") }
    #expect(throws: PlotError.self) {
      try bigFigure.writeScript(to: folder.appendingPathComponent("loss.gp"))
    }

    // every previous file is exactly as it was, and nothing else is in the folder
    #expect(try Self.contents(of: folder) == before)
    print("writers checked under the limit: csv, weights, model+report, figure")
  }

  /// A fitted model with `hidden` units and its report (`hidden: 400` on 40 features is
  /// about 16 000 weights, some 300 KB of JSON).
  static func modelAndReport(hidden: Int) throws -> (ModelFile, TrainingReport) {
    let data = try makeBlobs(nSamples: 20, nFeatures: 40, centers: 2, randomState: 1)
    let classifier = MLPClassifier(hiddenLayerSizes: [hidden], maxIter: 1, randomState: 0)
    classifier.warningSink = { _ in }
    try classifier.fit(data.x, data.y)
    let model = try ModelFile(
      classifier: classifier, featureNames: data.featureNames, target: "y", scaling: nil)
    let report = try TrainingReport(
      classifier: classifier, nTrain: 20, nTest: 0, trainAccuracy: 1, testAccuracy: nil,
      warnings: [])
    return (model, report)
  }

  /// Every file in `folder` (hidden ones included) with its bytes.
  static func contents(of folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
  }
}
