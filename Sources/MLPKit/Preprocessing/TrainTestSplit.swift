import Foundation

/// How big a part of the data is: a fraction of the samples or a count.
public enum SplitSize: Sendable, Equatable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
  case fraction(Double)
  case count(Int)

  public init(floatLiteral value: Double) { self = .fraction(value) }
  public init(integerLiteral value: Int) { self = .count(value) }
}

/// The row indices of a split, in the order sklearn returns them.
public struct SplitIndices: Equatable, Sendable {
  public let train: [Int]
  public let test: [Int]
}

/// Splits the rows `0..<sampleCount` into train and test parts exactly as sklearn's
/// `train_test_split` does for the same `random_state`.
///
/// Sizes: a fraction `f` of `n` samples gives `ceil(f·n)` test rows or `floor(f·n)`
/// train rows; a count is used as it is; the part not given is the remainder; with
/// neither, 25 % goes to test. Shuffled (the default): one `permutation(n)`; the test
/// rows are its first `nTest` entries, the train rows the next `nTrain`. Stratified:
/// each class is split in proportion (sklearn's `StratifiedShuffleSplit`, with ties in
/// the rounding broken by the same random draws), then both parts are permuted.
/// Unshuffled: the first `nTrain` rows train, the next `nTest` test. Introduced in §2.1.
public func trainTestSplitIndices(
  sampleCount n: Int, testSize: SplitSize? = nil, trainSize: SplitSize? = nil,
  shuffle: Bool = true, stratify: [ClassLabel]? = nil, randomState: inout RandomState
) throws -> SplitIndices {
  guard n <= Tensor.maxElementCount else {
    throw ParameterError(
      parameter: "sampleCount", expected: "at most \(Tensor.maxElementCount) samples", got: "\(n)")
  }
  let (nTrain, nTest) = try splitSizes(n: n, testSize: testSize, trainSize: trainSize)
  guard let stratify else {
    if !shuffle {
      return SplitIndices(train: Array(0..<nTrain), test: Array(nTrain..<(nTrain + nTest)))
    }
    let permutation = randomState.permutation(n)
    return SplitIndices(
      train: Array(permutation[nTest..<(nTest + nTrain)]), test: Array(permutation[0..<nTest]))
  }
  guard shuffle else {
    throw ParameterError(
      parameter: "stratify",
      expected: "nil when shuffle is false (a stratified split must shuffle)",
      got: "\(stratify.count) labels")
  }
  guard stratify.count == n else {
    throw ShapeError(
      operation: "trainTestSplit(stratify:)", shapes: [[n], [stratify.count]],
      reason: "one label per sample is needed")
  }
  return try stratifiedSplit(
    labels: stratify, nTrain: nTrain, nTest: nTest, randomState: &randomState)
}

/// Splits `x` and `y` together; see `trainTestSplitIndices` for the rules.
///
/// Returns `(xTrain, xTest, yTrain, yTest)` in sklearn's order. With an integer
/// `randomState` the split is the one sklearn makes for `random_state=randomState`.
public func trainTestSplit(
  _ x: Tensor, _ y: [ClassLabel], testSize: SplitSize? = nil, trainSize: SplitSize? = nil,
  randomState: Int = 0, shuffle: Bool = true, stratify: [ClassLabel]? = nil
) throws -> (xTrain: Tensor, xTest: Tensor, yTrain: [ClassLabel], yTest: [ClassLabel]) {
  guard x.rank == 2 || x.rank == 1, x.rowCount == y.count else {
    throw ShapeError(
      operation: "trainTestSplit", shapes: [x.shape, [y.count]],
      reason: "x needs one row per label")
  }
  var rng = try RandomState(checkedSeed: randomState)
  let split = try trainTestSplitIndices(
    sampleCount: y.count, testSize: testSize, trainSize: trainSize, shuffle: shuffle,
    stratify: stratify, randomState: &rng)
  return (
    try x.rows(split.train), try x.rows(split.test), split.train.map { y[$0] },
    split.test.map { y[$0] }
  )
}

