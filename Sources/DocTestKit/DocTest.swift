import Foundation

/// DocTestKit checks that book.md says what the code does: every expected output,
/// every code listing and every number quoted in prose. (The full guide, to paste
/// into the book's preface and the README, is `Sources/DocTestKit/SYNTAX.md`.)
///
/// **An expected output** is a marker comment (invisible on GitHub) right before a
/// fence. The command runs to the first `|`; options follow:
///
///     <!-- doctest: chapter3 --epochs 5 | tol=1e-4 -->
///     ```text
///     Epoch 1/5  loss 0.6931
///     ...
///     Epoch 5/5  loss 0.4123
///     ```
///
/// - `...` alone on a line stands for zero or more lines (start, middle or end).
/// - `tol=1e-4` / `rtol=1e-6`: numbers match when `|a − e| ≤ tol + rtol·|e|`; the
///   text between numbers must still match, except the spaces padding a number.
/// - `exit=1` expects that exit status (default 0; any other status fails);
///   `stream=stderr` (or `both`: stdout then stderr) shows the error stream.
/// - `capture NAME = /REGEX/` names a value (group 1 of the first matching line).
/// - Trailing whitespace on each line and the final newline are ignored; nothing
///   else is normalised.
///
/// **A listing** shows a region of a source file, by `// MARK: -` title or number,
/// or by `// region: NAME` … `// endregion`:
///
///     <!-- listing: Chapters/chapter3/main.swift#3.3 -->
///
/// **A number in prose** is bound to a capture and renders as just the number:
/// `the final accuracy is <!--value final_accuracy-->0.9050<!--/value-->`.
///
/// `doctest [--bless] [--bin-path DIR] [book.md]` checks (exit 0 or 1) or blesses.
/// Introduced in §1.1.
public enum DocTest {
  /// A `SourceReader` for files under `root` (the book's folder).
  public static func sourceReader(root: URL) -> SourceReader {
    return { path in
      let url = root.appendingPathComponent(path)
      guard FileManager.default.fileExists(atPath: url.path) else { return nil }
      return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }
  }
}
