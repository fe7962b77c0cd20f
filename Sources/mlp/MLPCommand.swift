import ArgumentParser

/// `mlp`: train, evaluate and predict with an MLP classifier on your own CSV files.
///
/// Exit status: 0 on success; 1 for a problem with the data, a file or a flag's
/// value, reported as one `error: …` line on stderr; 64 for a command line
/// ArgumentParser cannot parse (an unknown flag, a missing argument, a number that
/// is not a number), reported with the usage. Introduced in §2.3.
@main
struct MLPCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mlp",
    abstract: "Train, evaluate and predict with an MLP classifier on your own CSV files.",
    discussion: """
      mlp train DATA.csv --target COLUMN --model-out model.json
      mlp evaluate model.json TEST.csv
      mlp predict model.json NEW.csv --proba

      The numbers are scikit-learn's: the same split, scaling, initial weights, \
      shuffles and optimiser steps as train_test_split, StandardScaler and \
      MLPClassifier with the same seed.
      """,
    subcommands: [TrainCommand.self, EvaluateCommand.self, PredictCommand.self])
}
