/// The checks every `ModelFile` passes, whether built in code or read from a file.
extension ModelFile {
  /// The first part that does not fit, named by its JSON key, or `nil`.
  static func problem(
    target: String, featureNames: [String], classes: [ClassLabel], coefs: [Tensor],
    intercepts: [Tensor], scaling: Scaling?
  ) -> Problem? {
    if let problem = namesProblem(target: target, featureNames: featureNames) { return problem }
    if let problem = classesProblem(classes) { return problem }
    if let problem = weightsProblem(
      features: featureNames.count, classes: classes.count, coefs: coefs, intercepts: intercepts)
    {
      return problem
    }
    if let scaling {
      if let inner = Scaling.problem(mean: scaling.mean, scale: scaling.scale) {
        return Problem("scaler.\(inner.key)", inner.message)
      }
      guard scaling.mean.count == featureNames.count else {
        return Problem(
          "scaler.mean",
          "has \(scaling.mean.count) numbers but there are \(featureNames.count) features")
      }
    }
    return nil
  }

  static func namesProblem(target: String, featureNames: [String]) -> Problem? {
    guard !target.isEmpty else { return Problem("target", "is empty; name the label column") }
    guard !featureNames.isEmpty else {
      return Problem("feature_names", "is empty; a model needs at least one feature")
    }
    for (j, name) in featureNames.enumerated() {
      guard !name.isEmpty else { return Problem("feature_names[\(j)]", "is empty") }
      if let i = featureNames[..<j].firstIndex(of: name) {
        return Problem(
          "feature_names[\(j)]", "repeats \(CSVText.quoted(name)) (also feature_names[\(i)])")
      }
    }
    if let j = featureNames.firstIndex(of: target) {
      return Problem(
        "feature_names[\(j)]", "is the target \(CSVText.quoted(target)); a label is not a feature")
    }
    return nil
  }

  static func classesProblem(_ classes: [ClassLabel]) -> Problem? {
    guard !classes.isEmpty else { return Problem("classes", "is empty") }
    guard let sorted = try? ClassLabel.sortedClasses(classes) else {
      return Problem(
        "classes", "mixes numbers and names \(ClassLabel.listed(classes)); use one kind")
    }
    guard sorted == classes else {
      return Problem(
        "classes",
        "must be distinct and sorted as sklearn's classes_ are (\(ClassLabel.listed(sorted))); "
          + "got \(ClassLabel.listed(classes))")
    }
    return nil
  }

  static func weightsProblem(features: Int, classes: Int, coefs: [Tensor], intercepts: [Tensor])
    -> Problem?
  {
    guard !coefs.isEmpty else {
      return Problem("coefs", "is empty; a model has at least one layer")
    }
    guard coefs.count == intercepts.count else {
      return Problem(
        "intercepts",
        "has \(intercepts.count) vectors but coefs has \(coefs.count) matrices; one per layer")
    }
    let outputs = classes <= 2 ? 1 : classes
    for (i, (w, b)) in zip(coefs, intercepts).enumerated() {
      guard w.rank == 2, w.shape[0] >= 1, w.shape[1] >= 1 else {
        return Problem(
          "coefs[\(i)]",
          "has shape \(w.shape); it must be a [fan_in][fan_out] matrix (rows of numbers)")
      }
      let fanIn = i == 0 ? features : coefs[i - 1].shape[1]
      guard w.shape[0] == fanIn else {
        let source = i == 0 ? "there are \(features) features" : "layer \(i - 1) has \(fanIn) units"
        return Problem(
          "coefs[\(i)]", "is \(w.shape) but \(source), so it needs \(fanIn) rows")
      }
      guard b.shape == [w.shape[1]] else {
        return Problem(
          "intercepts[\(i)]",
          "has shape \(b.shape) but coefs[\(i)] is \(w.shape), so it needs \(w.shape[1]) numbers")
      }
      if let k = w.scalars.firstIndex(where: { !$0.isFinite }) {
        return Problem(
          "coefs[\(i)][\(k / w.shape[1])][\(k % w.shape[1])]", "is \(w.scalars[k]), not finite")
      }
      if let k = b.scalars.firstIndex(where: { !$0.isFinite }) {
        return Problem("intercepts[\(i)][\(k)]", "is \(b.scalars[k]), not finite")
      }
    }
    let last = coefs[coefs.count - 1].shape[1]
    guard last == outputs else {
      let why =
        classes <= 2
        ? "\(classes) class\(classes == 1 ? "" : "es") use\(classes == 1 ? "s" : "") one logistic output"
        : "\(classes) classes need one softmax output each"
      return Problem(
        "coefs[\(coefs.count - 1)]", "has \(last) outputs but \(why), so it needs \(outputs)")
    }
    return nil
  }
}
