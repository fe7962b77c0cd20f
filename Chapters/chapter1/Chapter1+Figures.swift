import MLPKit

// `--plots DIR`: the chapter's figures. The networks are built exactly as §1.1 and §1.5
// build them (the same `--seed`, the same draws), so each diagram shows the weights the
// chapter prints.

/// `chapter1-activations` (§1.3): f(x) and f′(x) of the four activations the chapter
/// tabulates; `chapter1-layers` (§1.1): the seed's PyTorch 2-10-10-2 network with its
/// starting weights; `chapter1-network` (§1.5): the tiny 2-3-2 network of the forward
/// pass, every weight drawn.
func chapter1Figures(_ settings: Settings) throws -> [(name: String, script: GnuplotScript)] {
  let activations = try activationsFigure(
    activations: [.relu, .logistic, .tanh, .identity],
    title: "Chapter 1 · the activation functions of §1.3 and their slopes")

  var generator = TorchGenerator(manualSeed: UInt64(settings.seed))  // as §1.1
  let seedLayers = [
    try Linear(2, 10, generator: &generator), try Linear(10, 10, generator: &generator),
    try Linear(10, 2, generator: &generator),
  ]
  let layers = try networkDiagramFigure(
    layerSizes: [2, 10, 10, 2], weights: seedLayers.map(\.weight.value), layout: .outByIn,
    activations: ["ReLU", "ReLU", "logit"], firstIndex: 0,
    title: GnuplotText.enhancedLiteral(
      "Chapter 1 · §1.1's MLP 2-10-10-2 before training, torch.manual_seed(\(settings.seed))"))

  var tiny = TorchGenerator(manualSeed: UInt64(settings.seed))  // as §1.5
  let hidden = try Linear(2, 3, generator: &tiny)
  let output = try Linear(3, 2, generator: &tiny)
  let network = try networkDiagramFigure(
    layerSizes: [2, 3, 2], weights: [hidden.weight.value, output.weight.value], layout: .outByIn,
    activations: ["ReLU", "logit"], firstIndex: 0,
    title: GnuplotText.enhancedLiteral(
      "Chapter 1 · §1.5's network 2-3-2, torch.manual_seed(\(settings.seed))"))
  return [
    ("chapter1-activations", activations), ("chapter1-layers", layers),
    ("chapter1-network", network),
  ]
}
