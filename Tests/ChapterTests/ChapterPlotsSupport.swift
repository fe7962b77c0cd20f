import Foundation
import MLPKit
import Testing

/// Running the chapters and `mlp` with `--plots`, reading the scripts they write, and
/// the PyTorch and scikit-learn reference of `Tools/reference/chapter_plots.py`
/// (`Tests/Fixtures/chapter_plots.json`).
enum PlotsSupport {
  /// The figures each chapter writes with its default options.
  static let figures: [String: [String]] = [
    "chapter1": ["chapter1-activations", "chapter1-layers", "chapter1-network"],
    "chapter2": ["chapter2-warm-start", "chapter2-schemes", "chapter2-loss"],
    "chapter3": ["chapter3-loss", "chapter3-boundary"],
    "chapter4": ["chapter4-softmax", "chapter4-regions"],
    "chapter5": ["chapter5-softmax", "chapter5-regions"],
  ]

  /// A quick run of each chapter whose figures are those of the default run:
  /// chapter 1 draws every figure whatever `--section` prints.
  static let quickArguments: [String: [String]] = [
    "chapter1": ["--section", "glossary"], "chapter2": [], "chapter3": [], "chapter4": [],
    "chapter5": [],
  ]

  /// A new empty folder under the system's temporary directory.
  static func scratch(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("plots-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The sorted names in `folder` (hidden temporary files included).
  static func files(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  /// `name.gp`, `name.png`, `name.svg` for every figure, sorted.
  static func rendered(_ names: [String]) -> [String] {
    names.flatMap { ["\($0).gp", "\($0).png", "\($0).svg"] }.sorted()
  }

  static func size(_ file: URL) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int) ?? 0
  }

  static func text(_ file: URL) throws -> String {
    String(decoding: try Data(contentsOf: file), as: UTF8.self)
  }

  /// Whether gnuplot is on this process's PATH (the rendering tests require it).
  static var hasGnuplot: Bool { GnuplotRenderer().isAvailable }

  /// Fails the test (never skips it) when gnuplot is missing.
  static func requireGnuplot() throws {
    try #require(
      hasGnuplot,
      "gnuplot is needed for the rendering tests: \(PlotError.installHint), then run them again")
  }

  /// A folder with no gnuplot in it, to use as PATH.
  static func emptyPath() throws -> URL { try scratch("empty-path") }

  /// The numeric rows of datablock `$name` in a script (comment lines skipped, blank
  /// grid breaks dropped).
  static func datablock(_ text: String, _ name: String) -> [[Double]] {
    guard let start = text.range(of: "$\(name) << EOD\n") else { return [] }
    let rest = text[start.upperBound...]
    let end = rest.range(of: "\nEOD\n")?.lowerBound ?? rest.endIndex
    return rest[..<end].split(separator: "\n")
      .filter { !$0.hasPrefix("#") }
      .map { $0.split(separator: " ").compactMap { Double($0) } }
  }

  /// What one run with `--plots` left: its output, the files it wrote with their
  /// sizes, and the text of every script.
  struct PlotsRun: Sendable {
    let run: ChapterRun
    let files: [String]
    let sizes: [String: Int]
    /// Script text by figure name (`chapter3-loss`).
    let scripts: [String: String]
  }

  /// Runs `chapter arguments… --plots <scratch>` once per test process (tests share a
  /// run: it is deterministic), reads what it wrote and removes the folder.
  static func plotsRun(_ chapter: String, _ arguments: [String] = []) throws -> PlotsRun {
    let key = ([chapter] + arguments).joined(separator: "\u{0}")
    if let cached = plotsRuns.value(for: key) { return cached }
    let folder = try scratch(chapter)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try ChapterRunner.run(chapter, arguments + ["--plots", folder.path], timeout: 300)
    let files = Self.files(in: folder)
    var sizes: [String: Int] = [:]
    var scripts: [String: String] = [:]
    for file in files {
      sizes[file] = size(folder.appendingPathComponent(file))
      if file.hasSuffix(".gp") {
        scripts[String(file.dropLast(3))] = try text(folder.appendingPathComponent(file))
      }
    }
    let result = PlotsRun(run: run, files: files, sizes: sizes, scripts: scripts)
    plotsRuns.store(result, for: key)
    return result
  }

  private static let plotsRuns = PlotsRunCache()

  /// Runs a written `.gp` file's text as it is, with only its output moved into a
  /// scratch folder, and returns what gnuplot printed on stderr (empty for a clean
  /// script) and the size of the PNG it drew.
  /// - Throws: `PlotError` when gnuplot fails or warns.
  static func renderAlone(_ text: String, name: String) throws -> (stderr: String, size: Int) {
    let folder = try scratch("alone-" + name)
    defer { try? FileManager.default.removeItem(at: folder) }
    let png = folder.appendingPathComponent("\(name).png")
    let moved = text.replacingOccurrences(
      of: "set output '\(name).png'", with: "set output \(GnuplotText.fileName(png.path))")
    try #require(moved != text, "\(name).gp does not draw \(name).png")
    let run = try GnuplotRenderer().run(moved)
    return (run.stderr, size(png))
  }

  /// The lines of a stream, without the final empty one.
  static func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }
}

/// Finished `--plots` runs by command line, shared by concurrently running tests.
private final class PlotsRunCache: @unchecked Sendable {
  private let lock = NSLock()
  private var runs: [String: PlotsSupport.PlotsRun] = [:]

