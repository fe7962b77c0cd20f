import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the frames of a `LiveLossCurve` appear: on standard error, so standard
/// output stays exactly what the run prints without them.
///
/// At a terminal each frame replaces the one before, in place: the cursor moves up
/// over the old frame (`ESC[nA`) and clears to the end of the screen (`ESC[J`)
/// before the new one is written. When standard output is that terminal too, a line
/// printed with `printLine` goes above the frame, which is redrawn below it, so the
/// epoch lines scroll by and the curve stays at the bottom. Anywhere else (a file, a
/// pipe, a test) the frames are simply written one after the other, with no escape
/// codes. Introduced in §3.6.
public final class LiveFrameDisplay {
  /// Whether frames are redrawn in place (standard error is a terminal).
  public let inPlace: Bool
  /// Whether standard output shares that terminal, so lines go above the frame.
  public let sharesTerminal: Bool
  private let write: (String) -> Void
  /// The frame on screen and its height in lines.
  private var shown: (text: String, lines: Int)?

  /// A display on this process's standard error.
  public convenience init() {
    let inPlace = isatty(STDERR_FILENO) != 0
    self.init(inPlace: inPlace, sharesTerminal: inPlace && isatty(STDOUT_FILENO) != 0) {
      FileHandle.standardError.write(Data($0.utf8))
    }
  }

  /// A display that hands its text to `write` (tests give their own).
  public init(inPlace: Bool, sharesTerminal: Bool, write: @escaping (String) -> Void) {
    self.inPlace = inPlace
    self.sharesTerminal = inPlace && sharesTerminal
    self.write = write
  }

  /// Shows `frame` (lines ending in newlines), replacing the previous one in place.
  public func show(_ frame: String) {
    let text = frame.hasSuffix("\n") ? frame : frame + "\n"
    guard inPlace else {
      write(text + "\n")  // a blank line between frames
      return
    }
    write(erase() + text)
    shown = (text, text.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) })
  }

  /// Prints `line` on standard output; at a shared terminal the frame is lifted
  /// off, the line printed, and the frame drawn again below it.
  public func printLine(_ line: String) {
    guard sharesTerminal, let frame = shown else {
      print(line)
      return
    }
    write(erase())
    print(line)
    fflush(nil)  // the line must be on screen before the frame is drawn under it
    write(frame.text)
    shown = frame
  }

  /// The escape codes that take the frame on screen away (nothing when none is).
  private func erase() -> String {
    guard let frame = shown, frame.lines > 0 else { return "" }
    shown = nil
    return "\u{1B}[\(frame.lines)A\r\u{1B}[J"
  }
}
