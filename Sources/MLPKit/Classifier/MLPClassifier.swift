/// A multi-layer perceptron classifier that computes exactly what scikit-learn 1.9's
/// `MLPClassifier` computes: the same initial weights, shuffles, minibatches, loss,
/// gradients, Adam/SGD steps, stopping rules, warnings and verbose lines.
///
/// Shapes: `x` is `[samples, features]`; hidden layer `i` has `hiddenLayerSizes[i]`
/// units; the output layer has one sigmoid unit for two classes (or one) and a
/// softmax over `K` units for `K ≥ 3` classes. `coefs[i]` is `[fanIn, fanOut]` and the
/// forward pass is `a ← f(a · coefs[i] + intercepts[i])`.
///
/// The initialiser only stores hyperparameters, with sklearn's defaults and
/// Swift-cased names; they are checked when `fit` runs, as sklearn does. They are
/// `var`s, so a chapter can change `maxIter` between warm-start fits like
/// `set_params`. Multilabel targets and `sample_weight` are not supported.
///
/// `randomState`: an integer seed recreates `RandomState(seed)` at every `fit` and
/// `partialFit` call, exactly as sklearn does. `nil` (sklearn's "NumPy's global
/// stream") has no global equivalent here: the model keeps its own stream, seeded
/// once with 0 when it is created and continued across calls. So repeated fits of
/// one model differ (as in sklearn), yet every run of a program prints the same
/// numbers; the first fit equals a fit with `randomState: 0`.
///
/// A single class in `y` is accepted, as in sklearn: the model trains one sigmoid
/// towards 0, always predicts that class, and `predictProba` still has two columns.
/// This is a pitfall worth checking for. Introduced in §2.2.
public final class MLPClassifier {
  // MARK: Hyperparameters (sklearn's names in Swift casing, sklearn's defaults)

  /// Units per hidden layer, e.g. `[10, 10]`; every entry must be > 0.
  public var hiddenLayerSizes: [Int]
  /// The hidden layers' activation (the output is always sigmoid or softmax).
  public var activation: Activation
  /// `.adam` (default), `.sgd` or `.lbfgs`.
  public var solver: Solver
  /// L2 strength `≥ 0`; the loss adds `0.5·alpha·Σ‖W‖² / batchSize`.
  public var alpha: Double
  /// Samples per minibatch: `.auto` is `min(200, n)` (SGD and Adam).
  public var batchSize: BatchSize
  /// SGD's schedule (Adam ignores it).
  public var learningRate: LearningRateSchedule
  /// The step size, `> 0` (SGD and Adam).
  public var learningRateInit: Double
  /// The exponent of `.invscaling`, `≥ 0`.
  public var powerT: Double
  /// Epochs for SGD and Adam, iterations for L-BFGS; `≥ 1`.
  public var maxIter: Int
  /// Reshuffle the samples every epoch (SGD and Adam).
  public var shuffle: Bool
  /// A seed in `0...4294967295`, or `nil` for the model's own stream (see above).
  public var randomState: Int?
  /// The improvement an epoch must bring (L-BFGS: the gradient-norm tolerance).
  public var tol: Double
  /// Print `Iteration N, loss = …` lines through `verboseSink`.
  public var verbose: Bool
  /// Let `fit` continue from the current weights instead of starting over.
  public var warmStart: Bool
  /// SGD momentum in `[0, 1]`.
  public var momentum: Double
  /// SGD's look-ahead update `θ += μv − lr·g` instead of `θ += v`.
  public var nesterovsMomentum: Bool
  /// Hold out `validationFraction` of the data and stop when its accuracy stalls.
  public var earlyStopping: Bool
  /// In `[0, 1)`; must be > 0 when `earlyStopping` is on.
  public var validationFraction: Double
  /// Adam's first-moment decay rate, in `[0, 1)`.
  public var beta1: Double
  /// Adam's second-moment decay rate, in `[0, 1)`.
  public var beta2: Double
  /// Adam's ε, `> 0`.
  public var epsilon: Double
  /// Epochs without improvement tolerated (`Int.max` for never stopping early).
  public var nIterNoChange: Int
  /// The most loss evaluations L-BFGS may make.
  public var maxFun: Int

  // MARK: Output channels

