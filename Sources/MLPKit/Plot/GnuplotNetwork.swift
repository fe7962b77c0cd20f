/// A trained MLP written as gnuplot code: its weights as arrays and its forward
/// pass as a function `p(x,y)`, so gnuplot samples the network itself at any
/// resolution and the script stays a few kilobytes.
///
/// For layers l = 1…L with sizes n₀ = 2 → n₁ → … → n_L:
/// ```
/// array W1[2*n1] = [...]     # W_l as [fanIn, fanOut], row-major: W1[(i-1)*n1 + j]
/// array B1[n1] = [...]
/// array H1[n1]               # the layer's activations, filled point by point
/// p(x,y) = (sum [j=1:n1] (H1[j] = act(B1[j] + W1[j]*x + W1[n1+j]*y), 0), …, out(…))
/// ```
/// Each `sum` is a loop that stores one layer's activations (`(a = b, 0)` assigns
/// and adds nothing), so the cost per point is one multiply per weight. The output
/// is P(class 1): σ(z) for one logistic output (sklearn's binary `out_activation_`),
/// σ(z₁ − z₀) = softmax(z)₁ for two logits (PyTorch's binary head). Every weight is
/// written with 17 significant digits, so gnuplot evaluates the same network as
/// Swift to about 1e-15. σ is written in its stable form (no `exp` overflow, which
/// gnuplot turns into an undefined point). Introduced in §2.5.
public struct GnuplotNetwork: Sendable, Equatable {
  /// How a weight matrix is stored.
  public enum WeightLayout: Sendable, Equatable {
    /// `[fanIn, fanOut]`, sklearn's `coefs_` (`a · W + b`).
    case fanInByFanOut
    /// `[fanOut, fanIn]`, PyTorch's `nn.Linear.weight` (`a · Wᵀ + b`).
    case outByIn
  }

  /// The weights as `[fanIn, fanOut]`, whatever layout they came in.
  public let weights: [Tensor]
  /// One bias vector per layer, `[fanOut]`.
  public let biases: [Tensor]
  /// The hidden layers' activation (the output is always turned into P(class 1)).
  public let activation: Activation

  /// - Throws: `ShapeError` naming the layer when a weight matrix is not 2-D, the
  ///   first one does not take 2 inputs, consecutive layers do not fit, a bias does
  ///   not match its layer, or the output has neither 1 nor 2 units;
  ///   `ParameterError` for a non-finite weight.
  public init(weights: [Tensor], biases: [Tensor], layout: WeightLayout, activation: Activation)
    throws
  {
    guard !weights.isEmpty, weights.count == biases.count else {
      throw ShapeError(
        operation: "GnuplotNetwork", shapes: [[weights.count], [biases.count]],
        reason: "need one bias vector per weight matrix, and at least one layer")
    }
    var stored: [Tensor] = []
    for (l, (w, b)) in zip(weights, biases).enumerated() {
      guard w.rank == 2 else {
        throw ShapeError(
          operation: "GnuplotNetwork layer \(l + 1)", shapes: [w.shape],
          reason: "a weight matrix must be 2-D")
      }
      let fanInByFanOut = layout == .outByIn ? w.transposed : w
      let fanIn = fanInByFanOut.shape[0]
      let expectedIn = l == 0 ? 2 : stored[l - 1].shape[1]
      guard fanIn == expectedIn else {
        let what = layout == .outByIn ? "[out, in]" : "[fanIn, fanOut]"
        throw ShapeError(
          operation: "GnuplotNetwork layer \(l + 1)", shapes: [w.shape],
          reason: "as \(what) it takes \(fanIn) inputs but "
            + (l == 0 ? "the plane has 2 (x, y)" : "layer \(l) gives \(expectedIn)"))
      }
      guard b.count == fanInByFanOut.shape[1] else {
        throw ShapeError(
          operation: "GnuplotNetwork layer \(l + 1) bias", shapes: [w.shape, b.shape],
          reason: "the layer has \(fanInByFanOut.shape[1]) units but \(b.count) biases")
      }
      if let bad = (w.scalars + b.scalars).first(where: { !$0.isFinite }) {
        throw ParameterError(
          parameter: "weights of layer \(l + 1)", expected: "finite numbers", got: "\(bad)")
      }
      stored.append(fanInByFanOut)
    }
    let outputs = stored[stored.count - 1].shape[1]
    guard outputs == 1 || outputs == 2 else {
      throw ShapeError(
        operation: "GnuplotNetwork output", shapes: [stored[stored.count - 1].shape],
        reason: "a binary boundary needs 1 logistic output or 2 logits, not \(outputs)")
    }
    self.weights = stored
    self.biases = biases
    self.activation = activation
  }

  /// Layer sizes, inputs first: `[2, 16, 16, 1]`.
  public var layerSizes: [Int] { [2] + weights.map { $0.shape[1] } }

  /// The gnuplot lines that define the arrays, `act`, `sigmoid` and `p(x,y)`.
  public var commands: [String] {
    let sizes = layerSizes
    let depth = weights.count
    var lines = [
      "# MLP \(sizes.map(String.init).joined(separator: "-")) (\(activation.rawValue)): "
        + "W_l is [fanIn, fanOut] row-major, W_l[(i-1)*n_l + j]"
    ]
    for l in 1...depth {
      let format = GnuplotNumberFormat.roundTrip
      lines.append(
        "array W\(l)[\(weights[l - 1].count)] = ["
          + weights[l - 1].scalars.map(format.format).joined(separator: ", ") + "]")
      lines.append(
        "array B\(l)[\(biases[l - 1].count)] = ["
          + biases[l - 1].scalars.map(format.format).joined(separator: ", ") + "]")
      if l < depth { lines.append("array H\(l)[\(sizes[l])]") }
    }
    lines.append("sigmoid(z) = z >= 0 ? 1/(1+exp(-z)) : exp(z)/(1+exp(z))")
    switch activation {
    case .identity: lines.append("act(z) = z")
    case .logistic: lines.append("act(z) = sigmoid(z)")
    case .tanh: lines.append("act(z) = tanh(z)")
    case .relu: lines.append("act(z) = z > 0 ? z : 0")
    }
    // z_j of layer l from the previous layer's activations (inputs x, y for l = 1)
    func preActivation(_ l: Int, _ j: String) -> String {
      let n = sizes[l]
      if l == 1 { return "B1[\(j)] + W1[\(j)]*x + W1[\(n)+\(j)]*y" }
      return "B\(l)[\(j)] + sum [i=1:\(sizes[l - 1])] W\(l)[(i-1)*\(n)+\(j)]*H\(l - 1)[i]"
    }
    var steps = (1..<max(depth, 1)).map { l in
      "sum [j=1:\(sizes[l])] (H\(l)[j] = act(\(preActivation(l, "j"))), 0)"
    }
    if sizes[depth] == 1 {
      steps.append("sigmoid(\(preActivation(depth, "1")))")
    } else {
      steps.append("sigmoid((\(preActivation(depth, "2"))) - (\(preActivation(depth, "1"))))")
    }
    lines.append("# forward: each sum fills one hidden layer; the last term is P(class 1)")
    lines.append("p(x,y) = (" + steps.joined(separator: ", \\\n  ") + ")")
    return lines
  }
}
