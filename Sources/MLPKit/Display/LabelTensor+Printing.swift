/// `print(labels)` shows a label tensor exactly as PyTorch shows an `int64` tensor.
///
/// `print(LabelTensor([0, 1, 0]))` gives `tensor([0, 1, 0])`; every value is
/// right-aligned to the longest one (`tensor([  1, -20, 300])`). An empty label tensor
/// says its dtype, as PyTorch does, because no element shows it:
/// `tensor([], dtype=torch.int64)`. Introduced in §4.2.
extension LabelTensor: CustomStringConvertible {
  /// The labels as `print(t)` in PyTorch shows an `int64` tensor.
  public var description: String { formatted(.default) }

  /// The labels as PyTorch prints them under `options` (`precision` and `sciMode` do
  /// not apply to integers). Introduced in §4.2.
  public func formatted(_ options: PrintOptions) -> String {
    if values.isEmpty {
      return TorchLayout.empty(shape: shape, dtype: "torch.int64", options: options)
    }
    let summarize = count > options.threshold
    let seen =
      summarize
      ? TorchLayout.summarisedIndices(shape: shape, edgeitems: options.edgeitems).map {
        values[$0]
      }
      : values
    let formatter = ElementFormatter(integers: seen)
    let layout = TorchLayout(
      shape: shape, options: options, summarize: summarize, width: formatter.width,
      cell: { formatter.format(values[$0]) })
    return layout.render()
  }
}