  /// Receives every warning (default: one line on stderr, `Category: message`).
  public var warningSink: (Warning) -> Void
  /// Receives every verbose line (default: stdout).
  public var verboseSink: (String) -> Void

  // MARK: Injected initial weights

  /// Weights to start every fresh fit from instead of Glorot draws (`[fanIn, fanOut]`).
  public internal(set) var initialCoefs: [Tensor]?
  /// Biases to start every fresh fit from (`[fanOut]` each).
  public internal(set) var initialIntercepts: [Tensor]?

  // MARK: Fitted state

  /// The class labels, sorted as `np.unique` sorts them; empty before fitting.
  public internal(set) var classes: [ClassLabel] = []
  /// The last epoch's training loss (L-BFGS: the final loss); `nil` before fitting.
  public internal(set) var loss: Double?
  /// The smallest value of `lossCurve`; `nil` with early stopping or L-BFGS.
  public internal(set) var bestLoss: Double?
  /// One training loss per epoch, the running mean of that epoch's minibatch losses,
  /// appended across warm starts and `partialFit` calls; empty for L-BFGS.
  public internal(set) var lossCurve: [Double] = []
  /// Validation accuracy after each epoch when `earlyStopping` is on, else `nil`.
  public internal(set) var validationScores: [Double]?
  /// The best of `validationScores` (`nil` without early stopping).
  public internal(set) var bestValidationScore: Double?
  /// Training samples seen, summed over every epoch and call (0 for L-BFGS).
  public internal(set) var t = 0
  /// Epochs (or L-BFGS iterations) run by the last `fit` or `partialFit` call.
  public internal(set) var nIter = 0
  /// The number of features `fit` saw; `predict` requires the same.
  public internal(set) var nFeaturesIn: Int?
  /// Number of outputs: 1 for two classes (or one), `K` for `K ≥ 3`.
  public internal(set) var nOutputs = 0
  /// `hiddenLayerSizes.count + 2` once fitted, else 0.
  public internal(set) var nLayers = 0

  // MARK: Internal state

  var network: MLPNetwork?
  var optimizer: MLPStochasticOptimizer?
  var noImprovementCount = 0
  /// The early-stopping snapshot (sklearn's `_best_coefs`, `_best_intercepts`).
  var bestNetwork: MLPNetwork?
  /// After sklearn restores its snapshot, the snapshot *is* the live weights (the
  /// same arrays), so later updates move it too until a new best is copied.
  var bestIsLive = false
  var classIndex: [ClassLabel: Int] = [:]
  /// The stream used when `randomState` is `nil`, continued across calls.
  var ownStream = RandomState(seed: 0)

  /// Stores the hyperparameters; nothing is checked or drawn until `fit`.
  /// Introduced in §2.2.
  public init(
    hiddenLayerSizes: [Int] = [100], activation: Activation = .relu, solver: Solver = .adam,
    alpha: Double = 1e-4, batchSize: BatchSize = .auto,
    learningRate: LearningRateSchedule = .constant, learningRateInit: Double = 0.001,
    powerT: Double = 0.5, maxIter: Int = 200, shuffle: Bool = true, randomState: Int? = nil,
    tol: Double = 1e-4, verbose: Bool = false, warmStart: Bool = false, momentum: Double = 0.9,
    nesterovsMomentum: Bool = true, earlyStopping: Bool = false, validationFraction: Double = 0.1,
    beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, nIterNoChange: Int = 10,
    maxFun: Int = 15000
  ) {
    self.hiddenLayerSizes = hiddenLayerSizes
    self.activation = activation
    self.solver = solver
    self.alpha = alpha
    self.batchSize = batchSize
    self.learningRate = learningRate
    self.learningRateInit = learningRateInit
    self.powerT = powerT
    self.maxIter = maxIter
    self.shuffle = shuffle
    self.randomState = randomState
    self.tol = tol
    self.verbose = verbose
    self.warmStart = warmStart
    self.momentum = momentum
    self.nesterovsMomentum = nesterovsMomentum
    self.earlyStopping = earlyStopping
    self.validationFraction = validationFraction
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.nIterNoChange = nIterNoChange
    self.maxFun = maxFun
    self.warningSink = MLPClassifier.printWarning
    self.verboseSink = MLPClassifier.printLine
  }
}
