import Foundation
import MLPKit
import Testing

/// `MLPClassifier.description` against sklearn's `repr`
/// (Tools/reference/sklearn_mlp_repr.py → Tests/Fixtures/sklearn_mlp_repr.json).
@Suite struct MLPClassifierDescriptionTests {
  struct Case: Decodable {
    let params: [String: JSONValue]
    let repr: String
  }
  struct File: Decodable { let cases: [Case] }

  @Test func printsLikeSklearn() throws {
    let cases = try Fixtures.load("sklearn_mlp_repr", as: File.self).cases
    #expect(cases.count == 8)
    for c in cases {
      #expect(try makeClassifier(c.params).description == c.repr)
    }
  }

  @Test func theSeedModelPrintsOnTwoLines() {
    let model = MLPClassifier(
      hiddenLayerSizes: [10, 10], activation: .relu, solver: .adam, maxIter: 1, randomState: 42,
      warmStart: true)
    #expect(
      "\(model)"
        == "MLPClassifier(hidden_layer_sizes=(10, 10), max_iter=1, random_state=42,\n              warm_start=True)"
    )
  }
}
