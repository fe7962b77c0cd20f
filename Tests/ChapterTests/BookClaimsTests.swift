import Foundation
import MLPKit
import Testing

/// Numbers book.md states about scikit-learn that no chapter prints (so the doc-tests
/// cannot bind them): our library reproduces each (Tools/reference/book_claims.py) and
/// the book quotes what it gives.
@Suite struct BookClaimsTests {
  struct Claims: Decodable {
    struct Run: Decodable {
      let n_iter: Int
      let loss: Double
      let accuracy: Double
    }
    let max_iter_1000: Run
  }

  /// §2.7: "given up to 1000 epochs, scikit-learn stops by itself after N, with a
  /// training loss of L and the same test accuracy".
  @Test func theSeedExampleGivenAThousandEpochs() throws {
    let sklearn = try Chapter3Reference.load("book_claims", as: Claims.self).max_iter_1000
    let moons = try makeMoons(nSamples: 1000, noise: 0.2, randomState: 42)
    let split = try trainTestSplit(moons.x, moons.y, testSize: 0.2, randomState: 42)
    var scaler = StandardScaler()
    let xTrain = try scaler.fitTransform(split.xTrain)
    let xTest = try scaler.transform(split.xTest)
    let model = MLPClassifier(hiddenLayerSizes: [100], maxIter: 1000, randomState: 42)
    model.warningSink = { _ in }
    try model.fit(xTrain, split.yTrain)
    #expect(model.nIter == sklearn.n_iter)
    let loss = try #require(model.loss)
    #expect(abs(loss - sklearn.loss) <= 1e-9 * sklearn.loss)
    #expect(try model.score(xTest, split.yTest) == sklearn.accuracy)

    let book = try String(
      contentsOf: Chapter3Reference.folder.deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("book.md"), encoding: .utf8)
    let sentence =
      "scikit-learn stops by itself after \(sklearn.n_iter), with a training loss of "
      + "\(sklearn.loss.fixed(4)) and the same\ntest accuracy"
    #expect(book.contains(sentence), "book.md should say: \(sentence)")
  }
}
