import Foundation
import MLPKit
import Testing

/// Optimizer steps worked by hand, skipped parameters, exposed state and PyTorch's
/// hyperparameter errors.
@Suite struct OptimizerTests {
  func parameter(_ values: [Double], gradient: [Double]?) -> Parameter {
    let p = Parameter(name: "p", value: Tensor(values))
    p.gradient = gradient.map { Tensor($0) }
    return p
  }

  @Test func nesterovSGDThreeStepsByHand() throws {
    // g = 1 each step, lr 0.1, μ 0.9: p = 1 − 0.19 − 0.271 − 0.3439 = 0.1951
    let p = parameter([1], gradient: [1])
    let sgd = try SGD([p], lr: 0.1, momentum: 0.9, nesterov: true)
    for _ in 0..<3 { try sgd.step() }
    #expect(abs(p.value.scalars[0] - 0.1951) < 1e-15)
    #expect(sgd.momentumBuffer(of: p) == Tensor([2.71]))
  }

  @Test func dampeningIsNotAppliedOnTheFirstStep() throws {
    let p = parameter([0], gradient: [2])
    let sgd = try SGD([p], lr: 1, momentum: 0.5, dampening: 0.5)
    try sgd.step()
    #expect(sgd.momentumBuffer(of: p) == Tensor([2]))  // buf = g
    try sgd.step()
    #expect(sgd.momentumBuffer(of: p) == Tensor([2]))  // 0.5·2 + (1 − 0.5)·2
    #expect(p.value == Tensor([-4]))
  }

  @Test func adamFirstStepMovesByLearningRateTimesSign() throws {
    // at t = 1, m̂ = g and √v̂ = |g|, so the step is lr·g/(|g| + ε) ≈ lr·sign(g)
    let p = parameter([1, 1, 1], gradient: [0.5, -3, 1e-9])
    let adam = try Adam([p], lr: 0.01)
    try adam.step()
    let expected = [
      1 - 0.01 * 0.5 / (0.5 + 1e-8), 1 + 0.01 * 3 / (3 + 1e-8), 1 - 0.01 * 1e-9 / (1e-9 + 1e-8),
    ]
    #expect(allClose(p.value.scalars, expected, rtol: 1e-15))
    let state = try #require(adam.state(of: p))
    #expect(state.step == 1)
    #expect(allClose(state.m.scalars, [0.05, -0.3, 1e-10], rtol: 1e-15))
    #expect(allClose(state.v.scalars, [0.00025, 0.009, 1e-21], rtol: 1e-12))
    #expect(state.vMax == nil)
  }

  @Test func parametersWithoutGradientsAreSkipped() throws {
    let a = parameter([1], gradient: [1])
    let b = parameter([5], gradient: nil)
    let adam = try Adam([a, b], lr: 0.1)
    try adam.step()
    #expect(b.value == Tensor([5]))
    #expect(adam.state(of: b) == nil)
    b.gradient = Tensor([1])
    try adam.step()
    #expect(adam.state(of: a)?.step == 2)
    #expect(adam.state(of: b)?.step == 1)  // its own count, as torch's state[p]["step"]
    let sgd = try SGD([a, b], lr: 0.1, momentum: 0.9)
    sgd.zeroGrad()
    #expect(a.gradient == nil && b.gradient == nil)
    let before = [a.value, b.value]
    try sgd.step()
    #expect([a.value, b.value] == before)
  }