  func value(for key: String) -> PlotsSupport.PlotsRun? {
    lock.lock()
    defer { lock.unlock() }
    return runs[key]
  }

  func store(_ run: PlotsSupport.PlotsRun, for key: String) {
    lock.lock()
    defer { lock.unlock() }
    runs[key] = run
  }
}

// MARK: - The reference

/// `Tests/Fixtures/chapter_plots.json`.
struct PlotsReference: Decodable {
  struct Chapter3: Decodable {
    struct DataPart: Decodable {
      let trainRows: Int
      let testRows: Int
      let xTrain3: [[Double]]
      let yTrain3: [Int]
      let xTest3: [[Double]]
      let yTest3: [Int]
    }

    struct Run: Decodable, CustomTestStringConvertible {
      let seed: UInt64
      let epochs: Int
      let lr: Double
      let loss: [Double]
      let accuracy: [Double]
      /// `[out, in]` per layer.
      let weights: [[[Double]]]
      let biases: [[Double]]

      var arguments: [String] { ["--seed", "\(seed)", "--epochs", "\(epochs)", "--lr", "\(lr)"] }
      var testDescription: String { "seed \(seed), \(epochs) epochs, lr \(lr)" }

      /// P(class 1) = softmax(logits)₁ of the trained network at (x₁, x₂).
      func probability(_ x1: Double, _ x2: Double) -> Double {
        var a = [x1, x2]
        for l in weights.indices {
          var z = biases[l]
          for j in z.indices {
            for i in a.indices { z[j] += weights[l][j][i] * a[i] }
          }
          a = l < weights.count - 1 ? z.map { max(0, $0) } : z
        }
        return 1 / (1 + exp(a[0] - a[1]))
      }
    }

    let data: DataPart
    let runs: [Run]
  }

  /// One `mlp train` run as scikit-learn made it.
  struct MLPCase: Decodable, CustomTestStringConvertible {
    let name: String
    let args: [String]
    let features: [String]
    let classes: [String]
    let mean: [Double]
    let scale: [Double]
    /// `[fanIn, fanOut]` per layer.
    let coefs: [[[Double]]]
    let intercepts: [[Double]]
    let activation: String
    let output: String
    let loss_curve: [Double]
    let validation_scores: [Double]?
    let train_rows: Int
    let test_rows: Int
    let test_accuracy: Double

    var testDescription: String { name }
    var csv: String { args[0] }

    /// `predict_proba` at a point in the file's units: scaled, then the network.
    func probabilities(_ point: [Double]) -> [Double] {
      var a = zip(zip(point, mean), scale).map { ($0.0 - $0.1) / $1 }
      for l in coefs.indices {
        var z = intercepts[l]
        for j in z.indices {
          for i in a.indices { z[j] += a[i] * coefs[l][i][j] }
        }
        if l < coefs.count - 1 {
          a = z.map { activation == "tanh" ? tanh($0) : max(0, $0) }
        } else {
          a = z
        }
      }
      if output == "logistic" {
        let p = 1 / (1 + exp(-a[0]))
        return [1 - p, p]
      }
      let top = a.max() ?? 0
      let e = a.map { exp($0 - top) }
      let sum = e.reduce(0, +)
      return e.map { $0 / sum }
    }
  }

  let chapter3: Chapter3
  let mlp: [MLPCase]

  static let shared: PlotsReference? = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/chapter_plots.json")
    guard let data = try? Data(contentsOf: file) else { return nil }
    return try? JSONDecoder().decode(PlotsReference.self, from: data)
  }()

  static func load() throws -> PlotsReference {
    try #require(shared, "Tests/Fixtures/chapter_plots.json is missing or unreadable")
  }

  static var chapter3Runs: [Chapter3.Run] { shared?.chapter3.runs ?? [] }
  static var mlpCases: [MLPCase] { shared?.mlp ?? [] }
}

// MARK: - Geometry of a traced contour

/// The contour gnuplot traced, as line segments, and which side of it a point is on.
struct TracedContour {
  /// Segments between consecutive points of each traced curve.
  let segments: [((Double, Double), (Double, Double))]

  /// Reads `set table` output: `x y [z]` lines, curves separated by blank lines.
  init(table: String) {
    var segments: [((Double, Double), (Double, Double))] = []
    var previous: (Double, Double)?
    for line in table.split(separator: "\n", omittingEmptySubsequences: false) {
      let numbers = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap {
        Double($0)
      }
      guard !line.hasPrefix("#"), numbers.count >= 2 else {
        if line.trimmingCharacters(in: .whitespaces).isEmpty { previous = nil }
        continue
      }
      let point = (numbers[0], numbers[1])
      if let previous { segments.append((previous, point)) }
      previous = point
    }
    self.segments = segments
  }

  /// How many times the straight path from `p` to `q` crosses the contour. Each
  /// segment counts its start but not its end, so a path through a shared vertex
  /// counts it once.
  func crossings(from p: (Double, Double), to q: (Double, Double)) -> Int {
    func cross(_ o: (Double, Double), _ a: (Double, Double), _ b: (Double, Double)) -> Double {
      (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
    }
    var count = 0
    for (a, b) in segments {
      let d1 = cross(p, q, a)
      let d2 = cross(p, q, b)
      // a and b on opposite sides of the line pq (a on it counts, b on it does not)
      guard (d1 >= 0 && d2 < 0) || (d1 < 0 && d2 >= 0) else { continue }
      let d3 = cross(a, b, p)
      let d4 = cross(a, b, q)
      if (d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0) { count += 1 }
    }
    return count
  }
}
