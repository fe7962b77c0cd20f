/// How many samples `makeBlobs` draws: a total shared out among the centres, or one
/// count per centre (sklearn's `n_samples` as an int or an array).
///
/// Write `100` or `[30, 50, 20]`; from variables, `.total(n)` or `.perCenter(counts)`.
/// Introduced in §2.1.
public enum BlobSampleCounts: Sendable, Equatable, ExpressibleByIntegerLiteral,
  ExpressibleByArrayLiteral
{
  /// `n` samples in all: each of `k` centres gets `n / k`, the first `n % k` one more.
  case total(Int)
  /// `counts[i]` samples around centre `i`; the number of centres is `counts.count`.
  case perCenter([Int])

  /// `100` means `.total(100)`.
  public init(integerLiteral value: Int) { self = .total(value) }
  /// `[30, 50]` means `.perCenter([30, 50])`.
  public init(arrayLiteral elements: Int...) { self = .perCenter(elements) }
}

/// Where `makeBlobs` puts its centres: a number of random centres, or the coordinates
/// themselves (sklearn's `centers` as an int or an array of shape
/// `[centres, features]`).
///
/// Write `4` or `[[0, 0], [3, 3]]`; from variables, `.count(k)` or
/// `.coordinates(rows)`. Introduced in §2.1.
public enum BlobCenters: Sendable, Equatable, ExpressibleByIntegerLiteral,
  ExpressibleByArrayLiteral
{
  /// `k` centres drawn uniformly from `centerBox` in every feature.
  case count(Int)
  /// Fixed centres, one row each; their length sets the number of features.
  case coordinates([[Double]])

  /// `4` means `.count(4)`.
  public init(integerLiteral value: Int) { self = .count(value) }
  /// `[[0, 0], [3, 3]]` means `.coordinates([[0, 0], [3, 3]])`.
  public init(arrayLiteral elements: [Double]...) { self = .coordinates(elements) }
}

/// The standard deviation of `makeBlobs`' clusters: one for all, or one per centre
/// (sklearn's `cluster_std` as a float or an array).
///
/// Write `1.5` or `[0.5, 2.0]`; from variables, `.same(s)` or `.perCenter(values)`.
/// Introduced in §2.1.
public enum ClusterStd: Sendable, Equatable, ExpressibleByFloatLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral
{
  /// Every cluster has standard deviation `σ`.
  case same(Double)
  /// Cluster `i` has standard deviation `values[i]`.
  case perCenter([Double])

  /// `1.5` means `.same(1.5)`.
  public init(floatLiteral value: Double) { self = .same(value) }
  /// `2` means `.same(2.0)`.
  public init(integerLiteral value: Int) { self = .same(Double(value)) }
  /// `[0.5, 2]` means `.perCenter([0.5, 2.0])`.
  public init(arrayLiteral elements: Double...) { self = .perCenter(elements) }
}
