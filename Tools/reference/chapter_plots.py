"""Reference numbers for the figures of `--plots` -> Tests/Fixtures/chapter_plots.json.

Run from the package root:  python3 Tools/reference/chapter_plots.py
(needs numpy, scikit-learn and torch; deterministic: fixed seeds, one thread, CPU).

The figure tests parse the datablocks of the `.gp` scripts that `chapter3 --plots` and
`mlp train --plots` write, and compare them with what PyTorch and scikit-learn compute
for the same runs. The grids themselves are not in this file: the tests read each grid
point from the script and evaluate the reference network below at it (a plain forward
pass), so the grid's extent may change without touching the fixture.

  chapter3   for each (seed, epochs, lr): the seed's loop as `swift run chapter3` runs it
             (make_moons(1000, noise=0.2, random_state=42), the 80/20 split, the
             StandardScaler, the 2-10-10-2 ReLU net after torch.manual_seed(seed), Adam,
             full batch), in float64 from the float32-drawn initial weights, as the
             chapter computes. Per epoch: the loss before the step and the test accuracy
             after it (the loss figure). After the last epoch: every weight and bias
             ([out, in], PyTorch's layout), which give P(class 1) = softmax(logits)[1]
             anywhere on the plane (the boundary figure). Also the scaled data's first
             rows and sizes, so the tests can check the points drawn.
  mlp        for each case: what `mlp train DATA.csv --target T <args>` does, the sklearn
             way (read the CSV, train_test_split, StandardScaler on the training rows,
             MLPClassifier(random_state=seed, ...).fit): the scaler's mean and scale,
             coefs_ and intercepts_ ([fan_in, fan_out]), the output activation,
             loss_curve_, validation_scores_ (early stopping) and classes_. The petals
             case reads the two petal columns of Tests/Fixtures/mlp/iris.csv, which the
             test writes the same way (petal length, petal width, species).
"""
import csv
import json
import pathlib
import sys
import warnings

import numpy as np
import torch
import torch.nn as nn
import torch.optim as optim
from sklearn.datasets import make_moons
from sklearn.exceptions import ConvergenceWarning
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from mlp_iris import cli_args, read_csv  # noqa: E402

torch.set_num_threads(1)
warnings.simplefilter("ignore", ConvergenceWarning)
ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "Tests" / "Fixtures" / "chapter_plots.json"
MLP_FILES = ROOT / "Tests" / "Fixtures" / "mlp"

# MARK: - Chapter 3

CHAPTER3_RUNS = [(0, 50, 0.01), (3, 20, 0.05), (11, 7, 0.001)]


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden1 = nn.Linear(2, 10)
        self.hidden2 = nn.Linear(10, 10)
        self.output = nn.Linear(10, 2)

    def forward(self, x):
        x = torch.relu(self.hidden1(x))
        x = torch.relu(self.hidden2(x))
        return self.output(x)


def chapter3():
    X, y = make_moons(n_samples=1000, noise=0.2, random_state=42)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
    scaler = StandardScaler()
    X_train = scaler.fit_transform(X_train)
    X_test = scaler.transform(X_test)
    xtr = torch.tensor(X_train, dtype=torch.float64)
    xte = torch.tensor(X_test, dtype=torch.float64)
    ytr = torch.tensor(y_train, dtype=torch.long)
    runs = []
    for seed, epochs, lr in CHAPTER3_RUNS:
        torch.manual_seed(seed)
        model = Net().double()  # drawn in float32, computed in float64
        criterion = nn.CrossEntropyLoss()
        optimizer = optim.Adam(model.parameters(), lr=lr)
        losses, accuracies = [], []
        for _ in range(epochs):
            loss = criterion(model(xtr), ytr)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            with torch.no_grad():
                predicted = torch.argmax(model(xte), dim=1).numpy()
            losses.append(loss.item())
            accuracies.append(float(accuracy_score(y_test, predicted)))
        layers = [model.hidden1, model.hidden2, model.output]
        runs.append({
            "seed": seed, "epochs": epochs, "lr": lr, "loss": losses, "accuracy": accuracies,
            "weights": [l.weight.detach().tolist() for l in layers],
            "biases": [l.bias.detach().tolist() for l in layers],
        })
    data = {"trainRows": len(X_train), "testRows": len(X_test),
            "xTrain3": X_train[:3].tolist(), "yTrain3": [int(v) for v in y_train[:3]],
            "xTest3": X_test[:3].tolist(), "yTest3": [int(v) for v in y_test[:3]]}
    return {"data": data, "runs": runs}


