import Foundation

/// Reads one of gnuplot's output pipes on its own thread, so the live session can
/// wait for a marker line with a deadline and never blocks forever on a pipe
/// (internal to `GnuplotSession`).
final class GnuplotStreamReader: @unchecked Sendable {
  /// How a wait for a marker ended.
  enum Outcome {
    /// The marker arrived; the bytes before it.
    case found(Data)
    /// The pipe closed (gnuplot exited) before the marker; the bytes that came.
    case ended(Data)
    /// The deadline passed; the bytes so far.
    case timedOut(Data)
  }

  private let condition = NSCondition()
  private var buffer = Data()
  private var finished = false

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      while true {
        let chunk = handle.availableData
        condition.lock()
        if chunk.isEmpty { finished = true } else { buffer.append(chunk) }
        condition.broadcast()
        condition.unlock()
        if chunk.isEmpty { return }
      }
    }
  }

  /// Waits until the line `marker` has arrived, then returns what came before it
  /// and drops both from the buffer.
  func take(upTo marker: String, deadline: Date) -> Outcome {
    let line = Data((marker + "\n").utf8)
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let range = buffer.range(of: line) {
        let before = buffer.subdata(in: buffer.startIndex..<range.lowerBound)
        buffer.removeSubrange(buffer.startIndex..<range.upperBound)
        return .found(before)
      }
      if finished { return .ended(buffer) }
      if !condition.wait(until: deadline) { return .timedOut(buffer) }
    }
  }

  /// Waits (until `deadline`) for the pipe to close and returns everything left.
  func drain(deadline: Date) -> Data {
    condition.lock()
    defer { condition.unlock() }
    while !finished, condition.wait(until: deadline) {}
    let rest = buffer
    buffer.removeAll()
    return rest
  }
}
