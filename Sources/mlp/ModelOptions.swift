import ArgumentParser
import Foundation
import MLPKit

/// One flag per `MLPClassifier` hyperparameter, with sklearn's defaults. Names are
/// sklearn's in kebab case (`--learning-rate-init`), except `--hidden`
/// (`hidden_layer_sizes`), `--seed` (`random_state`) and `--no-shuffle`.
///
/// Numbers are read as text and parsed by `validate()`, so a value that is not a
/// number (`--alpha abc`) or is negative (`--hidden -1`) gets the flag's own message
/// with its valid range, the same range the help shows and the library checks.
struct ModelOptions: ParsableArguments {
  /// Each numeric flag's valid values, as the library's `ParameterError` words them.
  enum Range {
    static let alpha = "a number in [0, ∞)"
    static let learningRateInit = "a number in (0, ∞)"
    static let powerT = "a number in [0, ∞)"
    static let maxIter = "an integer in [1, ∞)"
    static let seed = "a whole number in 0...4294967295"
    static let tol = "a number in [0, ∞)"
    static let nIterNoChange = "an integer in [1, ∞) or inf"
    static let momentum = "a number in [0, 1]"
    static let validationFraction = "a number in [0, 1)"
    static let beta = "a number in [0, 1)"
    static let epsilon = "a number in (0, ∞)"
    static let maxFun = "an integer in [1, ∞)"
  }

  @Option(
    name: .customLong("hidden"), parsing: .unconditional,
    help: ArgumentHelp(
      "Units per hidden layer, comma-separated whole numbers >= 1 (hidden_layer_sizes). (default: 100, or the sizes in --init-weights)",
      valueName: "sizes"))
  var hidden: String?

  @Option(
    help: ArgumentHelp("Hidden activation: identity, logistic, tanh or relu.", valueName: "name"))
  var activation = "relu"

  @Option(help: ArgumentHelp("Weight optimiser: lbfgs, sgd or adam.", valueName: "name"))
  var solver = "adam"

  @Option(
    name: .customLong("alpha"), parsing: .unconditional,
    help: ArgumentHelp("L2 penalty strength, \(Range.alpha).", valueName: "alpha"))
  var alphaText = "0.0001"

  @Option(
    name: .customLong("batch-size"), parsing: .unconditional,
    help: ArgumentHelp(
      "Minibatch size: auto (min(200, rows)) or an integer in [1, ∞).", valueName: "size"))
  var batchSize = "auto"

  @Option(
    name: .customLong("learning-rate"),
    help: ArgumentHelp("SGD schedule: constant, invscaling or adaptive.", valueName: "schedule"))
  var learningRate = "constant"

  @Option(
    name: .customLong("learning-rate-init"), parsing: .unconditional,
    help: ArgumentHelp(
      "Initial step size (sgd, adam), \(Range.learningRateInit).", valueName: "rate"))
  var learningRateInitText = "0.001"

  @Option(
    name: .customLong("power-t"), parsing: .unconditional,
    help: ArgumentHelp(
      "Exponent of the invscaling schedule, \(Range.powerT).", valueName: "exponent"))
  var powerTText = "0.5"

  @Option(
    name: .customLong("max-iter"), parsing: .unconditional,
    help: ArgumentHelp("Most epochs (lbfgs: iterations), \(Range.maxIter).", valueName: "count"))
  var maxIterText = "200"

  @Option(
    name: .customLong("seed"), parsing: .unconditional,
    help: ArgumentHelp(
      "Seed for the weights, the shuffles and the train/test split (random_state), "
        + "\(Range.seed).", valueName: "seed"))
  var seedText = "0"

  @Flag(name: .customLong("no-shuffle"), help: "Do not reshuffle the training rows every epoch.")
  var noShuffle = false

  @Option(
    name: .customLong("tol"), parsing: .unconditional,
    help: ArgumentHelp("Improvement an epoch must bring to count, \(Range.tol).", valueName: "tol"))
  var tolText = "0.0001"

  @Option(
    name: .customLong("n-iter-no-change"), parsing: .unconditional,
    help: ArgumentHelp(
      "Epochs without improvement before stopping, \(Range.nIterNoChange).", valueName: "count"))
  var nIterNoChange = "10"

  @Option(
    name: .customLong("momentum"), parsing: .unconditional,
    help: ArgumentHelp("SGD momentum, \(Range.momentum).", valueName: "momentum"))
  var momentumText = "0.9"

  @Flag(
    name: .customLong("nesterovs-momentum"), inversion: .prefixedNo,
    help: "SGD: use Nesterov's momentum.")
  var nesterovsMomentum = true

