#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the output goes, and whether it may carry colour.
///
/// Colour is an extra for people at a terminal. It is off whenever standard output is
/// not a terminal (a pipe, a file, a doc-test), when `NO_COLOR` is set to anything but
/// the empty string (https://no-color.org), or when `TERM` is `dumb`. Introduced in §1.1.
public enum Terminal {
  /// Whether standard output is a terminal (`isatty(1)`).
  public static var isTerminal: Bool { isatty(1) == 1 }

  /// Whether styled output may use colour and bold here and now.
  public static var supportsColor: Bool {
    supportsColor(environment: environment(["NO_COLOR", "TERM"]), isTerminal: isTerminal)
  }

  /// The rule behind `supportsColor`, for a given environment and terminal state.
  public static func supportsColor(environment: [String: String], isTerminal: Bool) -> Bool {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if environment["TERM"] == "dumb" { return false }
    return isTerminal
  }

  /// The values of `names` that are set in the process environment.
  static func environment(_ names: [String]) -> [String: String] {
    var values = [String: String]()
    for name in names {
      if let value = getenv(name) { values[name] = String(cString: value) }
    }
    return values
  }
}
