"""PyTorch and scikit-learn reference numbers for chapter 4 (argmax and label encoding)
-> Tests/Fixtures/chapter4.json.

Run: python3 Tools/reference/chapter4.py   (needs numpy, scikit-learn, torch; ~10 s)

What it records, and how:
  printing   for several logits matrices (the seed's 3x2 test_logits, three classes,
             a square one, ties, big and tiny numbers, one row, one column of
             samples...): str() of the tensor, of argmax(dim=1), argmax(dim=0),
             argmax(dim=-1), softmax(dim=1) and softmax(dim=1).argmax(dim=1), exactly as
             PyTorch prints them, plus the index values. The default dtype is set to
             float64 so that torch prints no dtype suffix: the library's Tensor holds
             Doubles and prints as PyTorch prints its default dtype.
  ties       the chapter's tie/NaN matrix and vectors: argmax with ties (first index
             wins), NaN (counts as the maximum), softmax of a row holding NaN, and two
             logits 1e-17 apart whose softmax rounds to a tie.
  sigmoid    one-logit binary outputs: sigmoid(z), (sigmoid(z) > 0.5) and (z > 0).
  iris       the chapter's three-class run: load_iris, train_test_split(test_size=0.2,
             random_state=42), StandardScaler fitted on the training part, a 4-10-10-3
             ReLU network built right after torch.manual_seed(seed) (float32 draws, as
             nn.Linear draws them), then model.double() and full-batch training in
             float64 with CrossEntropyLoss and Adam(lr=0.01). For each (seed, epochs):
             the loss of every epoch (computed before that epoch's step, as the seed
             prints it), the final test logits, their softmax, argmax(dim=1) as torch
             prints it, the accuracy, and the predicted species names.
  encoder    sklearn's LabelEncoder on iris-style names and on the seed's y = [1, 2]:
             classes_, transform, inverse_transform.

Also -> Tests/Fixtures/chapter4_trimmed.json, for `Double.trimmed(_:)` (the short numbers
in the chapter's notes): NumPy's format_float_positional(x, precision=p, unique=False,
fractional=True, trim='0') for hand-picked edge values (ties, signed zeros, carries,
NaN, infinities) and 300 random values of every magnitude, at precisions 0...6.

NaN is written as null (JSON has no NaN). Floats are written with repr(), which
round-trips exactly. Deterministic: fixed seeds, one thread, CPU only.
"""
import json
import math
import pathlib

import numpy as np
import torch
import torch.nn as nn
import torch.optim as optim
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import LabelEncoder, StandardScaler

torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)
OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "chapter4.json"
NAN = float("nan")


def num(v):
    v = float(v)
    return None if math.isnan(v) else v


def matrix(t):
    return [[num(v) for v in row] for row in t.tolist()]


# ---------------------------------------------------------------- printing
def printing_case(name, logits):
    t = torch.tensor(logits)
    p = t.softmax(dim=1)
    return {
        "name": name,
        "logits": matrix(t),
        "printed": str(t),
        "argmax1": str(t.argmax(dim=1)),
        "argmax1Values": t.argmax(dim=1).tolist(),
        "argmax0": str(t.argmax(dim=0)),
        "argmax0Values": t.argmax(dim=0).tolist(),
        "argmaxLast": str(t.argmax(dim=-1)),
        "softmax": str(p),
        "softmaxValues": matrix(p),
        "softmaxArgmax": str(p.argmax(dim=1)),
    }


printing = [
    printing_case("seed", [[2.1, 0.3], [-1.2, 3.4], [0.8, -0.5]]),
    printing_case("three classes", [[0.5, 1.7, -0.3], [2.2, -1.0, 0.4], [-0.7, 0.1, 0.9],
                                    [1.5, 1.4, 1.3]]),
    printing_case("square", [[1.0, 2.0, 3.0], [3.0, 1.0, 2.0], [2.0, 3.0, 1.0]]),
    printing_case("ties", [[1.0, 4.0, 4.0], [0.0, -1.0, -1.0], [2.5, 2.5, 2.5]]),
    printing_case("whole numbers", [[3.0, -2.0], [10.0, 12.0]]),
    printing_case("big and small", [[12.5, -3.25, 0.001], [-8.0, 7.75, 7.5]]),
    printing_case("one row", [[0.25, -0.75, 1.5, 0.0, -2.0]]),
    printing_case("six classes", [[0.3, -1.1, 2.4, 0.9, -0.2, 1.8], [1.2, 0.4, -0.6, 2.0, 2.1, -1.4],
                                  [-0.5, 0.0, 0.5, -1.0, 1.0, 0.25]]),
    printing_case("large logits", [[1000.0, 1001.0], [-1000.0, -999.5], [30.0, 0.0]]),
    printing_case("ten samples", [[0.1 * i - 0.3, 0.2 - 0.07 * i] for i in range(10)]),
]

# ---------------------------------------------------------------- ties and NaN
ties_matrix = torch.tensor([[5.0, 5.0, 1.0], [0.0, 2.0, 2.0], [1.0, NAN, 3.0], [NAN, 0.0, NAN]])
nan_row = torch.tensor([1.0, NAN, 3.0])
close = torch.tensor([0.0, 1e-17])
ties = {
    "matrix": matrix(ties_matrix),
    "printed": str(ties_matrix),
    "argmax1": str(ties_matrix.argmax(dim=1)),
    "argmax0": str(ties_matrix.argmax(dim=0)),
    "vector": [1.0, 3.0, 3.0, 2.0],
    "vectorPrinted": str(torch.tensor([1.0, 3.0, 3.0, 2.0])),
    "vectorArgmax": str(torch.tensor([1.0, 3.0, 3.0, 2.0]).argmax()),
    "nanRow": [num(v) for v in nan_row.tolist()],
    "nanRowPrinted": str(nan_row),
    "nanRowArgmax": str(nan_row.argmax()),
    "nanRowSoftmax": str(nan_row.softmax(dim=0)),
    "nanRowSoftmaxArgmax": str(nan_row.softmax(dim=0).argmax()),
    "close": close.tolist(),
    "closeArgmax": str(close.argmax()),
    "closeSoftmax": str(close.softmax(dim=0)),
    "closeSoftmaxArgmax": str(close.softmax(dim=0).argmax()),
}

