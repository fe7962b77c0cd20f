import Foundation

/// A loss curve redrawn as text while a model trains: one `GnuplotSession` kept
/// open, fed the curve so far every few epochs, drawing it with the `dumb` terminal.
///
/// ```swift
/// let live = try LiveLossCurve(title: "seed 0", epochs: 50)
/// for epoch in 1...50 {
///   …                                                // forward, backward, update
///   if let frame = try live.record(loss: l, accuracy: a) { show(frame) }
/// }
/// try live.writeTranscript(to: URL(fileURLWithPath: "live.gp"))
/// try live.close()
/// ```
/// The x axis spans all `epochs` from the first frame, so the curve grows from left
/// to right; the test accuracy is on the right axis, as in the loss-curve figure
/// (`lossCurveFigure`, whose script each frame is). A frame is drawn after every
/// `every`-th epoch and after the last one. The transcript is every script sent, in
/// order: replayed with `gnuplot live.gp` it prints the frames again.
/// Introduced in §3.6.
public final class LiveLossCurve {
  /// The frames' title (the epoch and the latest numbers are added to it).
  public let title: String
  /// The number of epochs the run will have: the x axis's length.
  public let epochs: Int
  /// A frame after every `every`-th epoch (and the last).
  public let every: Int
  /// The text size of a frame, in characters.
  public let columns: Int
  public let rows: Int

  private let session: GnuplotSession
  private var losses: [Double] = []
  private var accuracies: [Double] = []

  /// Starts gnuplot for a run of `epochs` epochs, drawing after every `every`-th
  /// (by default about 25 frames in all, and at least 2 epochs apart).
  /// - Throws: `ParameterError` for `epochs` < 1, `every` < 1 or a text size outside
  ///   what the `dumb` terminal takes; `PlotError.gnuplotNotFound` with the install
  ///   hint; `PlotError.sessionFailed` when gnuplot does not start.
  public init(
    title: String, epochs: Int, every: Int? = nil, columns: Int = 78, rows: Int = 22,
    renderer: GnuplotRenderer = GnuplotRenderer(), timeout: Double = 30
  ) throws {
    guard epochs >= 1 else {
      throw ParameterError(parameter: "epochs", expected: "at least 1", got: "\(epochs)")
    }
    let every = every ?? max(2, (epochs + 24) / 25)
    guard every >= 1 else {
      throw ParameterError(parameter: "every", expected: "at least 1 epoch", got: "\(every)")
    }
    try GnuplotTerminal.dumb(columns: columns, rows: rows).validate()
    self.title = title
    self.epochs = epochs
    self.every = every
    self.columns = columns
    self.rows = rows
    session = try GnuplotSession(renderer: renderer, timeout: timeout)
  }

  /// The epochs recorded so far.
  public var epochsRecorded: Int { losses.count }

  /// Records one epoch's training loss and test accuracy (a fraction in [0, 1]) and
  /// returns the new frame when this epoch gets one, else `nil`.
  /// - Throws: `ParameterError` past `epochs` epochs or for an accuracy outside
  ///   [0, 1]; `PlotError.sessionFailed` when gnuplot fails, warns or died.
  public func record(loss: Double, accuracy: Double) throws -> String? {
    guard losses.count < epochs else {
      throw ParameterError(
        parameter: "epoch", expected: "at most \(epochs) epochs (the run's length)",
        got: "epoch \(losses.count + 1)")
    }
    losses.append(loss)
    accuracies.append(accuracy)
    let epoch = losses.count
    guard epoch % every == 0 || epoch == epochs else { return nil }
    // NaN after the last epoch so far: the axis already spans the whole run
    let padded = accuracies + Array(repeating: .nan, count: epochs - epoch)
    let script = try lossCurveFigure(
      runs: [("training loss", losses)], validationAccuracy: padded,
      title:
        "\(title) · epoch \(epoch) of \(epochs) · loss \(GnuplotNumberFormat.fixed(4).format(loss))",
      yLabel: "loss", accuracyLabel: "test accuracy")
    return try session.preview(script, columns: columns, rows: rows)
  }

  /// Every script sent to gnuplot so far, one after the other.
  public var transcriptText: String { session.transcriptText }

  /// Writes `transcriptText` as a `.gp` file (atomically).
  /// - Throws: `PlotError.unwritableDirectory` naming the file and the reason.
  public func writeTranscript(to file: URL) throws {
    try session.writeTranscript(to: file)
  }

  /// Ends the gnuplot session (see `GnuplotSession.close()`).
  public func close() throws {
    try session.close()
  }
}
