import MLPKit
import Testing

/// `print(t)` against `torch._tensor_str` (Tools/reference/printing.py →
/// Tests/Fixtures/printing.json), compared to the character.
@Suite struct TensorPrintingTests {
  struct Options: Decodable {
    let precision: Int
    let threshold: Int
    let edgeitems: Int
    let linewidth: Int
    let sci_mode: Bool?
  }
  struct Case: Decodable {
    let name: String
    let kind: String
    let shape: [Int]
    let values: [String]?
    /// `[count, offset, divisor, factor]`: value i is `((i + offset) / divisor) * factor`.
    let arange: [Double]?
    let options: Options
    let text: String
  }
  struct File: Decodable { let cases: [Case] }

  static func values(of c: Case) throws -> [Double] {
    if let recipe = c.arange {
      let (count, offset, divisor, factor) = (Int(recipe[0]), recipe[1], recipe[2], recipe[3])
      return (0..<count).map { ((Double($0) + offset) / divisor) * factor }
    }
    return try (c.values ?? []).map { text in
      try #require(Double(text), "\(c.name): value \(text) does not parse")
    }
  }

  static func options(of c: Case) throws -> PrintOptions {
    try PrintOptions(
      precision: c.options.precision, threshold: c.options.threshold,
      edgeitems: c.options.edgeitems, linewidth: c.options.linewidth, sciMode: c.options.sci_mode)
  }

  static func isDefault(_ c: Case) -> Bool {
    let o = c.options
    return o.precision == 4 && o.threshold == 1000 && o.edgeitems == 3 && o.linewidth == 80
      && o.sci_mode == nil
  }

  @Test func everyFloatTensorPrintsAsTorch() throws {
    let cases = try Fixtures.load("printing", as: File.self).cases.filter { $0.kind == "float" }
    #expect(cases.count >= 60)
    for c in cases {
      let t = try Tensor(shape: c.shape, scalars: Self.values(of: c))
      #expect(t.formatted(try Self.options(of: c)) == c.text, "\(c.name)")
      if Self.isDefault(c) { #expect(t.description == c.text, "\(c.name)") }
    }
  }

  @Test func everyLabelTensorPrintsAsTorchInt64() throws {
    let cases = try Fixtures.load("printing", as: File.self).cases.filter { $0.kind == "label" }
    #expect(cases.count >= 10)
    for c in cases {
      let values =
        try c.arange.map { _ in try Self.values(of: c).map { Int($0) } }
        ?? (c.values ?? []).map { text in
          try #require(Int(text), "\(c.name): label \(text) does not parse")
        }
      let labels = try LabelTensor(shape: c.shape, values: values)
      #expect(labels.formatted(try Self.options(of: c)) == c.text, "\(c.name)")
      if Self.isDefault(c) { #expect("\(labels)" == c.text, "\(c.name)") }
    }
  }

  @Test func theReferenceExamplesPrintAsDocumented() throws {
    // sklearn-pytorch-behaviour.md §3.3 and §3.4, typed from the reference notes
    #expect(
      "\(try Tensor(rows: [[2.1, 0.3], [-1.2, 3.4]]))"
        == "tensor([[ 2.1000,  0.3000],\n        [-1.2000,  3.4000]])")
    #expect("\(Tensor([1e-5, 1.0, 12345.6]))" == "tensor([1.0000e-05, 1.0000e+00, 1.2346e+04])")
    #expect("\(Tensor([1e-3, 1.0]))" == "tensor([0.0010, 1.0000])")
    #expect("\(Tensor([1, -20, 300]))" == "tensor([  1., -20., 300.])")
    #expect("\(Tensor([.nan, .infinity, -1.5]))" == "tensor([    nan,     inf, -1.5000])")
    #expect("\(Tensor(scalar: 3.14159))" == "tensor(3.1416)")
    #expect("\(LabelTensor([0, 1, 0]))" == "tensor([0, 1, 0])")
    #expect("\(LabelTensor([1, -20, 300]))" == "tensor([  1, -20, 300])")
    #expect(
      "\(Tensor((0...1000).map(Double.init)))"
        == "tensor([   0.,    1.,    2.,  ...,  998.,  999., 1000.])")
  }

  @Test func emptyTensorsNameTheirSize() throws {
    #expect("\(Tensor([]))" == "tensor([])")
    #expect("\(try Tensor.zeros([0, 3]))" == "tensor([], size=(0, 3))")
    #expect("\(LabelTensor([]))" == "tensor([], dtype=torch.int64)")
  }

  @Test func printOptionsRejectValuesOutOfRange() throws {
    let precision = #expect(throws: ParameterError.self) { try PrintOptions(precision: -1) }
    #expect(precision?.description == "precision must be an integer >= 0; got -1")
    let width = #expect(throws: ParameterError.self) { try PrintOptions(linewidth: 0) }
    #expect(width?.description == "linewidth must be an integer >= 1; got 0")
    let edge = #expect(throws: ParameterError.self) { try PrintOptions(edgeitems: -2) }
    #expect(edge?.description == "edgeitems must be an integer >= 0; got -2")
    let threshold = #expect(throws: ParameterError.self) { try PrintOptions(threshold: -5) }
    #expect(threshold?.description == "threshold must be an integer >= 0; got -5")
    #expect(try PrintOptions() == PrintOptions.default)
  }

  @Test func profilesMatchTorch() throws {
    let t = Tensor((0..<1001).map { Double($0) / 3 })
    // profile='full' never summarises; 'short' keeps 2 decimals and 2 edge items
    #expect(!t.formatted(.full).contains("..."))
    #expect(t.formatted(.full).hasSuffix("332.6667, 333.0000, 333.3333])"))
    #expect(t.formatted(.short) == "tensor([  0.00,   0.33,  ..., 333.00, 333.33])")
  }
}
