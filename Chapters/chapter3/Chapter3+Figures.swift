import Foundation
import MLPKit

// `--plots DIR`: the chapter's two figures, drawn from this run's own history and
// trained network (so the same options always give the same figures).

/// `chapter3-loss`: the loss of every epoch with the test accuracy on the right axis
/// (§3.6), and `chapter3-boundary`: the trained network's P(class 1) over the scaled
/// plane with its P = 0.5 boundary and the training and test points (§3.7).
func chapter3Figures(
  _ t: Training, _ data: MoonsSplit, _ history: [EpochResult], _ settings: Settings
) throws -> [(name: String, script: GnuplotScript)] {
  let run = "seed \(settings.seed), Adam lr \(settings.lr.trimmed())"
  let loss = try lossCurveFigure(
    runs: [("training loss (before the step)", history.map(\.loss))],
    validationAccuracy: history.map(\.accuracy),
    title: "Chapter 3 · MLP 2-10-10-2 (ReLU) · \(run), full batch",
    yLabel: "cross-entropy loss", accuracyLabel: "test accuracy")

  let training = try LabelledPoints(x: data.xTrain, labels: data.yTrain.values)
  let test = try LabelledPoints(x: data.xTest, labels: data.yTest.values)
  let grid = try DecisionGrid.framing([training, test], aspect: 1.6)
  let accuracy = history.last.map { $0.accuracy.fixed(3) } ?? "-"
  let boundary = try decisionBoundaryFigure(
    probability: { x in try t.model(x).softmax(dim: 1) },  // [N, 2]: column 1 is P(class 1)
    grid: grid, training: training, test: test,
    title: "Chapter 3 · after \(history.count) epochs (\(run)) · test accuracy \(accuracy)",
    xLabel: "x_0 (standardised)", yLabel: "x_1 (standardised)")
  return [("chapter3-loss", loss), ("chapter3-boundary", boundary)]
}

// `--live`: the loss curve redrawn as text while §3.6's loop runs (`trainingLoop` in
// main.swift hands each epoch here instead of printing its line): standard output is
// the same line for line (ChapterTests checks it), the frames go to standard error.

/// §3.6 with `--live`: each epoch's line is printed above a `LiveLossCurve` of the loss
/// so far, redrawn on standard error. Without gnuplot (or when it fails) one line says
/// so and the loop goes on without the curve. `transcript` is where everything sent to
/// gnuplot is saved (`--live-transcript`).
final class LiveTraining {
  private let settings: Settings
  private let transcript: String?
  private let display = LiveFrameDisplay()
  private var live: LiveLossCurve?
  private var started = false

  init(settings: Settings, transcript: String?) {
    self.settings = settings
    self.transcript = transcript
  }

  /// Prints the epoch's line and, every few epochs, a new frame of the curve.
  func epochEnded(_ line: String, _ result: EpochResult) {
    if !started {
      // started with the first epoch, so its notices follow the section heading
      started = true
      live = startLive(
        title: "seed \(settings.seed), Adam lr \(settings.lr.trimmed())",
        epochs: settings.epochs, transcript: transcript)
    }
    display.printLine(line)
    do {
      if let frame = try live?.record(loss: result.loss, accuracy: result.accuracy) {
        display.show(frame)
      }
    } catch {
      // a gnuplot that fails mid-run costs the picture, not the training
      liveNotice("\(error); training goes on without the live loss curve")
      finish()
    }
  }

  /// Saves the transcript when asked for and ends the session.
  func finish() {
    finishLive(live, transcript: transcript)
    live = nil
  }
}

/// The live curve, or `nil` after one line on standard error saying why not.
private func startLive(title: String, epochs: Int, transcript: String?) -> LiveLossCurve? {
  do {
    return try LiveLossCurve(title: "Chapter 3 · \(title)", epochs: epochs)
  } catch let error as PlotError where error.kind == .gnuplotNotFound {
    liveNotice(
      "gnuplot was not found on the PATH; training without the live loss curve"
        + (transcript == nil ? "" : ", and no transcript is written")
        + " (\(PlotError.installHint))")
  } catch {
    liveNotice("\(error); training without the live loss curve")
  }
  return nil
}

/// Saves the transcript when asked for and ends the session; problems are one line
/// each, after which the run goes on.
private func finishLive(_ live: LiveLossCurve?, transcript: String?) {
  guard let live else { return }
  if let transcript {
    do {
      try live.writeTranscript(to: URL(fileURLWithPath: transcript))
      liveNotice("wrote what was sent to gnuplot to \(transcript)")
    } catch {
      liveNotice("\(error)")
    }
  }
  do { try live.close() } catch { liveNotice("\(error)") }
}

private func liveNotice(_ text: String) {
  FileHandle.standardError.write(Data("--live: \(text)\n".utf8))
}
