import ArgumentParser
import Foundation
import MLPKit

/// One flag per `MLPClassifier` hyperparameter, with sklearn's defaults. Names are
/// sklearn's in kebab case (`--learning-rate-init`), except `--hidden`
/// (`hidden_layer_sizes`), `--seed` (`random_state`) and `--no-shuffle`.
struct ModelOptions: ParsableArguments {
  @Option(
    name: .customLong("hidden"),
    help: ArgumentHelp(
      "Units per hidden layer, comma-separated (hidden_layer_sizes). (default: 100, or the sizes in --init-weights)",
      valueName: "sizes"))
  var hidden: String?

  @Option(
    help: ArgumentHelp("Hidden activation: identity, logistic, tanh or relu.", valueName: "name"))
  var activation = "relu"

  @Option(help: ArgumentHelp("Weight optimiser: lbfgs, sgd or adam.", valueName: "name"))
  var solver = "adam"

  @Option(parsing: .unconditional, help: "L2 penalty strength, >= 0.")
  var alpha = 0.0001

  @Option(
    name: .customLong("batch-size"),
    help: ArgumentHelp(
      "Minibatch size: auto (min(200, rows)) or a whole number.", valueName: "size"))
  var batchSize = "auto"

  @Option(
    name: .customLong("learning-rate"),
    help: ArgumentHelp("SGD schedule: constant, invscaling or adaptive.", valueName: "schedule"))
  var learningRate = "constant"

  @Option(
    name: .customLong("learning-rate-init"), parsing: .unconditional,
    help: ArgumentHelp("Initial step size (sgd, adam), > 0.", valueName: "rate"))
  var learningRateInit = 0.001

  @Option(
    name: .customLong("power-t"), parsing: .unconditional,
    help: ArgumentHelp("Exponent of the invscaling schedule, >= 0.", valueName: "exponent"))
  var powerT = 0.5

  @Option(
    name: .customLong("max-iter"), parsing: .unconditional,
    help: ArgumentHelp("Most epochs (lbfgs: iterations), >= 1.", valueName: "count"))
  var maxIter = 200

  @Option(
    parsing: .unconditional,
    help:
      "Seed for the weights, the shuffles and the train/test split (random_state), 0...4294967295."
  )
  var seed = 0

  @Flag(name: .customLong("no-shuffle"), help: "Do not reshuffle the training rows every epoch.")
  var noShuffle = false

  @Option(parsing: .unconditional, help: "Improvement an epoch must bring to count, >= 0.")
  var tol = 0.0001

  @Option(
    name: .customLong("n-iter-no-change"), parsing: .unconditional,
    help: ArgumentHelp(
      "Epochs without improvement before stopping: a whole number >= 1, or inf.", valueName: "count"
    ))
  var nIterNoChange = "10"

  @Option(parsing: .unconditional, help: "SGD momentum, in [0, 1].")
  var momentum = 0.9

  @Flag(
    name: .customLong("nesterovs-momentum"), inversion: .prefixedNo,
    help: "SGD: use Nesterov's momentum.")
  var nesterovsMomentum = true

  @Flag(
    name: .customLong("early-stopping"),
    help: "Hold out --validation-fraction of the training rows; stop when their accuracy stalls.")
  var earlyStopping = false

  @Option(
    name: .customLong("validation-fraction"), parsing: .unconditional,
    help: ArgumentHelp("Share held out for early stopping, in (0, 1).", valueName: "fraction"))
  var validationFraction = 0.1

  @Option(name: .customLong("beta-1"), parsing: .unconditional, help: "Adam's beta_1, in [0, 1).")
  var beta1 = 0.9

  @Option(name: .customLong("beta-2"), parsing: .unconditional, help: "Adam's beta_2, in [0, 1).")
  var beta2 = 0.999

  @Option(parsing: .unconditional, help: "Adam's epsilon, > 0.")
  var epsilon = 1e-8

  @Option(
    name: .customLong("max-fun"), parsing: .unconditional,
    help: ArgumentHelp("Most loss evaluations (lbfgs), >= 1.", valueName: "count"))
  var maxFun = 15000

  @Flag(help: "Print each epoch's loss (sklearn's verbose lines) to stdout.")
  var verbose = false

  /// The hidden layer sizes given with `--hidden`, or `nil` when it was left out.
  func hiddenLayerSizes() throws -> [Int]? {
    guard let hidden else { return nil }
    let parts = hidden.split(separator: ",", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
    var sizes: [Int] = []
    for part in parts {
      guard let size = Int(part), size >= 1 else {
        let why = part.isEmpty ? "an empty entry" : "'\(part)' is not a whole number >= 1"
        throw ParameterError(
          parameter: "--hidden", expected: "comma-separated whole numbers >= 1 such as 10,10",
          got: "'\(hidden)' (\(why))")
      }
      sizes.append(size)
    }
    return sizes
  }

  /// A classifier with these settings, checked by `MLPClassifier`'s own validation.
  /// `hidden` overrides `--hidden` (the sizes read from `--init-weights`).
  /// - Throws: `ParameterError` naming the flag.
  func makeClassifier(hidden: [Int]? = nil) throws -> MLPClassifier {
    let iterationsWithoutChange: Int
    if nIterNoChange == "inf" {
      iterationsWithoutChange = Int.max
    } else if let count = Int(nIterNoChange) {
      iterationsWithoutChange = count
    } else {
      throw ParameterError(
        parameter: "--n-iter-no-change", expected: "a whole number >= 1 or inf",
        got: "'\(nIterNoChange)'")
    }
    guard seed >= 0 && seed <= Int(UInt32.max) else {
      throw ParameterError(
        parameter: "--seed", expected: "a whole number in 0...4294967295", got: "\(seed)")
    }
    let classifier = MLPClassifier(
      hiddenLayerSizes: try hidden ?? hiddenLayerSizes() ?? [100],
      activation: try Activation(named: activation), solver: try .init(named: solver),
      alpha: alpha, batchSize: try .init(named: batchSize),
      learningRate: try .init(named: learningRate), learningRateInit: learningRateInit,
      powerT: powerT, maxIter: maxIter, shuffle: !noShuffle, randomState: seed, tol: tol,
      verbose: verbose, momentum: momentum, nesterovsMomentum: nesterovsMomentum,
      earlyStopping: earlyStopping, validationFraction: validationFraction, beta1: beta1,
      beta2: beta2, epsilon: epsilon, nIterNoChange: iterationsWithoutChange, maxFun: maxFun)
    try classifier.validateHyperparameters()
    return classifier
  }
}