# MARK: - mlp train

MLP_CASES = [
    dict(name="moons", csv="moons.csv", target="label", seed=3, test_size=0.2,
         params=dict(hidden_layer_sizes=[8], max_iter=300, learning_rate_init=0.01)),
    dict(name="moons_early", csv="moons.csv", target="label", seed=0, test_size=0.25,
         params=dict(hidden_layer_sizes=[16, 16], learning_rate_init=0.01, max_iter=300,
                     early_stopping=True, activation="tanh")),
    dict(name="petals", csv="petals.csv", target="species", seed=1, test_size=0.2,
         params=dict(hidden_layer_sizes=[6], max_iter=400, learning_rate_init=0.02)),
]


def petals():
    """Tests/Fixtures/mlp/iris.csv's petal columns, as the test writes petals.csv."""
    with open(MLP_FILES / "iris.csv", newline="") as f:
        rows = list(csv.reader(f))
    return [[r[2], r[3], r[4]] for r in rows]


def mlp_case(case):
    if case["csv"] == "petals.csv":
        table = petals()
        header, body = table[0], table[1:]
        x = np.array([[float(a), float(b)] for a, b, _ in body])
        y = np.array([s for _, _, s in body])
        features = header[:2]
    else:
        x, y, features = read_csv(case["csv"], case["target"])
    X_train, X_test, y_train, y_test = train_test_split(
        x, y, test_size=case["test_size"], random_state=case["seed"])
    scaler = StandardScaler().fit(X_train)
    clf = MLPClassifier(random_state=case["seed"], **case["params"])
    clf.fit(scaler.transform(X_train), y_train)
    args = [case["csv"], "--target", case["target"]] + cli_args(
        case["params"], case["seed"], case["test_size"], False, True, None)
    record = {
        "name": case["name"], "args": args, "features": features,
        "classes": [str(c) for c in clf.classes_],
        "mean": scaler.mean_.tolist(), "scale": scaler.scale_.tolist(),
        "coefs": [w.tolist() for w in clf.coefs_],
        "intercepts": [b.tolist() for b in clf.intercepts_],
        "activation": clf.activation, "output": clf.out_activation_,
        "loss_curve": [float(v) for v in clf.loss_curve_],
        "validation_scores": (None if clf.validation_scores_ is None
                              else [float(v) for v in clf.validation_scores_]),
        "train_rows": len(X_train), "test_rows": len(X_test),
        "test_accuracy": float(accuracy_score(y_test, clf.predict(scaler.transform(X_test)))),
    }
    return record


def main():
    fixture = {"chapter3": chapter3(), "mlp": [mlp_case(c) for c in MLP_CASES]}
    FIXTURE.write_text(json.dumps(fixture, separators=(",", ":"), allow_nan=False) + "\n")
    for run in fixture["chapter3"]["runs"]:
        print(f"chapter3 seed {run['seed']}: loss {run['loss'][-1]:.4f}, "
              f"accuracy {run['accuracy'][-1]:.4f}")
    for case in fixture["mlp"]:
        print(f"mlp {case['name']}: {len(case['loss_curve'])} epochs, "
              f"test accuracy {case['test_accuracy']:.4f}")
    print(f"wrote Tests/Fixtures/{FIXTURE.name} ({FIXTURE.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