  @Test func aGradientOfTheWrongShapeThrows() throws {
    let p = parameter([1, 2], gradient: [1])
    #expect {
      try SGD([p], lr: 0.1).step()
    } throws: { error in
      error is ShapeError && "\(error)".contains("[2]") && "\(error)".contains("[1]")
    }
  }

  @Test func hyperparameterErrorsQuotePyTorch() {
    let p = [parameter([1], gradient: nil)]
    let cases: [(String, () throws -> Any)] = [
      (
        "Adam lr must be ≥ 0 (PyTorch: ValueError: Invalid learning rate: -0.01); got -0.01",
        { try Adam(p, lr: -0.01) }
      ),
      (
        "Adam eps must be ≥ 0 (PyTorch: ValueError: Invalid epsilon value: -1e-08); got -1e-08",
        { try Adam(p, eps: -1e-8) }
      ),
      (
        "Adam betas.0 must be in [0, 1) (PyTorch: ValueError: Invalid beta parameter at index 0: 1.0); got 1.0",
        { try Adam(p, betas: (1.0, 0.999)) }
      ),
      (
        "Adam betas.1 must be in [0, 1) (PyTorch: ValueError: Invalid beta parameter at index 1: -0.5); got -0.5",
        { try Adam(p, betas: (0.9, -0.5)) }
      ),
      (
        "Adam weightDecay must be ≥ 0 (PyTorch: ValueError: Invalid weight_decay value: -0.1); got -0.1",
        { try Adam(p, weightDecay: -0.1) }
      ),
      (
        "SGD lr must be ≥ 0 (PyTorch: ValueError: Invalid learning rate: -1.0); got -1.0",
        { try SGD(p, lr: -1) }
      ),
      (
        "SGD momentum must be ≥ 0 (PyTorch: ValueError: Invalid momentum value: -0.9); got -0.9",
        { try SGD(p, lr: 0.1, momentum: -0.9) }
      ),
      (
        "SGD weightDecay must be ≥ 0 (PyTorch: ValueError: Invalid weight_decay value: -0.001); got -0.001",
        { try SGD(p, lr: 0.1, weightDecay: -0.001) }
      ),
      (
        "SGD nesterov must be used with momentum > 0 and dampening 0 (PyTorch: ValueError: Nesterov momentum requires a momentum and zero dampening); got momentum 0.0, dampening 0.0",
        { try SGD(p, lr: 0.1, nesterov: true) }
      ),
      (
        "SGD nesterov must be used with momentum > 0 and dampening 0 (PyTorch: ValueError: Nesterov momentum requires a momentum and zero dampening); got momentum 0.9, dampening 0.1",
        { try SGD(p, lr: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true) }
      ),
      (
        "Adam parameters must be at least one Parameter (PyTorch: ValueError: optimizer got an empty parameter list); got an empty list",
        { try Adam([]) }
      ),
      (
        "SGD parameters must be each Parameter listed once; got p more than once",
        { try SGD([p[0], p[0]], lr: 0.1) }
      ),
    ]
    for (message, make) in cases {
      #expect("\(message)") {
        _ = try make()
      } throws: { error in
        error is ParameterError && "\(error)" == message
      }
    }
    // NaN is rejected too (PyTorch's Adam rejects it; its SGD would accept it)
    #expect(throws: ParameterError.self) { try SGD(p, lr: .nan) }
    #expect(throws: ParameterError.self) { try Adam(p, lr: .nan) }
    // the boundaries PyTorch allows
    #expect(throws: Never.self) { _ = try Adam(p, lr: 0, betas: (0, 0), eps: 0) }
  }
}

extension OptimizerTests {
  @Test func aParameterThatChangesShapeBetweenStepsThrows() throws {
    let p = parameter([1, 2], gradient: [1, 1])
    let adam = try Adam([p])
    try adam.step()
    p.value = Tensor([1, 2, 3])
    p.gradient = Tensor([1, 1, 1])
    #expect {
      try adam.step()
    } throws: { error in
      error is ShapeError && "\(error)".contains("[2] and [3]")
    }
    let q = parameter([1], gradient: [1])
    let sgd = try SGD([q], lr: 0.1, momentum: 0.9)
    try sgd.step()
    q.value = Tensor([1, 2])
    q.gradient = Tensor([1, 1])
    #expect(throws: ShapeError.self) { try sgd.step() }
  }
}
