/// Writing a model file.
extension ModelFile {
  /// The model as JSON, keys in this order:
  ///
  /// ```
  /// {
  ///   "format": "mlp-workbook-model",
  ///   "version": 1,
  ///   "target": "species",
  ///   "feature_names": ["sepal length (cm)", …],
  ///   "n_features_in": 4,
  ///   "classes": ["setosa", "versicolor", "virginica"],
  ///   "hidden_layer_sizes": [10],
  ///   "activation": "relu",
  ///   "out_activation": "softmax",
  ///   "scaler": {"mean": […], "scale": […]},
  ///   "coefs": [[[…], …], …],
  ///   "intercepts": [[…], …]
  /// }
  /// ```
  /// `scaler` is `null` without scaling; `coefs[i]` is a list of `fanIn` rows of
  /// `fanOut` numbers (one row per line); integer classes are JSON numbers, names JSON
  /// strings. Numbers are written in their shortest exact form, so reading the file
  /// (here or with Python's `json`) gives back the same doubles. Introduced in §2.5.
  public var jsonText: String {
    let labels = classes.map { label -> String in
      switch label {
      case .int(let value): return "\(value)"
      case .string(let name): return JSONDocument.string(name)
      }
    }
    let scaler =
      scaling.map {
        JSONDocument.object(
          [("mean", JSONDocument.numbers($0.mean)), ("scale", JSONDocument.numbers($0.scale))],
          indent: 2)
      } ?? "null"
    let members: [(key: String, value: String)] = [
      ("format", JSONDocument.string(ModelFile.formatName)),
      ("version", "\(ModelFile.formatVersion)"),
      ("target", JSONDocument.string(target)),
      ("feature_names", "[" + featureNames.map(JSONDocument.string).joined(separator: ", ") + "]"),
      ("n_features_in", "\(nFeaturesIn)"),
      ("classes", "[" + labels.joined(separator: ", ") + "]"),
      ("hidden_layer_sizes", "[" + hiddenLayerSizes.map(String.init).joined(separator: ", ") + "]"),
      ("activation", JSONDocument.string(activation.rawValue)),
      ("out_activation", JSONDocument.string(outActivation.rawValue)),
      ("scaler", scaler),
      (
        "coefs",
        "[\n"
          + coefs.map { "    " + JSONDocument.matrix($0.rowArrays, indent: 4) }
          .joined(separator: ",\n") + "\n  ]"
      ),
      (
        "intercepts",
        "[\n"
          + intercepts.map { "    " + JSONDocument.numbers($0.scalars) }
          .joined(separator: ",\n") + "\n  ]"
      ),
    ]
    return JSONDocument.object(members) + "\n"
  }

  /// Writes `jsonText` to `path` atomically (a temporary file renamed into place), so
  /// a failure leaves the previous file, or none, behind.
  /// - Throws: `DataError` naming `path` when it cannot be written.
  /// Introduced in §2.5.
  public func write(to path: String) throws {
    try AtomicFile.save(jsonText, to: path)
  }

  /// Writes the model to `path` and its training report to `reportPath` as one step:
  /// both go to temporary files first and are renamed into place only when both are
  /// complete, so a failure leaves neither behind (and the previous files intact).
  /// - Throws: `DataError` naming the file that cannot be written.
  /// Introduced in §2.5.
  public func write(to path: String, report: TrainingReport, reportPath: String) throws {
    try AtomicFile.save([(jsonText, path), (report.jsonText, reportPath)])
  }

  /// Checks before training that a model can be saved at `path`: its folder exists
  /// and is writable, `path` is not a folder, and a file already there is a model
  /// file (so a mistyped name cannot overwrite a data file).
  /// - Throws: `DataError` naming `path` and the problem.
  /// Introduced in §2.5.
  public static func checkDestination(_ path: String) throws {
    try JSONDocument.checkDestination(path, format: formatName, what: "model file")
  }
}
