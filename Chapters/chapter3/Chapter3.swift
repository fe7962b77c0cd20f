import ArgumentParser
import ChapterSupport
import Foundation
import MLPKit

/// `swift run chapter3`: the seed's PyTorch training loop, step by step, in Swift.
///
/// The options pick the run: `--seed` is `torch.manual_seed(N)` before the model is
/// built, `--epochs` and `--lr` are the loop's length and Adam's learning rate, and
/// `--step` pauses after each of Steps 0–4 (only when standard input is a terminal);
/// `--plots DIR` also writes the run's loss curve and decision boundary as figures, and
/// `--live` redraws the loss curve as text on standard error while the loop runs
/// (`Chapter3+Figures.swift`).
/// The sections it prints are in `main.swift`, in the order `run()` calls them.
struct Chapter3: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chapter3",
    abstract: "Chapter 3: the manual training loop, PyTorch style, step by step.",
    discussion: """
      Trains the seed's 2-10-10-2 ReLU network on make_moons(1000, noise 0.2) with \
      cross-entropy and Adam, full batch, printing what happens inside each step. \
      The epoch lines equal PyTorch 2.15's for the same --seed.
      """)

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "The model's random seed, as torch.manual_seed(N): "
        + "\(OptionCheck.rangeText(OptionCheck.manualSeedRange)).",
      valueName: "N"))
  var seed: String = "0"

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "The number of full-batch epochs: \(OptionCheck.rangeText(OptionCheck.epochRange)).",
      valueName: "N"))
  var epochs: String = "50"

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Adam's learning rate, a number in (0, 10].", valueName: "LR"))
  var lr: String = "0.01"

  @Flag(
    name: .long,
    help: "Pause after each of Steps 0–4 until Enter is pressed (only at a terminal).")
  var step = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Also write the loss curve and the decision boundary as gnuplot scripts into DIR, "
        + "rendered to PNG and SVG when gnuplot is installed.", valueName: "DIR"))
  var plots: String?

  @Flag(
    name: .long,
    help: """
      While training, redraw the loss curve as text (gnuplot's dumb terminal) on \
      standard error every few epochs; standard output stays the same.
      """)
  var live = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --live, also save everything sent to gnuplot as a script in FILE.",
      valueName: "FILE"))
  var liveTranscript: String?

  /// The parsed settings; `validate()` has checked them, so this does not fail.
  var settings: Settings {
    Settings(
      seed: UInt64(seed) ?? 0, epochs: Int(epochs) ?? 1, lr: Double(lr) ?? 0.01,
      pauses: step)
  }

  /// Checks each option and names the flag and its valid range when it is wrong.
  func validate() throws {
    // the values are read as text so that `--seed -3` or `--lr nan` get our message,
    // not a generic "missing value" one
    _ = try OptionCheck.integer(
      seed, flag: "--seed", in: OptionCheck.manualSeedRange, meaning: "torch.manual_seed")
    _ = try OptionCheck.integer(epochs, flag: "--epochs", in: OptionCheck.epochRange)
    // Adam moves each weight by about lr per step: beyond 10 the run only overflows
    guard let rate = Double(lr), rate.isFinite, rate > 0, rate <= 10 else {
      throw ValidationError("--lr must be a number in (0, 10]; got '\(lr)'")
    }
    if liveTranscript != nil, !live {
      throw ValidationError("--live-transcript saves what --live sends to gnuplot; add --live")
    }
  }

  /// Runs the chapter's sections in order (see `main.swift`).
  func run() throws {
    let settings = self.settings
    // a bad --plots folder fails before anything is printed
    let figures = try plots.map { try FigureWriter(checking: $0) }
    // and so does a --live-transcript whose folder cannot be written
    _ = try liveTranscript.map { file in
      let folder = (file as NSString).deletingLastPathComponent
      return try FigureWriter(checking: folder.isEmpty ? "." : folder)
    }
    introduction(settings)
    let data = try theData()
    settings.pause("Step 1: the model")
    let training = try theModel(seed: settings.seed, lr: settings.lr)
    settings.pause("Step 2: forward pass and loss")
    let loss = try forwardPassAndLoss(training, data)
    settings.pause("Step 3: backward pass")
    try backwardPass(training, data, loss)
    settings.pause("Step 4: the update")
    try theUpdate(training, lr: settings.lr)
    settings.pause("the training loop")
    let watcher = live ? LiveTraining(settings: settings, transcript: liveTranscript) : nil
    let history = try trainingLoop(
      training, data, firstLoss: loss, epochs: settings.epochs, live: watcher)
    watcher?.finish()
    try predictionsAndSummary(training, data, history, settings)
    // the figures' notices go to stderr: stdout is the same with or without --plots
    try figures?.saveReporting(chapter3Figures(training, data, history, settings))
  }

}

/// The run's settings, checked.
struct Settings {
  let seed: UInt64
  let epochs: Int
  let lr: Double
  /// `--step`: pause between Steps 0–4.
  let pauses: Bool

  /// Waits for Enter before `next` with `--step` at a terminal; otherwise does nothing.
  func pause(_ next: String) {
    if pauses { Terminal.pause("Press Enter for \(next)") }
  }

  /// Whether this is the run PyTorch's reference numbers are for.
  var isSeedRun: Bool { seed == 0 && epochs == 50 && lr == 0.01 }
}
