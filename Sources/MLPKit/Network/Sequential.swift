/// Layers applied one after the other, PyTorch's `nn.Sequential` with named children.
///
/// `forward` runs `x → layer₁ → layer₂ → …`, each layer keeping what its backward needs;
/// `backward(g)` runs the chain rule in reverse, `… → layer₂.backward → layer₁.backward`,
/// so that every parameter receives its gradient. Parameters are listed child by child
/// (PyTorch's registration order) and renamed `child.weight`, `child.bias`.
/// ```swift
/// var g = TorchGenerator(manualSeed: 0)
/// let model = try Sequential(name: "MLPClassifier", [
///   ("hidden1", Linear(2, 10, generator: &g)), ("relu1", ReLU()),
///   ("hidden2", Linear(10, 10, generator: &g)), ("relu2", ReLU()),
///   ("output", Linear(10, 2, generator: &g)),
/// ])
/// ```
/// Introduced in §3.2.
public final class Sequential: Layer {
  /// The class name PyTorch would print (`MLPClassifier`, or `Sequential`).
  public let name: String
  /// The children in the order they run.
  public let children: [(name: String, layer: any Layer)]

  /// A network of named children, run in the given order.
  /// - Throws: `ParameterError` for an empty or dotted child name, a name used twice, or
  ///   the same layer object used twice (each position needs its own layer, since a
  ///   layer keeps its own forward values for backward).
  public init(name: String = "Sequential", _ children: [(String, any Layer)]) throws {
    var seenNames = Set<String>()
    var seenLayers = Set<ObjectIdentifier>()
    for (childName, layer) in children {
      guard !childName.isEmpty, !childName.contains(".") else {
        throw ParameterError(
          parameter: "\(name) child name", expected: "a non-empty name without \".\"",
          got: "\"\(childName)\"")
      }
      guard seenNames.insert(childName).inserted else {
        throw ParameterError(
          parameter: "\(name) child name", expected: "unique among the children",
          got: "\"\(childName)\" twice")
      }
      guard seenLayers.insert(ObjectIdentifier(layer)).inserted else {
        throw ParameterError(
          parameter: "\(name) child \"\(childName)\"",
          expected: "a layer object of its own (it keeps its forward values for backward; "
            + "create one \(layer) per position)",
          got: "a layer already used earlier in the list")
      }
    }
    self.name = name
    self.children = children.map { (name: $0.0, layer: $0.1) }
    // qualified names as in model.named_parameters(): "hidden1.weight"
    for (childName, layer) in children {
      for parameter in layer.parameters { parameter.name = "\(childName).\(parameter.name)" }
    }
  }

  /// Children named `0`, `1`, `2`, … as `nn.Sequential(a, b, c)`.
  public convenience init(name: String = "Sequential", _ layers: [any Layer]) throws {
    try self.init(name: name, layers.enumerated().map { ("\($0.offset)", $0.element) })
  }

  /// Every child's parameters, child by child, named `child.weight`, `child.bias`.
  public var parameters: [Parameter] { children.flatMap { $0.layer.parameters } }

  /// The child called `name`, e.g. `model["hidden1"]`.
  public subscript(name: String) -> (any Layer)? {
    children.first { $0.name == name }?.layer
  }

  /// Runs the children in order; each keeps what its backward needs.
  public func forward(_ input: Tensor) throws -> Tensor {
    var x = input
    for child in children {  // forward
      x = try child.layer.forward(x)
    }
    return x
  }

  /// Runs the children's backward passes in reverse order; returns `∂L/∂input`.
  public func backward(_ outputGradient: Tensor) throws -> Tensor {
    var g = outputGradient
    for child in children.reversed() {  // backward
      g = try child.layer.backward(g)
    }
    return g
  }

  /// The same passes, except that the first child forms no gradient for the input.
  public func backwardToParameters(_ outputGradient: Tensor) throws {
    guard let first = children.first else { return }
    var g = outputGradient
    for child in children.dropFirst().reversed() {  // backward
      g = try child.layer.backward(g)
    }
    try first.layer.backwardToParameters(g)
  }

  /// PyTorch's `print(model)`: `Name(`, one `  (child): repr` line per child, `)`.
  public var description: String {
    guard !children.isEmpty else { return "\(name)()" }
    let lines = children.map { child in
      // a nested module's own lines are indented by two more spaces, as torch's _addindent
      "  (\(child.name)): "
        + String(describing: child.layer).split(separator: "\n", omittingEmptySubsequences: false)
        .joined(separator: "\n  ")
    }
    return "\(name)(\n" + lines.joined(separator: "\n") + "\n)"
  }
}
