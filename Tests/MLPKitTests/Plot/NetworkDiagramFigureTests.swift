import Foundation
import MLPKit
import Testing

/// `networkDiagramFigure`: nodes, signed and binned edges, summarised big layers.
@Suite struct NetworkDiagramFigureTests {
  @Test func fittedNetworksRenderInBothWeightLayouts() throws {
    let reference = try PlotReference.load()
    let folder = try PlotTestSupport.scratch("network-diagram")
    // sklearn's 2-16-16-1 on the moons: [fanIn, fanOut], 16-unit layers summarised
    let moons = reference.moons.model
    let sklearn = try networkDiagramFigure(
      layerSizes: moons.sizes, weights: try moons.weights.map { try Tensor(rows: $0) },
      activations: ["ReLU", "ReLU", "logistic"],
      title: "MLP 2-16-16-1 for the moons · edge colour = sign(w), width ∝ |w|")
    try PlotTestSupport.expectRenders(sklearn, in: folder, name: "sklearn", formats: [.png, .svg])
    #expect(sklearn.text.contains("set label \"⋮\""))
    #expect(sklearn.text.contains("\"hidden 1\\n16 × ReLU\""))
    // PyTorch's 2-10-10-2: weights [out, in]
    let torch = try #require(
      reference.networks.first { $0.source == "torch" && $0.sizes == [2, 10, 10, 2] })
    let script = try networkDiagramFigure(
      layerSizes: torch.sizes, weights: try torch.weights.map { try Tensor(rows: $0) },
      layout: .outByIn,
      activations: ["ReLU", "ReLU", "softmax"], maxNodesShown: 10,
      title: "PyTorch 2-10-10-2 at initialisation")
    try PlotTestSupport.expectRenders(script, in: folder, name: "torch", formats: [.png])
    // 2·10 + 10·10 + 10·2 edges, all drawn (10 ≤ maxNodesShown)
    #expect(PlotTestSupport.datablockRows(script.text, name: "edges").count == 140)
    // a wide layer without weights: grey edges, first units, ⋮, last unit
    let wide = try networkDiagramFigure(
      layerSizes: [4, 100, 3], activations: ["ReLU", "softmax"], maxNodesShown: 6,
      title: "MLP 4-100-3 (structure only)")
    try PlotTestSupport.expectRenders(wide, in: folder, name: "wide", formats: [.png])
    let nodes = try #require(wide.datablocks.first { $0.name == "nodes" })
    #expect(nodes.text.contains("\"h@^{(1)}_{4}\"") && nodes.text.contains("\"h@^{(1)}_{100}\""))
    #expect(!nodes.text.contains("\"h@^{(1)}_{5}\""))
    #expect(PlotTestSupport.datablockRows(wide.text, name: "edges").count == 4 * 5 + 5 * 3)
  }

  @Test func edgesCarryTheSignColourAndWidthBinOfTheirWeight() throws {
    // |w| / max|w| = 1, 0.2, 0.6, 0.9 → bins ⌈4·share⌉ = 4, 1, 3, 4
    let w = try Tensor(rows: [[1, -0.2], [0.6, -0.9]])
    let script = try networkDiagramFigure(
      layerSizes: [2, 2], weights: [w], activations: ["identity"], title: "t")
    let rows = PlotTestSupport.datablockRows(script.text, name: "edges")
    let orange = Double(0xD5_5E00)
    let blue = Double(0x00_72B2)
    #expect(rows.map { $0[4] } == [orange, blue, orange, blue])
    #expect(rows.map { $0[5] } == [4, 1, 3, 4])
    // and the sign once more, for the dots of w < 0 (greyscale print)
    #expect(rows.map { $0[6] } == [1, -1, 1, -1])
    #expect(
      script.text.contains("$7 == -1 ? $1 : NaN):2:3:4:5 with vectors nohead lw LW[4] dt (2,2)"))
    #expect(script.text.contains("$7 == 1 ? $1 : NaN):2:3:4:5 with vectors nohead lw LW[3] dt 1"))
    // PyTorch's layout is the transpose: the same network, the same edges
    let torch = try networkDiagramFigure(
      layerSizes: [2, 2], weights: [w.transposed], layout: .outByIn, activations: ["identity"],
      title: "t")
    #expect(PlotTestSupport.datablockRows(torch.text, name: "edges") == rows)
    // edges start and end on the circles' rims (radius 0.48): x_1 at (0, 0.6) → z_1 at (X, 0.6)
    let nodes = PlotTestSupport.datablockRows(script.text, name: "nodes")
    #expect(nodes.map { $0[1] } == [0.6, -0.6, 0.6, -0.6] && nodes[0][0] == 0 && nodes[2][0] > 3)
    #expect(
      rows[0][0] == 0.48 && rows[0][1] == 0.6 && abs(rows[0][2] - (nodes[2][0] - 0.96)) < 0.006)
    #expect(rows[0][3] == 0)
    #expect(script.text.contains("w > 0") && script.text.contains("w < 0"))
  }

  @Test func goldenScriptIsStable() throws {
    let script = try networkDiagramFigure(
      layerSizes: [2, 3, 2],
      weights: [
        try Tensor(rows: [[0.5, -1.2, 0.1], [0.9, 0.3, -0.4]]),
        try Tensor(rows: [[1, -1], [0.2, 0.7], [-0.5, 0.05]]),
      ], activations: ["tanh", "softmax"], layerNames: ["in", "hidden_1", "out"],
      title: "Golden network")
    try PlotTestSupport.expectGolden(script.text, named: "network_diagram")
    let folder = try PlotTestSupport.scratch("network-diagram-golden")
    try PlotTestSupport.expectRenders(script, in: folder, name: "golden", formats: [.png])
  }

  @Test func mismatchedSizesAndWeightsAreNamed() throws {
    let layers = #expect(throws: ParameterError.self) {
      try networkDiagramFigure(layerSizes: [3], activations: [], title: "t")
    }
    #expect(
      layers?.description == "layerSizes must be at least 2 layers of at least 1 unit each; got [3]"
    )
    let acts = #expect(throws: ParameterError.self) {
      try networkDiagramFigure(layerSizes: [2, 4, 1], activations: ["relu"], title: "t")
    }
    #expect(
      acts?.description == "activations must be 2 names, one per layer after the input; got 1")
    let shape = #expect(throws: ShapeError.self) {
      try networkDiagramFigure(
        layerSizes: [2, 4, 1], weights: [try Tensor.zeros([2, 4]), try Tensor.zeros([1, 4])],
        activations: ["relu", "logistic"], title: "t")
    }
    #expect(
      shape?.description
        == "networkDiagramFigure layer 2: shapes [1, 4] and [4, 1] do not fit (layer 2 maps 4 → 1 units, so its weights [fanIn, fanOut] must be [4, 1])"
    )
    let count = #expect(throws: ShapeError.self) {
      try networkDiagramFigure(
        layerSizes: [2, 4, 1], weights: [try Tensor.zeros([2, 4])],
        activations: ["relu", "logistic"], title: "t")
    }
    #expect(count?.description.contains("2 weight matrices are needed for 3 layers, got 1") == true)
    let shown = #expect(throws: ParameterError.self) {
      try networkDiagramFigure(
        layerSizes: [2, 1], activations: ["relu"], maxNodesShown: 2, title: "t")
    }
    #expect(shown?.description == "maxNodesShown must be in 3...20; got 2")
  }
}
