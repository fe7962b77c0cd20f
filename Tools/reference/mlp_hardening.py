"""Reference facts for the `mlp` hardening tests -> Tests/Fixtures/mlp_hardening.json.

Run from the package root:  python3 Tools/reference/mlp_hardening.py
(needs numpy and scikit-learn; deterministic, no randomness beyond the fixed seeds).

What scikit-learn does in the cases `mlp` now refuses or words differently:
  split_held_out     for 5 and 7 rows and test_size=0.2, the row indices
                     train_test_split(..., random_state=seed) holds out, per seed: a
                     test puts the only row of a second class there, so the training
                     rows hold a single class (the model then knows one class).
  validation_fraction  whether MLPClassifier(validation_fraction=v, early_stopping=e,
                     solver=s).fit succeeds: sklearn's range is [0, 1), and 0 fails
                     only with early stopping for sgd/adam (inside train_test_split).
  single_class_model   a model fitted on one class: predict_proba's column count (2:
                     [1 - p, p]) and its predictions (always the class) -- which is why
                     `mlp predict --proba` prints one column of 1 for such a model.
  overflow           StandardScaler on a column holding 1e308, -1.5e307 or 3e200: the
                     mean and variance it computes (not both finite) and the scale it
                     keeps (NaN: every scaled value is NaN, and the model fails later).
"""
import json
import math
import os
import warnings

import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

OUT = os.path.join("Tests", "Fixtures", "mlp_hardening.json")


def number(x):
    """JSON has no inf/nan: write them as strings."""
    x = float(x)
    return x if math.isfinite(x) else ("nan" if math.isnan(x) else ("inf" if x > 0 else "-inf"))


def split_held_out():
    out = []
    for rows in (5, 7):
        for seed in range(10):
            _, test = train_test_split(np.arange(rows), test_size=0.2, random_state=seed)
            out.append({"rows": rows, "seed": seed, "held_out": [int(i) for i in test]})
    return out


def validation_fraction():
    x = np.array([[i / 4, (i % 5) - 2] for i in range(20)], dtype=float)
    y = np.array(["even" if i % 2 == 0 else "odd" for i in range(20)])
    out = []
    for solver in ("adam", "sgd", "lbfgs"):
        for early in (False, True):
            for v in (0.0, 0.25, 1.0):
                clf = MLPClassifier(solver=solver, early_stopping=early, validation_fraction=v,
                                    max_iter=2, random_state=0)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    try:
                        clf.fit(x, y)
                        ok = True
                    except Exception:  # InvalidParameterError or train_test_split's ValueError
                        ok = False
                out.append({"solver": solver, "early_stopping": early, "fraction": v, "fits": ok})
    return out


def single_class_model():
    x = np.array([[1.0, 2.0], [2.0, 3.0], [3.0, 1.0], [4.0, 0.0]])
    y = np.array(["only"] * 4)
    clf = MLPClassifier(random_state=0, max_iter=5)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        clf.fit(x, y)
    grid = np.array([[-4.0, 0.0], [0.0, 0.0], [1.5, 9.0], [100.0, -100.0]])
    return {"classes": clf.classes_.tolist(), "proba_columns": int(clf.predict_proba(grid).shape[1]),
            "predictions": clf.predict(grid).tolist()}


def overflow():
    out = []
    for big in ("1e308", "-1.5e307", "3e200"):
        col = np.array([float(big) if i % 3 == 0 else float(i) for i in range(20)])
        x = np.column_stack([np.arange(20, dtype=float), col])
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            s = StandardScaler().fit(x)
        out.append({"value": big, "mean": number(s.mean_[1]), "var": number(s.var_[1]),
                    "scale": number(s.scale_[1])})
    return out


def main():
    data = {"split_held_out": split_held_out(), "validation_fraction": validation_fraction(),
            "single_class_model": single_class_model(), "overflow": overflow()}
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
