/// What every PyTorch-form optimizer does: update a list of parameters from their
/// gradients. It sees `[Parameter]`, never layers, so any model works.
///
/// The loop of chapter 3:
/// ```swift
/// let loss = try criterion(try model(xTrain), yTrain)  // forward
/// optimizer.zeroGrad()
/// try model.backward(loss)                             // backward
/// try optimizer.step()                                 // update
/// ```
/// A parameter whose `gradient` is `nil` is skipped by `step()` (its state does not
/// advance), as PyTorch skips `p.grad is None`. Introduced in §3.5.
public protocol Optimizer: AnyObject {
  /// The parameters this optimizer updates, in the order given.
  var parameters: [Parameter] { get }
  /// One update of every parameter that has a gradient.
  /// - Throws: `ShapeError` when a gradient set by hand does not have its parameter's shape.
  func step() throws
}

extension Optimizer {
  /// Sets every gradient to `nil`, as `optimizer.zero_grad()` (`set_to_none=True`).
  public func zeroGrad() { parameters.forEach { $0.zeroGrad() } }
}

/// Checks a hyperparameter the way PyTorch does and throws its message otherwise.
func requireHyperparameter(
  _ ok: Bool, _ optimizer: String, _ name: String, _ range: String, torch: String, got: Double
) throws {
  guard ok else {
    throw ParameterError(
      parameter: "\(optimizer) \(name)", expected: "\(range) (PyTorch: ValueError: \(torch))",
      got: "\(got)")
  }
}

/// Checks that an optimizer gets a non-empty list of distinct parameters.
func requireParameterList(_ parameters: [Parameter], _ optimizer: String) throws {
  guard !parameters.isEmpty else {
    throw ParameterError(
      parameter: "\(optimizer) parameters",
      expected:
        "at least one Parameter (PyTorch: ValueError: optimizer got an empty parameter list)",
      got: "an empty list")
  }
  var seen = Set<ObjectIdentifier>()
  for p in parameters where !seen.insert(ObjectIdentifier(p)).inserted {
    throw ParameterError(
      parameter: "\(optimizer) parameters", expected: "each Parameter listed once",
      got: "\(p.name) more than once")
  }
}

/// The gradient of `p`, or `nil` to skip it; a `ShapeError` if it was set to a wrong shape.
func gradientToApply(_ p: Parameter, _ optimizer: String) throws -> Tensor? {
  guard let g = p.gradient else { return nil }
  guard g.shape == p.value.shape else {
    throw ShapeError(
      operation: "\(optimizer).step() on \(p.name)", shapes: [p.value.shape, g.shape],
      reason: "a gradient must have its parameter's shape")
  }
  return g
}
