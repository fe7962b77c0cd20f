extension MLPClassifier: CustomStringConvertible {
  /// The model as sklearn prints it: `MLPClassifier(hidden_layer_sizes=(10, 10),
  /// max_iter=1, random_state=42, warm_start=True)` — only the parameters that differ
  /// from the defaults, by sklearn name in alphabetical order, wrapped at 80 columns
  /// under the opening parenthesis as sklearn's pretty printer does.
  /// Introduced in §2.2.
  public var description: String {
    let defaults = MLPClassifier()
    let items = sklearnParameters.enumerated().compactMap { index, item -> String? in
      item.value == defaults.sklearnParameters[index].value ? nil : "\(item.name)=\(item.value)"
    }
    let name = "MLPClassifier"
    let oneLine = name + "(" + items.joined(separator: ", ") + ")"
    if oneLine.count <= 80 { return oneLine }
    // sklearn's compact layout: fill each line up to the width, then break
    let indent = name.count + 1
    var maxWidth = 80 - indent + 1
    var width = maxWidth
    var text = name + "("
    for (index, item) in items.enumerated() {
      if index == items.count - 1 {
        // the closing parenthesis must fit after the last item
        maxWidth -= 1
        width -= 1
      }
      let needed = item.count + 2
      var separator = index == 0 ? "" : ", "
      if width < needed {
        width = maxWidth
        if index > 0 { separator = ",\n" + String(repeating: " ", count: indent) }
      }
      width -= needed
      text += separator + item
    }
    return text + ")"
  }

  /// Every hyperparameter as sklearn names and prints it, in alphabetical order.
  var sklearnParameters: [(name: String, value: String)] {
    func python(_ value: Bool) -> String { value ? "True" : "False" }
    func python(_ value: Double) -> String { "\(value)" }
    let sizes =
      hiddenLayerSizes.count == 1
      ? "(\(hiddenLayerSizes[0]),)"
      : "(" + hiddenLayerSizes.map(String.init).joined(separator: ", ") + ")"
    return [
      ("activation", "'\(activation.rawValue)'"), ("alpha", python(alpha)),
      ("batch_size", batchSize == .auto ? "'auto'" : batchSize.description),
      ("beta_1", python(beta1)), ("beta_2", python(beta2)),
      ("early_stopping", python(earlyStopping)), ("epsilon", python(epsilon)),
      ("hidden_layer_sizes", sizes), ("learning_rate", "'\(learningRate.rawValue)'"),
      ("learning_rate_init", python(learningRateInit)), ("max_fun", "\(maxFun)"),
      ("max_iter", "\(maxIter)"), ("momentum", python(momentum)),
      ("n_iter_no_change", nIterNoChange == Int.max ? "inf" : "\(nIterNoChange)"),
      ("nesterovs_momentum", python(nesterovsMomentum)), ("power_t", python(powerT)),
      ("random_state", randomState.map { "\($0)" } ?? "None"), ("shuffle", python(shuffle)),
      ("solver", "'\(solver.rawValue)'"), ("tol", python(tol)),
      ("validation_fraction", python(validationFraction)), ("verbose", python(verbose)),
      ("warm_start", python(warmStart)),
    ]
  }
}
