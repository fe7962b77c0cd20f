/// The outcome of `gradientCheck`: how far backpropagation's gradients are from
/// finite differences, and where the worst element is. Introduced in §3.4.
public struct GradientCheckReport: CustomStringConvertible, Sendable {
  /// One compared element.
  public struct Element: Sendable, Equatable {
    /// `hidden1.weight`, or `input` for ∂L/∂x.
    public let name: String
    /// The row-major index inside that tensor.
    public let index: Int
    /// The gradient from `backward`.
    public let analytic: Double
    /// `(L(θ + h) − L(θ − h)) / 2h`.
    public let numeric: Double
    /// `|analytic − numeric| / max(|analytic|, |numeric|, scaleFloor)`.
    public let relativeError: Double
  }

  /// How many elements were compared.
  public let checkedCount: Int
  /// The largest relative error over all elements.
  public let maxRelativeError: Double
  /// The largest `|analytic − numeric|` over all elements.
  public let maxAbsoluteError: Double
  /// The element with the largest relative error (`nil` when nothing was checked).
  public let worst: Element?

  /// `gradient check: 162 elements, max relative error 3.2e-10 at hidden2.weight[17]
  /// (analytic 0.01234567, numeric 0.01234567)`.
  public var description: String {
    guard let worst else { return "gradient check: nothing to check" }
    return "gradient check: \(checkedCount) elements, max relative error "
      + "\(maxRelativeError.scientific(1)) at \(worst.name)[\(worst.index)] (analytic "
      + "\(worst.analytic.fixed(8)), numeric \(worst.numeric.fixed(8)))"
  }
}

/// Checks backpropagation against central finite differences, element by element.
///
/// Runs one forward/backward pass for the analytic gradients, then for every parameter
/// element `θ` (and, with `includeInput`, every input element) evaluates the loss at
/// `θ + h` and `θ − h`: `numeric = (L(θ + h) − L(θ − h)) / 2h`. Its error is about
/// `h²·|L‴|/6` (truncation) plus `ε·|L|/h` (the loss's rounding, ε ≈ 1.1e-16, amplified
/// by `1/2h`); the default `h = 1e-5` balances the two near 1e-11 in `Double`. Gradients
/// smaller than `scaleFloor` are compared absolutely, since that noise floor would
/// swamp their relative error. ReLU has a kink
/// at 0: choose inputs whose pre-activations stay further than `h` from it. Parameter
/// values and gradients are restored afterwards. Introduced in §3.4.
/// - Parameters:
///   - model: the network (any `Layer`).
///   - input: `x` fed to the model, e.g. `[batch, features]`.
///   - step: the finite-difference step `h`, a finite number > 0.
///   - scaleFloor: the smallest denominator of the relative error, a finite number > 0.
///   - loss: maps the model's output to a `LossValue`, e.g. `{ try criterion($0, y) }`.
/// - Throws: `ParameterError` for a `step` or `scaleFloor` that is not a finite number
///   > 0; `ShapeError` for gradients of the wrong shape; whatever the model or `loss`
///   throws (the weights and gradients are restored first).
public func gradientCheck(
  model: any Layer, input: Tensor, step h: Double = 1e-5, scaleFloor: Double = 1e-4,
  includeInput: Bool = false, loss: (Tensor) throws -> LossValue
) throws -> GradientCheckReport {
  guard h > 0, h.isFinite else {
    throw ParameterError(
      parameter: "gradientCheck step", expected: "a finite number > 0 (e.g. 1e-5)", got: "\(h)")
  }
  guard scaleFloor > 0, scaleFloor.isFinite else {
    throw ParameterError(
      parameter: "gradientCheck scaleFloor", expected: "a finite number > 0 (e.g. 1e-4)",
      got: "\(scaleFloor)")
  }
  let parameters = model.parameters
  let savedGradients = parameters.map(\.gradient)
  let savedValues = parameters.map(\.value)
  // a loss that throws mid-way must not leave a weight shifted by ±h
  defer {
    for (p, (g, v)) in zip(parameters, zip(savedGradients, savedValues)) {
      p.gradient = g
      p.value = v
    }
  }

  model.zeroGrad()
  let inputGradient = try model.backward(try loss(try model.forward(input)))  // forward, backward
  // a hand-written layer might hand back gradients of the wrong shape: say so, don't trap
  let wrong = parameters.first { ($0.gradient?.shape ?? $0.value.shape) != $0.value.shape }
  if let wrong {
    throw ShapeError(
      operation: "gradientCheck \(wrong.name)",
      shapes: [wrong.value.shape, wrong.gradient?.shape ?? []],
      reason: "backward left a gradient whose shape differs from its parameter's")
  }
  if includeInput && inputGradient.shape != input.shape {
    throw ShapeError(
      operation: "gradientCheck input", shapes: [input.shape, inputGradient.shape],
      reason: "backward returned ∂L/∂input with a shape different from the input's")
  }
  var elements: [GradientCheckReport.Element] = []
  func compare(_ name: String, _ index: Int, _ analytic: Double, _ plus: Double, _ minus: Double) {
    let numeric = (plus - minus) / (2 * h)
    let scale = Swift.max(abs(analytic), abs(numeric), scaleFloor)
    elements.append(
      .init(
        name: name, index: index, analytic: analytic, numeric: numeric,
        relativeError: abs(analytic - numeric) / scale))
  }
  for p in parameters {
    let analytic = p.gradient ?? p.value.map { _ in 0 }
    let original = p.value
    for i in original.scalars.indices {
      p.value.scalars[i] = original.scalars[i] + h
      let plus = try loss(try model.forward(input)).value
      p.value.scalars[i] = original.scalars[i] - h
      let minus = try loss(try model.forward(input)).value
      p.value = original
      compare(p.name, i, analytic.scalars[i], plus, minus)
    }
  }
  if includeInput {
    for i in input.scalars.indices {
      var shifted = input
      shifted.scalars[i] = input.scalars[i] + h
      let plus = try loss(try model.forward(shifted)).value
      shifted.scalars[i] = input.scalars[i] - h
      let minus = try loss(try model.forward(shifted)).value
      compare("input", i, inputGradient.scalars[i], plus, minus)
    }
  }
  _ = try model.forward(input)  // leave the forward caches as the caller's last pass
  let worst = elements.max { $0.relativeError < $1.relativeError }
  return GradientCheckReport(
    checkedCount: elements.count, maxRelativeError: worst?.relativeError ?? 0,
    maxAbsoluteError: elements.map { abs($0.analytic - $0.numeric) }.max() ?? 0, worst: worst)
}
