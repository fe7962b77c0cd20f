import Foundation
import MLPKit
import Testing

/// `solver: .lbfgs` against sklearn + scipy's L-BFGS-B
/// (Tools/reference/sklearn_mlp_lbfgs.py → Tests/Fixtures/sklearn_mlp_lbfgs.json).
@Suite struct MLPClassifierLBFGSTests {
  struct Dataset: Decodable {
    let rows: Int
    let features: Int
    let x: [Double]
    let y: [FixtureLabel]
    let scale: Double
  }
  struct Case: Decodable {
    let name: String
    let data: String
    let params: [String: JSONValue]
    let n_iter: Int
    let t: Int
    let loss: Double
    let score: Double
    let predict: [FixtureLabel]
    let coef_shapes: [[Int]]
    let warnings: [[String]]
    let stdout: [String]
  }
  struct File: Decodable {
    let datasets: [String: Dataset]
    let cases: [Case]
  }

  static let names = [
    "moons_5_rs0", "moons_10_10_tanh_alpha", "iris_10", "iris_logistic_alpha", "digits_16",
    "blobs_names", "moons_max_iter_10", "moons_max_fun_20",
  ]

  static func load() throws -> File { try Fixtures.load("sklearn_mlp_lbfgs", as: File.self) }

  static func fitted(_ name: String) throws -> (
    MLPClassifier, Case, Tensor, [ClassLabel], CapturedOutput
  ) {
    let file = try load()
    let c = try #require(file.cases.first { $0.name == name })
    let d = try #require(file.datasets[c.data])
    let x = try Tensor(shape: [d.rows, d.features], scalars: d.x.map { $0 / d.scale })
    let y = d.y.map(\.label)
    let model = try makeClassifier(c.params)
    let output = CapturedOutput()
    output.attach(to: model)
    try model.fit(x, y)
    return (model, c, x, y, output)
  }

  @Test func fixtureListsEveryCase() throws {
    #expect(try Self.load().cases.map(\.name) == Self.names)
  }

  @Test(arguments: names) func matchesSklearn(_ name: String) throws {
    let (model, c, x, y, output) = try Self.fitted(name)
    let loss = try #require(model.loss)
    #expect(isClose(loss, c.loss, rtol: 1e-4), "loss \(loss) vs sklearn's \(c.loss)")
    // the same iterates up to rounding: rounding only shows after many iterations
    #expect(abs(model.nIter - c.n_iter) <= max(1, c.n_iter / 10), "\(model.nIter) iterations")
    #expect(try model.score(x, y) == c.score)
    #expect(try model.predict(x) == c.predict.map(\.label))
    #expect(model.coefs.map(\.shape) == c.coef_shapes)
    #expect(model.t == c.t)
    #expect(model.lossCurve.isEmpty)
    #expect(model.bestLoss == nil)
    #expect(model.validationScores == nil)
    #expect(model.optimizerState == nil)
    #expect(output.lines == c.stdout)
    #expect(output.warnings == c.warnings)
  }

  @Test(arguments: ["moons_5_rs0", "iris_10", "digits_16", "blobs_names"])
  func shortRunsTakeSklearnsIterationCount(_ name: String) throws {
    let (model, c, _, _, _) = try Self.fitted(name)
    #expect(model.nIter == c.n_iter)
  }

  @Test func moonsMatchesTheReferenceNotes() throws {
    // reference §1.13: moons(300, .2, 0), (5,), random_state 0 → n_iter_ 42, loss_ 0.05405…
    let (model, c, x, y, _) = try Self.fitted("moons_5_rs0")
    #expect(c.n_iter == 42)
    #expect(c.loss == 0.0540529445665678)
    #expect(model.nIter == 42)
    #expect(isClose(model.loss ?? .nan, 0.0540529445665678, rtol: 1e-4))
    #expect(isClose(try model.score(x, y), 0.98333, rtol: 1e-5))
  }

  @Test func limitsAreHonouredAndCounted() throws {
    let (iterLimited, _, _, _, iterOutput) = try Self.fitted("moons_max_iter_10")
    #expect(iterLimited.nIter == 10)
    #expect(iterOutput.warnings.count == 1)
    let (funLimited, c, _, _, funOutput) = try Self.fitted("moons_max_fun_20")
    #expect(funLimited.nIter == c.n_iter)
    #expect(
      funOutput.warnings.first?[1].contains("STOP: TOTAL NO. OF F,G EVALUATIONS EXCEEDS LIMIT")
        == true)
  }
}
