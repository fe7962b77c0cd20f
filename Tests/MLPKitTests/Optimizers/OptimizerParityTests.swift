import Foundation
import MLPKit
import Testing

/// Full-batch training runs from PyTorch's initial weights (float64 in torch), step by step.
@Suite struct OptimizerParityTests {
  func makeOptimizer(_ run: TorchFixtures.Run, _ parameters: [Parameter]) throws -> any Optimizer {
    let o = run.options
    switch run.optimizer {
    case "adam":
      let betas = o.betas ?? [0.9, 0.999]
      return try Adam(
        parameters, lr: o.lr, betas: (betas[0], betas[1]), eps: o.eps ?? 1e-8,
        weightDecay: o.weight_decay ?? 0, decoupledWeightDecay: o.decoupled_weight_decay ?? false,
        amsgrad: o.amsgrad ?? false)
    default:
      return try SGD(
        parameters, lr: o.lr, momentum: o.momentum ?? 0, dampening: o.dampening ?? 0,
        weightDecay: o.weight_decay ?? 0, nesterov: o.nesterov ?? false)
    }
  }

  @Test(arguments: TorchFixtures.parity?.runs ?? [])
  func lossesAndFinalWeightsMatchTorch(_ run: TorchFixtures.Run) throws {
    let (xTrain, yTrain, _, _) = try TorchFixtures.tensors()
    let model = try TorchFixtures.model(run.spec, initial: run.initial)
    // the fixture's initial weights are exactly what our TorchGenerator draws
    let drawn = try TorchFixtures.torchInitialisedModel(run.spec, seed: run.seed)
    #expect(drawn.parameters.map(\.value) == model.parameters.map(\.value))

    let optimizer = try makeOptimizer(run, model.parameters)
    let bce = BCEWithLogitsLoss()
    let ce = CrossEntropyLoss()
    var losses: [Double] = []
    for _ in 0..<run.steps {
      let output = try model(xTrain)  // forward  [800, outputs]
      let loss = run.loss == "ce" ? try ce(output, yTrain) : try bce(output, yTrain)
      optimizer.zeroGrad()
      try model.backward(loss)  // backward
      try optimizer.step()  // update
      losses.append(loss.value)
    }
    let lossError = maxAbsDifference(losses, run.losses)
    #expect(lossError < 1e-5, "\(run.label): max loss difference \(lossError)")
    // in float64 the runs in fact agree to rounding (~1e-15 here); hold them to 1e-12
    #expect(lossError < 1e-12, "\(run.label): \(lossError)")
    for (p, expected) in zip(model.parameters, run.final) {
      #expect(p.name == expected.name)
      let error = maxAbsDifference(p.value.scalars, expected.values)
      #expect(error < 1e-4, "\(run.label) \(p.name): \(error)")
      #expect(error < 1e-12, "\(run.label) \(p.name): \(error)")
    }
  }
}
