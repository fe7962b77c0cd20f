import ArgumentParser
import ChapterSupport
import Foundation
import MLPKit

/// `swift run chapter1`: the concepts of an MLP, one small printed example each.
///
/// `--seed` is sklearn's `random_state` for the models of §1.1 and §1.6 and
/// `torch.manual_seed` for the tiny network of §1.5 (the data never change: the seed's
/// `make_moons(1000, noise=0.2, random_state=42)`). `--factor` is the unit change of
/// §1.6, `--hidden` the sklearn model's hidden layers, `--section` prints one
/// section only, and `--plots DIR` also writes the chapter's figures
/// (`Chapter1+Figures.swift`). The sections are in `main.swift`, in the order `run()`
/// calls them.
struct Chapter1: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chapter1",
    abstract: "Chapter 1: the concepts of an MLP classifier, by example.",
    discussion: """
      Layers and shapes, one neuron by hand, the activation functions, softmax and \
      sigmoid, a forward pass layer by layer, and why features need scaling. The \
      numbers equal scikit-learn 1.9.1's and PyTorch 2.15's for the same --seed.
      """)

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "sklearn's random_state (§1.1, §1.6) and torch.manual_seed (§1.5): "
        + "\(OptionCheck.rangeText(OptionCheck.randomStateRange)).", valueName: "N"))
  var seed: String = "42"

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "§1.6 multiplies feature x1 by F (a change of units): a number in 1e-06...1e+06.",
      valueName: "F"))
  var factor: String = "1000"

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "The sklearn model's hidden_layer_sizes (§1.1, §1.6): 1 to \(Settings.maxLayers) "
        + "comma-separated sizes in 1...\(Settings.maxUnits), e.g. 10,10.",
      valueName: "SIZES"))
  var hidden: String = "100"

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Print only this section: \(Settings.sections.joined(separator: ", ")).",
      valueName: "N.M"))
  var section: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Also write the activation functions and the network diagrams as gnuplot scripts "
        + "into DIR, rendered to PNG and SVG when gnuplot is installed.", valueName: "DIR"))
  var plots: String?

  /// Checks each option and names the flag and its valid range when it is wrong.
  func validate() throws {
    _ = try settings()
  }

  /// The options, checked and converted.
  /// - Throws: `ValidationError` naming the flag, its valid range and the bad value.
  func settings() throws -> Settings {
    // the options are read as text so that `--seed -3` or `--factor nan` get our
    // message, not a generic "missing value" one
    let n = Int(
      try OptionCheck.integer(
        seed, flag: "--seed", in: OptionCheck.randomStateRange, meaning: "sklearn's random_state"))
    guard let f = Double(factor), f.isFinite, f >= 1e-6, f <= 1e6 else {
      throw ValidationError("--factor must be a number in 1e-06...1e+06; got '\(factor)'")
    }
    let sizes = hidden.split(separator: ",", omittingEmptySubsequences: false).map {
      Int($0.trimmingCharacters(in: .whitespaces))
    }
    guard (1...Settings.maxLayers).contains(sizes.count),
      sizes.allSatisfy({ $0.map { (1...Settings.maxUnits).contains($0) } ?? false })
    else {
      throw ValidationError(
        "--hidden must be 1 to \(Settings.maxLayers) comma-separated integers in "
          + "1...\(Settings.maxUnits), e.g. 10,10; got '\(hidden)'")
    }
    if let section, !Settings.sections.contains(section) {
      throw ValidationError(
        "--section must be one of \(Settings.sections.joined(separator: ", ")); got '\(section)'")
    }
    return Settings(
      seed: n, factor: f, hidden: sizes.compactMap { $0 }, only: section)
  }

  /// Runs the chapter's sections in book order (see `main.swift`).
  func run() throws {
    let settings = try self.settings()
    // a bad --plots folder fails before anything is printed
    let figures = try plots.map { try FigureWriter(checking: $0) }
    if settings.only == nil { introduction(settings) }
    let steps: [(String, () throws -> Void)] = [
      ("1.1", { try inputHiddenOutput(settings) }),
      ("1.2", { try oneNeuronByHand() }),
      ("1.3", { try activationFunctions() }),
      ("1.4", { try softmaxOrSigmoid() }),
      ("1.5", { try forwardPass(seed: settings.seed) }),
      ("1.6", { try whyFeaturesNeedScaling(settings) }),
      ("glossary", { try glossary() }),
    ]
    for (number, step) in steps where settings.only == nil || settings.only == number {
      try step()
    }
    // every figure, whatever --section says; the notices go to stderr
    try figures?.saveReporting(chapter1Figures(settings))
  }
}

/// The run's settings, checked.
struct Settings {
  /// `--hidden` limits: §1.6 trains four models of up to 300 epochs, and a debug build
  /// already needs minutes for (100, 100).
  static let maxLayers = 3
  static let maxUnits = 100
  static let sections = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "glossary"]

  let seed: Int
  /// §1.6 measures x1 in units `factor` times smaller.
  let factor: Double
  /// sklearn's `hidden_layer_sizes`.
  let hidden: [Int]
  /// `--section`: the one section to print, or `nil` for all.
  let only: String?
}