# ---------------------------------------------------------------- sigmoid
z = torch.tensor([-2.0, -0.1, 0.0, 0.3, 4.0])
sigmoid = {
    "z": z.tolist(),
    "printed": str(z),
    "probabilities": str(torch.sigmoid(z)),
    "thresholded": str((torch.sigmoid(z) > 0.5).long()),
    "positive": str((z > 0).long()),
}

# ---------------------------------------------------------------- iris
iris = load_iris()
X_train, X_test, y_train, y_test = train_test_split(
    iris.data, iris.target, test_size=0.2, random_state=42)
scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)
names = np.array(iris.target_names)
encoder = LabelEncoder().fit(names[iris.target])
assert list(encoder.classes_) == list(names)  # sorted names = sklearn's target order
xtr, xte = torch.tensor(X_train), torch.tensor(X_test)
ytr, yte = torch.tensor(y_train), torch.tensor(y_test)


def iris_run(seed, epochs):
    torch.manual_seed(seed)
    model = nn.Sequential(
        nn.Linear(4, 10, dtype=torch.float32), nn.ReLU(),
        nn.Linear(10, 10, dtype=torch.float32), nn.ReLU(),
        nn.Linear(10, 3, dtype=torch.float32))
    model.double()  # float32 draws, float64 training
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.Adam(model.parameters(), lr=0.01)
    losses = []
    for _ in range(epochs):
        loss = criterion(model(xtr), ytr)  # forward
        optimizer.zero_grad()
        loss.backward()  # backward
        optimizer.step()  # update
        losses.append(loss.item())
    with torch.no_grad():
        logits = model(xte)
    predicted = logits.argmax(dim=1)
    return {
        "seed": seed, "epochs": epochs, "losses": losses,
        "testLogits": matrix(logits),
        "probabilities": matrix(logits.softmax(dim=1)),
        "predicted": predicted.tolist(),
        "predictedPrinted": str(predicted),
        "accuracy": float((predicted == yte).double().mean()),
        "predictedNames": [str(s) for s in encoder.inverse_transform(predicted.numpy())],
    }


runs = [iris_run(s, 50) for s in (0, 1, 2, 3, 5, 7, 11, 42, 123, 2024)]
runs += [iris_run(0, 5), iris_run(9, 17), iris_run(4, 120), iris_run(0, 1)]

# ---------------------------------------------------------------- LabelEncoder
example = ["versicolor", "setosa", "virginica", "setosa", "virginica"]
le = LabelEncoder().fit(example)
seed_y = LabelEncoder().fit([1, 2])
encoder_fixture = {
    "names": example,
    "classes": [str(c) for c in le.classes_],
    "codes": [int(v) for v in le.transform(example)],
    "codesPrinted": str(torch.tensor(le.transform(example))),
    "inverse": [str(s) for s in le.inverse_transform([2, 0, 1])],
    "seedY": [1, 2],
    "seedYClasses": [int(c) for c in seed_y.classes_],
    "seedYCodes": [int(v) for v in seed_y.transform([1, 2])],
}

fixture = {
    "printing": printing,
    "ties": ties,
    "sigmoid": sigmoid,
    "iris": {
        "trainCount": len(y_train), "testCount": len(y_test),
        "yTest": [int(v) for v in y_test],
        "yTestPrinted": str(yte),
        "yTestNames": [str(s) for s in names[y_test]],
        "runs": runs,
    },
    "encoder": encoder_fixture,
}
OUT.write_text(json.dumps(fixture, separators=(",", ":")) + "\n")

# ---------------------------------------------------------------- trimmed numbers
edge = [2.1, -1.2, 5.0, 0.0, -0.0, 1e-5, -1e-5, 2.675, 0.125, 0.375, 2.5, 3.5, 123456.5,
        3.14159265, 0.99995, 9.99999, -5e-05, 0.00015, 1e20, 1.5e-300, NAN, math.inf, -math.inf]
rng = np.random.RandomState(4)
values = edge + [float(m * 10.0 ** e) for m, e in zip(rng.uniform(-10, 10, 300),
                                                       rng.randint(-8, 9, 300))]
trimmed = [{"value": repr(v),
            "trimmed": [np.format_float_positional(v, precision=p, unique=False,
                                                   fractional=True, trim="0")
                        for p in range(7)]} for v in values]
TRIMMED = OUT.with_name("chapter4_trimmed.json")
TRIMMED.write_text(json.dumps({"cases": trimmed}) + "\n")
print(f"wrote Tests/Fixtures/{TRIMMED.name} ({TRIMMED.stat().st_size} bytes)")
print(f"wrote Tests/Fixtures/{OUT.name} ({OUT.stat().st_size} bytes)")
for r in runs:
    print(f"seed {r['seed']:4d} epochs {r['epochs']:3d}: loss {r['losses'][0]:.4f} -> "
          f"{r['losses'][-1]:.4f}, accuracy {r['accuracy']:.4f}")
