/// `print(t)` shows a tensor exactly as PyTorch shows a default-dtype tensor.
///
/// ```
/// print(try Tensor(rows: [[2.1, 0.3], [-1.2, 3.4]]))
/// // tensor([[ 2.1000,  0.3000],
/// //         [-1.2000,  3.4000]])
/// ```
/// Four decimals, right-aligned to a common width; `tensor([1., 2.])` when every value
/// is whole; scientific notation when the magnitudes span more than a factor of 1000
/// (`tensor([1.0000e-05, 1.0000e+00, 1.2346e+04])`); more than 1000 elements are
/// summarised with `...`; lines wrap at 80 characters. Introduced in §1.1.
extension Tensor: CustomStringConvertible {
  /// The tensor as `print(t)` in PyTorch shows it, with the default `PrintOptions`.
  public var description: String { formatted(.default) }

  /// The tensor as PyTorch prints it under `options` (its `torch.set_printoptions`).
  ///
  /// `t.formatted(try PrintOptions(precision: 2))` gives `tensor([0.12, 3.40])`.
  /// Introduced in §3.3.
  public func formatted(_ options: PrintOptions) -> String {
    if scalars.isEmpty { return TorchLayout.empty(shape: shape, dtype: nil, options: options) }
    let summarize = count > options.threshold
    let seen =
      summarize
      ? TorchLayout.summarisedIndices(shape: shape, edgeitems: options.edgeitems).map {
        scalars[$0]
      }
      : scalars
    let formatter = ElementFormatter(floats: seen, options: options)
    let layout = TorchLayout(
      shape: shape, options: options, summarize: summarize, width: formatter.width,
      cell: { formatter.format(scalars[$0]) })
    return layout.render()
  }
}
