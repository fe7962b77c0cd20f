/// Views printed next to each other, so that a step reads left to right.
///
/// ```
/// z₁ = X • W₁ᵀ + b₁  [3, 3]               a₁ = relu(z₁)  [3, 3]
///   sample 1  [ 0.7601   0.4916   0.4623]    [0.7601  0.4916  0.4623]
///   sample 3  [-0.6493  -0.1133   0.4776]    [0.0000  0.0000  0.4776]
/// ```
/// Line `k` of the result is line `k` of every view, each padded to its view's widest
/// line and separated by `gap` spaces; a shorter view leaves blanks below it. Views
/// laid out alike (the same rows, all with or all without column labels) therefore line
/// up row for row. No line ends in a space. Introduced in §1.2.
extension AnnotatedView {
  /// `views` next to each other, left to right, `gap` spaces apart.
  /// - Throws: `ParameterError` when `views` is empty or `gap` is below 1.
  public static func sideBySide(_ views: [AnnotatedView], gap: Int = 4) throws -> AnnotatedView {
    guard !views.isEmpty else {
      throw ParameterError(parameter: "views", expected: "at least one view", got: "none")
    }
    guard gap >= 1 else {
      throw ParameterError(parameter: "gap", expected: "an integer >= 1", got: "\(gap)")
    }
    let height = views.map(\.lines.count).max() ?? 0
    let widths = views.map { $0.lines.map(\.displayWidth).max() ?? 0 }
    let spacer = String(repeating: " ", count: gap)
    let lines = (0..<height).map { k in
      zip(views, widths).map { view, width in
        (k < view.lines.count ? view.lines[k] : "").rightPadded(to: width)
      }.joined(separator: spacer).withoutTrailingSpaces
    }
    return AnnotatedView(lines: lines)
  }
}
