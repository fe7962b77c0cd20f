"""Randomly drawn sklearn MLPClassifier runs -> Tests/Fixtures/sklearn_mlp_random.json.

Hyperparameters, data and seeds are drawn from np.random.RandomState(2024), so the
file is the same on every run: every activation and schedule, SGD and Adam, batch
sizes from 1 up (and above n), 0-3 hidden layers of odd widths, early stopping,
warm starts and partial_fit, string labels, moons / circles / blobs / a digits subset.
The records have the format of sklearn_mlp.json (see sklearn_mlp_common.py), except
that only the first 60 weights of each layer are kept, and the Swift test replays them
with the same checks. Inputs are rounded to 5 decimals before sklearn sees them.

Run: python3 Tools/reference/sklearn_mlp_random.py   (numpy 2.4, scikit-learn 1.9.1)
"""
import json
import pathlib
import sys

import numpy as np
from sklearn.datasets import load_digits, make_blobs, make_circles, make_moons
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from sklearn_mlp_common import dataset, defaults, make_params, run_case  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "sklearn_mlp_random.json"

rng = np.random.RandomState(2024)
digits = load_digits()
datasets = {}
cases = []
while len(cases) < 20:
    i = len(cases)
    kind = rng.choice(["moons", "blobs", "circles", "digits"])
    n = int(rng.randint(15, 70))
    if kind == "moons":
        x, y = make_moons(n, noise=0.3, random_state=int(rng.randint(1000)))
    elif kind == "circles":
        x, y = make_circles(n, noise=0.1, factor=0.5, random_state=int(rng.randint(1000)))
    elif kind == "blobs":
        x, y = make_blobs(n, centers=int(rng.randint(3, 7)), n_features=int(rng.randint(2, 6)),
                          cluster_std=2.0, random_state=int(rng.randint(1000)))
        x = StandardScaler().fit_transform(x)
    else:
        n = min(n, 20)  # 64 features: keep the fixture small
        rows = rng.choice(len(digits.target), n, replace=False)
        x, y = digits.data[rows] / 16.0, digits.target[rows]
    if rng.rand() < 0.2:
        y = np.array(list("abcdefghij"))[y]
    batch = rng.choice(["auto", int(rng.randint(1, 100))])
    params = dict(
        hidden_layer_sizes=[int(v) for v in rng.randint(1, 13 if kind != "digits" else 6,
                                                        size=rng.randint(0, 4))],
        activation=str(rng.choice(["relu", "tanh", "logistic", "identity"])),
        solver=str(rng.choice(["adam", "sgd"])),
        alpha=float(rng.choice([0.0, 1e-4, 0.01, 0.5])),
        batch_size=batch if batch == "auto" else int(batch),
        learning_rate=str(rng.choice(["constant", "invscaling", "adaptive"])),
        learning_rate_init=float(rng.choice([0.001, 0.01, 0.05])),
        max_iter=int(rng.randint(1, 30)), shuffle=bool(rng.rand() < 0.8),
        random_state=int(rng.randint(0, 2**32 - 1)), tol=float(rng.choice([1e-4, 1e-2])),
        n_iter_no_change=int(rng.randint(1, 5)), early_stopping=bool(rng.rand() < 0.3),
        validation_fraction=float(rng.choice([0.1, 0.2, 0.3])),
        momentum=float(rng.choice([0.0, 0.5, 0.9])), nesterovs_momentum=bool(rng.rand() < 0.5),
        verbose=True)
    steps = [("fit",)]
    r = rng.rand()
    if r < 0.2:
        params["warm_start"] = True
        steps = [("fit",)] * int(rng.randint(2, 4))
    elif r < 0.35 and not params["early_stopping"]:
        steps = [("partial_fit", np.unique(y))] + [("partial_fit", None)] * int(rng.randint(1, 4))
    name = f"d{i}"
    # five decimals keep the file small; sklearn trains on exactly these numbers
    data = dataset(np.round(x, 5), y)
    try:
        record = run_case(f"random{i}", data, make_params(**params), steps,
                          overrides=dict(params))
    except ValueError:
        continue  # e.g. a validation split too small for sklearn; draw again
    # the first 60 weights of each layer are enough to check (and keep the file small)
    record["state"]["coefs"] = [c[:60] for c in record["state"]["coefs"]]
    record["data"] = name
    datasets[name] = data
    cases.append(record)

OUT.write_text(json.dumps({"defaults": defaults(), "datasets": datasets, "cases": cases}) + "\n")
print(f"wrote {OUT} ({len(cases)} cases)")
