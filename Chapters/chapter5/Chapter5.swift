import ArgumentParser
import ChapterSupport
import Foundation
import MLPKit

/// `swift run chapter5`: the label pitfalls, each shown failing (or silently wrong),
/// then fixed.
///
/// `--seed N` seeds every network the chapter trains: `torch.manual_seed(N)` before
/// each manual network is built (§5.1, §5.2, §5.5, §5.7) and `random_state=N` for
/// every `MLPClassifier` (§5.6, §5.7). `--plots DIR` also writes the chapter's figures
/// (`Chapter5+Figures.swift`). The sections are in `main.swift`, in the order `run()`
/// calls them.
struct Chapter5: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chapter5",
    abstract: "Chapter 5: label pitfalls, each shown failing and then fixed.",
    discussion: """
      Labels that are not 0…C−1, too many outputs, sorted names, unseen labels, \
      indices left unmapped, sklearn's classes against manual encoding, and the \
      binary case with one output. The errors shown are the library's real ones; \
      the trained numbers equal PyTorch 2.15's and scikit-learn 1.9.1's for the same \
      --seed.
      """)

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "The seed of every network: torch.manual_seed(N) for the manual ones and "
        + "random_state=N for MLPClassifier: "
        + "\(OptionCheck.rangeText(OptionCheck.randomStateRange)).",
      valueName: "N"))
  var seed: String = "0"

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Also write 5.2's softmax bars and 5.5's decision regions as gnuplot scripts into "
        + "DIR, rendered to PNG and SVG when gnuplot is installed.", valueName: "DIR"))
  var plots: String?

  /// The checked seed; `validate()` has run, so this does not fail.
  var seedValue: UInt32 { UInt32(seed) ?? 0 }

  /// Names the flag and its valid range when the seed is wrong.
  func validate() throws {
    _ = try OptionCheck.integer(
      seed, flag: "--seed", in: OptionCheck.randomStateRange,
      meaning: "torch.manual_seed and sklearn's random_state")
  }

  /// Runs the chapter's sections in order (see `main.swift`).
  func run() throws {
    let seed = seedValue
    // a bad --plots folder fails before anything is printed
    let figures = try plots.map { try FigureWriter(checking: $0) }
    introduction(seed)
    try labelsThatAreNotZeroToC(seed)
    try tooManyOutputs(seed)
    try namesSorted()
    let known = try unseenLabels()
    try indicesLeftUnmapped(seed, known)
    try sklearnClassesVersusManualEncoding(seed, known)
    try binaryOneOutputTwoColumns(seed, known)
    try checklist()
    // the notices go to stderr: stdout is the same with or without --plots
    try figures?.saveReporting(chapter5Figures(seed, known))
  }

}
