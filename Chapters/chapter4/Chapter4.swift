import ArgumentParser
import ChapterSupport
import Foundation
import MLPKit

/// `swift run chapter4`: how argmax turns logits into classes, and how LabelEncoder
/// turns class indices into names and back.
///
/// `--seed` is `torch.manual_seed(N)` for the iris network of §4.5 (the only random
/// part), `--epochs` its number of full-batch epochs, and `--logits` replaces the
/// seed's 3×2 example in §4.1–4.4; `--plots DIR` also writes the chapter's figures
/// (`Chapter4+Figures.swift`). The sections are in `main.swift`, in the order `run()`
/// calls them.
struct Chapter4: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chapter4",
    abstract: "Chapter 4: argmax and label encoding.",
    discussion: """
      Explains torch.argmax(test_logits, dim=1) on the seed's 3x2 example (or your own \
      --logits), ties and NaN, softmax and sigmoid, then trains a 4-10-10-3 network on \
      iris and maps its predictions back to species names with LabelEncoder. The iris \
      numbers equal PyTorch 2.15's for the same --seed and --epochs.
      """)

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "torch.manual_seed(N) for the iris network of 4.5: "
        + "\(OptionCheck.rangeText(OptionCheck.manualSeedRange)).",
      valueName: "N"))
  var seed: String = "0"

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Full-batch epochs for the iris network: "
        + "\(OptionCheck.rangeText(OptionCheck.epochRange)).",
      valueName: "N"))
  var epochs: String = "50"

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      """
      Your own logits for 4.1-4.4: rows separated by ';', numbers by ',' \
      (the default is the seed's "2.1,0.3;-1.2,3.4;0.8,-0.5"). \
      1...\(Settings.maxRows) rows of \(Settings.classRange) decimal numbers, each in \
      -\(Int(Settings.maxMagnitude))...\(Int(Settings.maxMagnitude)).
      """,
      valueName: "ROWS"))
  var logits: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Also write the softmax bars and the iris decision regions as gnuplot scripts into "
        + "DIR, rendered to PNG and SVG when gnuplot is installed.", valueName: "DIR"))
  var plots: String?

  /// Checks every option; the message names the flag and its valid range.
  func validate() throws {
    _ = try settings()
  }

  /// Runs the chapter's sections in order (see `main.swift`).
  func run() throws {
    let settings = try settings()
    // a bad --plots folder fails before anything is printed
    let figures = try plots.map { try FigureWriter(checking: $0) }
    introduction(settings)
    let testLogits = try logitsSection(settings)
    let predicted = try argmaxAlongADimension(testLogits)
    try tiesAndNaN()
    try logitsVersusProbabilities(testLogits, predicted: predicted)
    let iris = try threeClasses(seed: settings.seed, epochs: settings.epochs)
    try labelEncoderSection(iris)
    // the notices go to stderr: stdout is the same with or without --plots
    try figures?.saveReporting(chapter4Figures(iris, settings))
  }

  /// The options, parsed and checked.
  func settings() throws -> Settings {
    // options are read as text so that `--seed -3` or `--epochs 2.5` get a message
    // that names the flag and its range, not a generic parsing error
    let seed = try OptionCheck.integer(
      seed, flag: "--seed", in: OptionCheck.manualSeedRange, meaning: "torch.manual_seed")
    let epochs = try OptionCheck.integer(epochs, flag: "--epochs", in: OptionCheck.epochRange)
    let table = try logits.map { try Tensor(rows: Settings.parseLogits($0)) }
    return Settings(seed: seed, epochs: epochs, logits: table)
  }
}

/// The run's settings, checked.
struct Settings {
  /// `torch.manual_seed` for the iris network.
  let seed: UInt64
  /// Full-batch epochs for the iris network.
  let epochs: Int
  /// `--logits` for §4.1–4.4, `[samples, classes]`; `nil` means the seed's example.
  let logits: Tensor?

  static let maxRows = 10
  static let classRange = 2...6
  static let maxMagnitude = 1_000_000.0

  /// `"2.1,0.3;-1.2,3.4"` → `[[2.1, 0.3], [-1.2, 3.4]]`, or a message naming the flag,
  /// the row and what is allowed.
  static func parseLogits(_ text: String) throws -> [[Double]] {
    let rows = text.split(separator: ";", omittingEmptySubsequences: false)
    guard rows.count <= maxRows else {
      throw ValidationError(
        "--logits must have 1...\(maxRows) rows separated by ';'; got \(rows.count)")
    }
    var table: [[Double]] = []
    for (i, row) in rows.enumerated() {
      let fields = row.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard classRange.contains(fields.count) else {
        throw ValidationError(
          "--logits row \(i + 1) must have \(classRange) numbers separated by ','; "
            + "got \(fields.count) in '\(row)'")
      }
      table.append(
        try fields.map { field in
          // decimal notation only: Double("0x10") would read hexadecimal
          let decimal = field.allSatisfy { "0123456789+-.eE".contains($0) }
          guard decimal, let z = Double(field), z.isFinite, abs(z) <= maxMagnitude else {
            throw ValidationError(
              "--logits row \(i + 1): '\(field)' is not a finite decimal number in "
                + "-\(Int(maxMagnitude))...\(Int(maxMagnitude))")
          }
          return z
        })
    }
    guard table.allSatisfy({ $0.count == table[0].count }) else {
      let counts = table.map { String($0.count) }.joined(separator: ", ")
      throw ValidationError(
        "--logits rows must all have the same number of classes; got rows of \(counts)")
    }
    return table
  }
}