  @Flag(
    name: .customLong("early-stopping"),
    help: "Hold out --validation-fraction of the training rows; stop when their accuracy stalls.")
  var earlyStopping = false

  // sklearn accepts 0 (the fraction is unused without early stopping); with it, the
  // library refuses 0 for sgd and adam: "(0, 1) when --early-stopping is on"
  @Option(
    name: .customLong("validation-fraction"), parsing: .unconditional,
    help: ArgumentHelp(
      "Share held out for early stopping, \(Range.validationFraction); above 0 with "
        + "--early-stopping (sgd, adam).", valueName: "fraction"))
  var validationFractionText = "0.1"

  @Option(
    name: .customLong("beta-1"), parsing: .unconditional,
    help: ArgumentHelp("Adam's beta_1, \(Range.beta).", valueName: "beta"))
  var beta1Text = "0.9"

  @Option(
    name: .customLong("beta-2"), parsing: .unconditional,
    help: ArgumentHelp("Adam's beta_2, \(Range.beta).", valueName: "beta"))
  var beta2Text = "0.999"

  @Option(
    name: .customLong("epsilon"), parsing: .unconditional,
    help: ArgumentHelp("Adam's epsilon, \(Range.epsilon).", valueName: "epsilon"))
  var epsilonText = "1e-08"

  @Option(
    name: .customLong("max-fun"), parsing: .unconditional,
    help: ArgumentHelp("Most loss evaluations (lbfgs), \(Range.maxFun).", valueName: "count"))
  var maxFunText = "15000"

  @Flag(help: "Print each epoch's loss (sklearn's verbose lines) to stdout.")
  var verbose = false

  /// Every number is a number: its range is the library's to check (`makeClassifier`).
  /// - Throws: `ParameterError` naming the flag, its range and the text.
  func validate() throws {
    _ = try numbers()
    _ = try seed()
  }

  /// The numeric flags, parsed.
  func numbers() throws -> (
    alpha: Double, learningRateInit: Double, powerT: Double, maxIter: Int, tol: Double,
    momentum: Double, validationFraction: Double, beta1: Double, beta2: Double,
    epsilon: Double, maxFun: Int
  ) {
    typealias V = FlagValue
    return (
      try V.number(alphaText, "--alpha", Range.alpha),
      try V.number(learningRateInitText, "--learning-rate-init", Range.learningRateInit),
      try V.number(powerTText, "--power-t", Range.powerT),
      try V.integer(maxIterText, "--max-iter", Range.maxIter),
      try V.number(tolText, "--tol", Range.tol),
      try V.number(momentumText, "--momentum", Range.momentum),
      try V.number(validationFractionText, "--validation-fraction", Range.validationFraction),
      try V.number(beta1Text, "--beta-1", Range.beta),
      try V.number(beta2Text, "--beta-2", Range.beta),
      try V.number(epsilonText, "--epsilon", Range.epsilon),
      try V.integer(maxFunText, "--max-fun", Range.maxFun)
    )
  }

  /// `--seed`, a whole number in 0...4294967295 (NumPy's `RandomState` seeds).
  func seed() throws -> Int {
    let seed = try FlagValue.integer(seedText, "--seed", Range.seed)
    guard seed >= 0 && seed <= Int(UInt32.max) else {
      throw ParameterError(parameter: "--seed", expected: Range.seed, got: "\(seed)")
    }
    return seed
  }

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
    } else {
      iterationsWithoutChange = try FlagValue.integer(
        nIterNoChange, "--n-iter-no-change", Range.nIterNoChange)
    }
    let n = try numbers()
    let classifier = MLPClassifier(
      hiddenLayerSizes: try hidden ?? hiddenLayerSizes() ?? [100],
      activation: try Activation(named: activation), solver: try .init(named: solver),
      alpha: n.alpha, batchSize: try .init(named: batchSize),
      learningRate: try .init(named: learningRate), learningRateInit: n.learningRateInit,
      powerT: n.powerT, maxIter: n.maxIter, shuffle: !noShuffle, randomState: try seed(),
      tol: n.tol, verbose: verbose, momentum: n.momentum, nesterovsMomentum: nesterovsMomentum,
      earlyStopping: earlyStopping, validationFraction: n.validationFraction, beta1: n.beta1,
      beta2: n.beta2, epsilon: n.epsilon, nIterNoChange: iterationsWithoutChange,
      maxFun: n.maxFun)
    try classifier.validateHyperparameters()
    return classifier
  }
}
