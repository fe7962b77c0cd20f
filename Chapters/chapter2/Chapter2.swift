import ArgumentParser
import ChapterSupport
import Foundation
import MLPKit

/// `swift run chapter2`: the seed's scikit-learn example, step by step, in Swift.
///
/// `--seed N` is the seed's `random_state=N`, given to `make_moons`,
/// `train_test_split` and every `MLPClassifier`; `--epochs E` is the number of
/// warm-start fits (the seed's `n_epochs`); `--plots DIR` also writes the loss curves
/// (`Chapter2+Figures.swift`). The sections it prints are in `main.swift`, in the
/// order `run()` calls them.
struct Chapter2: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chapter2",
    abstract: "Chapter 2: the sklearn way, the seed's MLPClassifier example step by step.",
    discussion: """
      Trains sklearn's MLPClassifier(hidden_layer_sizes=(10, 10), max_iter=1, \
      warm_start=True) on make_moons(1000, noise 0.2) with one fit per epoch, then the \
      seed's first example, hidden_layer_sizes=(100,) with max_iter=300. The epoch lines \
      equal scikit-learn 1.9.1's for the same --seed.
      """)

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "The random state of the data, the split and the models, as random_state=N: "
        + "\(OptionCheck.rangeText(OptionCheck.randomStateRange)).",
      valueName: "N"))
  var seed: String = "42"

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "The number of warm-start fits of one epoch each: "
        + "\(OptionCheck.rangeText(OptionCheck.epochRange)).", valueName: "N"))
  var epochs: String = "20"

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Also write the loss curves of 2.3, 2.6 and 2.7 as gnuplot scripts into DIR, "
        + "rendered to PNG and SVG when gnuplot is installed.", valueName: "DIR"))
  var plots: String?

  /// The parsed settings; `validate()` has checked them, so the fallbacks never apply.
  var settings: Settings {
    Settings(seed: Int(seed) ?? 42, epochs: Int(epochs) ?? 20)
  }

  /// Checks each option and names the flag and its valid range when it is wrong.
  func validate() throws {
    _ = try OptionCheck.integer(
      seed, flag: "--seed", in: OptionCheck.randomStateRange, meaning: "sklearn's random_state")
    _ = try OptionCheck.integer(epochs, flag: "--epochs", in: OptionCheck.epochRange)
  }

  /// Runs the chapter's sections in order (see `main.swift`).
  func run() throws {
    let settings = self.settings
    // a bad --plots folder fails before anything is printed
    let figures = try plots.map { try FigureWriter(checking: $0) }
    introduction(settings)
    let data = try theData(seed: settings.seed)
    let model = try theModel(seed: settings.seed, trainingRows: data.xTrain.rowCount)
    try warmStartFits(model, data, epochs: settings.epochs)
    try underTheHood(model, data, epochs: settings.epochs)
    try insideTheFittedModel(model, data)
    try warmStartIsNotPartialFit(model, data, settings)
    try theSeedsFirstExample(data, seed: settings.seed)
    // the notices go to stderr: stdout is the same with or without --plots
    try figures?.saveReporting(chapter2Figures(model, data, settings))
  }

}

/// The run's settings, checked.
struct Settings {
  /// `random_state` for the data, the split and the models.
  let seed: Int
  /// Warm-start fits in §2.3, and epochs of each scheme in §2.6.
  let epochs: Int
}
