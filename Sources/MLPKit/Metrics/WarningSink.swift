import Foundation

/// The default place metrics deliver warnings: one line `warning: <message>` on
/// stderr, so stdout — what the book shows — stays clean.
///
/// Every metric that can warn takes a `warn: (String) -> Void` parameter with this
/// as its default; pass `{ _ in }` to silence it, or collect the messages in a test.
/// Introduced in §2.3.
public func printWarningOnStandardError(_ message: String) {
  FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
}