/// sklearn's `_validate_shuffle_split`: the train and test counts, or an error in its terms.
func splitSizes(n: Int, testSize: SplitSize?, trainSize: SplitSize?) throws -> (Int, Int) {
  func check(_ size: SplitSize?, _ name: String) throws {
    switch size {
    case .fraction(let f) where !(f > 0 && f < 1):
      throw ParameterError(
        parameter: name,
        expected: "a fraction in (0, 1) or a count in 1...\(n - 1)", got: "\(f)")
    case .count(let c) where !(c > 0 && c < n):
      throw ParameterError(
        parameter: name,
        expected:
          "a count in 1...\(n - 1) (positive and smaller than the \(n) samples) or a fraction in (0, 1)",
        got: "\(c)")
    default: break
    }
  }
  try check(testSize, "testSize")
  try check(trainSize, "trainSize")
  if case .fraction(let a) = testSize, case .fraction(let b) = trainSize, a + b > 1 {
    throw ParameterError(
      parameter: "testSize + trainSize", expected: "at most 1", got: "\(a + b)")
  }
  let test = testSize ?? (trainSize == nil ? .fraction(0.25) : nil)
  var nTest: Int? = nil
  var nTrain: Int? = nil
  switch test {
  case .fraction(let f): nTest = Int((f * Double(n)).rounded(.up))
  case .count(let c): nTest = c
  case nil: break
  }
  switch trainSize {
  case .fraction(let f): nTrain = Int((f * Double(n)).rounded(.down))
  case .count(let c): nTrain = c
  case nil: break
  }
  let train = nTrain ?? (n - (nTest ?? 0))
  let testCount = nTest ?? (n - train)
  guard train + testCount <= n else {
    throw ParameterError(
      parameter: "trainSize + testSize",
      expected: "at most the \(n) samples", got: "\(train) + \(testCount) = \(train + testCount)")
  }
  guard train > 0 else {
    throw ParameterError(
      parameter: "trainSize",
      expected: "large enough to leave at least one training sample of the \(n)",
      got: "\(train) training samples")
  }
  return (train, testCount)
}

/// sklearn's `StratifiedShuffleSplit` for one split, draw for draw.
func stratifiedSplit(
  labels: [ClassLabel], nTrain: Int, nTest: Int, randomState rng: inout RandomState
) throws -> SplitIndices {
  let classes = try ClassLabel.sortedClasses(labels)
  let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
  let y = labels.map { index[$0]! }  // every label is one of `classes`
  var counts = [Int](repeating: 0, count: classes.count)
  for c in y { counts[c] += 1 }
  if let fewest = counts.min(), fewest < 2 {
    let few = zip(classes, counts).filter { $0.1 < 2 }.map { "\($0.0)" }
    throw LabelError(
      "The least populated class in y has only \(fewest) member, which is too few to stratify; "
        + "every class needs at least 2. Classes with too few members: [\(few.joined(separator: ", "))]"
    )
  }
  guard nTrain >= classes.count else {
    throw ParameterError(
      parameter: "trainSize", expected: "at least the number of classes = \(classes.count)",
      got: "\(nTrain)")
  }
  guard nTest >= classes.count else {
    throw ParameterError(
      parameter: "testSize", expected: "at least the number of classes = \(classes.count)",
      got: "\(nTest)")
  }
  // rows of each class in their original order (a stable sort by class)
  var classRows = [[Int]](repeating: [], count: classes.count)
  for (row, c) in y.enumerated() { classRows[c].append(row) }
  let trainPerClass = approximateMode(counts, draws: nTrain, rng: &rng)
  let remaining = zip(counts, trainPerClass).map { $0 - $1 }
  let testPerClass = approximateMode(remaining, draws: nTest, rng: &rng)
  var train: [Int] = []
  var test: [Int] = []
  for c in classes.indices {
    let permuted = rng.permutation(counts[c]).map { classRows[c][$0] }
    train += permuted[0..<trainPerClass[c]]
    test += permuted[trainPerClass[c]..<(trainPerClass[c] + testPerClass[c])]
  }
  rng.shuffle(&train)
  rng.shuffle(&test)
  return SplitIndices(train: train, test: test)
}

/// sklearn's `_approximate_mode`: how many of `draws` each class gets, in proportion
/// to `counts`; leftover draws go to the largest remainders, ties broken at random.
func approximateMode(_ counts: [Int], draws: Int, rng: inout RandomState) -> [Int] {
  let total = Double(counts.reduce(0, +))
  let continuous = counts.map { Double($0) / total * Double(draws) }
  var floored = continuous.map { $0.rounded(.down) }
  var needToAdd = Int(Double(draws) - floored.reduce(0, +))
  if needToAdd > 0 {
    let remainder = zip(continuous, floored).map { $0 - $1 }
    for value in Set(remainder).sorted(by: >) {
      let candidates = remainder.indices.filter { remainder[$0] == value }
      let addNow = Swift.min(candidates.count, needToAdd)
      // rng.choice(candidates, addNow, replace=False) = permutation(len)[:addNow]
      let chosen = rng.permutation(candidates.count).prefix(addNow).map { candidates[$0] }
      for i in chosen { floored[i] += 1 }
      needToAdd -= addNow
      if needToAdd == 0 { break }
    }
  }
  return floored.map { Int($0) }
}
