import Foundation
import MLPKit
import Testing

/// The tensor core: construction, broadcasting, matmul, reductions, argmax, softmax,
/// and the errors a wrong shape gives. Expected values are worked by hand or are
/// PyTorch's documented behaviour (reference §3.4).
@Suite struct TensorTests {
  let logits = try! Tensor(rows: [[2.1, 0.3], [-1.2, 3.4], [0.8, -0.5]])

  @Test func constructionChecksShapes() throws {
    #expect(try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6]).shape == [2, 3])
    let wrongCount = #expect(throws: ShapeError.self) {
      try Tensor(shape: [2, 3], scalars: [1, 2])
    }
    #expect(
      wrongCount?.description
        == "Tensor(shape:scalars:): shape [2, 3] does not fit (it holds 6 elements but 2 were given)"
    )
    let ragged = #expect(throws: ShapeError.self) { try Tensor(rows: [[1, 2], [3]]) }
    #expect(ragged?.description.contains("row 1 has 1 elements, row 0 has 2") == true)
    #expect(throws: ShapeError.self) { try Tensor(shape: [1, 2, 3], scalars: [1, 2, 3, 4, 5, 6]) }
    #expect(Tensor(scalar: 3).rank == 0)
  }

  @Test func broadcastingAddsABiasToEveryRow() throws {
    let x = try Tensor(rows: [[1, 2, 3], [4, 5, 6]])
    #expect(try (x + Tensor([10, 20, 30])).scalars == [11, 22, 33, 14, 25, 36])
    // a column [2, 1] divides each row by its own number
    let column = try Tensor(shape: [2, 1], scalars: [1, 2])
    #expect(try (x / column).scalars == [1, 2, 3, 2, 2.5, 3])
    #expect(try (x * Tensor(scalar: 2)).scalars == [2, 4, 6, 8, 10, 12])
    #expect((x - 1).scalars == [0, 1, 2, 3, 4, 5])
    let bad = #expect(throws: ShapeError.self) { try x + Tensor([1, 2]) }
    #expect(bad?.description.contains("+: shapes [2, 3] and [2] do not fit") == true)
  }

  @Test func matmulAndTranspose() throws {
    let x = try Tensor(rows: [[1, 2], [3, 4], [5, 6]])  // [3, 2]
    let w = try Tensor(rows: [[1, 0, -1], [2, 1, 0]])  // [2, 3]
    let y = try x.matmul(w)
    #expect(y.shape == [3, 3])
    #expect(y.scalars == [5, 2, -1, 11, 4, -3, 17, 6, -5])
    #expect(x.transposed.shape == [2, 3])
    #expect(x.transposed.scalars == [1, 3, 5, 2, 4, 6])
    #expect(try x.matmul(Tensor([1, 1])).scalars == [3, 7, 11])
    #expect(try Tensor([1, 2]).matmul(Tensor([3, 4])).item == 11)
    let bad = #expect(throws: ShapeError.self) { try x.matmul(x) }
    #expect(
      bad?.description
        == "matmul: shapes [3, 2] and [3, 2] do not fit (inner dimensions 2 and 3 differ)")
  }

  @Test func reductionsAlongEachDimension() throws {
    let x = try Tensor(rows: [[1, 2, 3], [4, 5, 6]])
    #expect(try x.sum(dim: 0).scalars == [5, 7, 9])
    #expect(try x.sum(dim: 1).scalars == [6, 15])
    #expect(try x.sum(dim: -1).shape == [2])
    #expect(try x.mean(dim: 0).scalars == [2.5, 3.5, 4.5])
    #expect(try x.max(dim: 1).scalars == [3, 6])
    #expect(try x.min(dim: 0).scalars == [1, 2, 3])
    #expect(x.sum() == 21)
    let bad = #expect(throws: ShapeError.self) { try x.sum(dim: 2) }
    #expect(bad?.description.contains("dim must be in -2...1") == true)
  }

  @Test func argmaxFollowsTorch() throws {
    // the seed's example: tensor([0, 1, 0])
    #expect(try logits.argmax(dim: 1).values == [0, 1, 0])
    #expect(try logits.argmax(dim: 0).values == [0, 1])
    // ties: the first index wins
    #expect(try Tensor([1, 3, 3, 2]).argmax(dim: 0).values == [1])
    #expect(try Tensor(rows: [[5, 5], [0, 1]]).argmax(dim: 1).values == [0, 1])
    // NaN counts as the maximum
    #expect(try Tensor([1, .nan, 3]).argmax(dim: 0).values == [1])
    #expect(try Tensor([.nan, .nan, 3]).argmax() == 0)
    #expect(throws: ShapeError.self) { try Tensor([]).argmax(dim: 0) }
  }

  @Test func softmaxIsStableAndSumsToOne() throws {
    let p = try Tensor(rows: [[1000, 1001], [0, 0], [-1000, 0]]).softmax(dim: 1)
    #expect(p.scalars.allSatisfy { $0.isFinite })
    #expect(isClose(try p.element(0, 1), 1 / (1 + exp(-1.0)), rtol: 1e-15))
    #expect(try p.sum(dim: 1).scalars.allSatisfy { isClose($0, 1, rtol: 1e-15) })
    let logP = try Tensor(rows: [[-1000, 0]]).logSoftmax(dim: 1)
    #expect(try logP.element(0, 0) == -1000)
    #expect(try logP.element(0, 1) == 0)
    // softmax along dim 0 normalises columns
    #expect(
      try logits.softmax(dim: 0).sum(dim: 0).scalars.allSatisfy { isClose($0, 1, rtol: 1e-15) })
  }

  @Test func rowsAndIndexingCheckBounds() throws {
    #expect(try logits.row(1).scalars == [-1.2, 3.4])
    #expect(try logits.rows(1..<3).shape == [2, 2])
    #expect(try logits.rows([2, 0]).scalars == [0.8, -0.5, 2.1, 0.3])
    let bad = #expect(throws: ShapeError.self) { try logits.row(3) }
    #expect(bad?.description.contains("index 3 is outside the valid range 0..<3") == true)
    #expect(throws: ShapeError.self) { try logits.element(0, 2) }
    #expect(throws: ShapeError.self) { try logits.rows(2..<4) }
    #expect(try logits.reshaped([6]).shape == [6])
    #expect(throws: ShapeError.self) { try logits.reshaped([4]) }
  }
}
