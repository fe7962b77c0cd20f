import MLPKit
import Testing

/// NumPy's and PyTorch's streams, checked against values printed by NumPy 2.4 and
/// PyTorch 2.15 (see Tools/reference/).
@Suite struct RandomStreamTests {
  @Test func randomStateMatchesNumpyDrawForDraw() {
    var rs = RandomState(seed: 42)
    #expect(rs.randomSample() == 0.3745401188473625)
    #expect(rs.uniform(low: -1, high: 2) == 1.8521429192297485)
    #expect(rs.permutation(10) == [3, 9, 0, 8, 5, 2, 1, 6, 4, 7])
    // the polar method yields two normals per accepted pair; the second is cached
    #expect(rs.normal() == 0.3925797504024593)
    #expect(rs.normal() == -0.9291846669305591)
    #expect(rs.normal(loc: 3, scale: 2) == 3.1596636244314094)
  }

  @Test func shuffleMatchesNumpy() {
    var rs = RandomState(seed: 7)
    var a = Array(0..<20)
    rs.shuffle(&a)
    #expect(a == [1, 17, 2, 5, 11, 0, 18, 6, 13, 19, 10, 14, 8, 16, 9, 12, 7, 3, 4, 15])
  }

  @Test func seedOutsideNumpysRangeThrows() {
    #expect(throws: ParameterError.self) { try RandomState(checkedSeed: -1) }
    #expect(throws: ParameterError.self) { try RandomState(checkedSeed: 1 << 32) }
  }

  @Test func torchGeneratorMatchesLinearInitAndUniform() {
    var g = TorchGenerator(manualSeed: 3)
    #expect(
      g.uniform(from: -0.3, to: 0.7, count: 5) == [
        -0.29573649168014526, -0.1944306492805481, -0.014157533645629883,
        -0.2730451822280884, 0.17161434888839722,
      ])
  }
}
