"""Reference numbers for Tests/MLPKitTests/Classifier/EstimatorChecksTests.swift.

sklearn's common estimator checks (`sklearn.utils.estimator_checks`) fit a classifier
on awkward but valid data: one feature, two samples per class, string labels,
non-contiguous integer labels, a single class, a single-row predict. This script fits
sklearn's MLPClassifier on each such data set with each solver and records what it
learned (classes_, predictions, probabilities, n_iter_, loss_), so the Swift checks
can assert "works" as "gives sklearn's answer", not merely "does not crash". It also
records the messages sklearn gives for the checks that must fail.

Deterministic (fixed seeds); writes Tests/Fixtures/estimator_checks.json.
Run: python3 Tools/reference/estimator_checks.py   (scikit-learn 1.9.1, numpy 2.4.6)
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "Fixtures",
                   "estimator_checks.json")


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def labels(y):
    return [v.item() if hasattr(v, "item") else v for v in y]


def datasets():
    rs = np.random.RandomState(7)
    out = {}
    x = rs.normal(size=(20, 1))
    out["one_feature"] = (x, (x[:, 0] > 0.1).astype(int))
    x = rs.normal(size=(6, 2)) + np.repeat([[0, 0], [3, 0], [0, 3]], 2, axis=0)
    out["two_per_class"] = (x, np.array([0, 0, 1, 1, 2, 2]))
    x = rs.normal(size=(15, 2)) + np.tile([[0, 0], [2, 2], [-2, 2]], (5, 1))
    out["string_labels"] = (x, np.array(["cat", "dog", "emu"] * 5, dtype=object))
    out["noncontiguous_labels"] = (x, np.array([-3, 7, 42] * 5))
    x = rs.normal(size=(10, 3))
    out["binary_strings"] = (x, np.array(["no", "yes"] * 5, dtype=object))
    x = rs.normal(size=(8, 2))
    out["single_class"] = (x, np.array([5] * 8))
    return out


def main():
    cases = []
    for name, (x, y) in datasets().items():
        for solver in ["lbfgs", "sgd", "adam"]:
            params = {"hidden_layer_sizes": [4], "solver": solver, "max_iter": 40,
                      "random_state": 0}
            if solver == "sgd":
                params["learning_rate_init"] = 0.1
            clf = MLPClassifier(hidden_layer_sizes=(4,), solver=solver, max_iter=40,
                                random_state=0,
                                learning_rate_init=params.get("learning_rate_init", 0.001))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConvergenceWarning)
                clf.fit(x, y)
            proba = clf.predict_proba(x)
            cases.append({
                "name": name, "params": params,
                "rows": int(x.shape[0]), "features": int(x.shape[1]), "x": floats(x),
                "y": labels(y),
                "classes": labels(clf.classes_), "n_outputs": int(clf.n_outputs_),
                "n_iter": int(clf.n_iter_), "loss": float(clf.loss_),
                "predict": labels(clf.predict(x)),
                "proba_shape": list(proba.shape), "proba": floats(proba),
                "proba_first_row": floats(clf.predict_proba(x[:1])),
            })

    messages = {}
    x, y = datasets()["two_per_class"]
    try:
        MLPClassifier().predict(x)
    except Exception as e:  # NotFittedError
        messages["predict_before_fit"] = str(e)
    clf = MLPClassifier(hidden_layer_sizes=(4,), max_iter=5, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.fit(x, y)
    try:
        clf.predict(np.hstack([x, x]))
    except ValueError as e:
        messages["n_features_at_predict"] = str(e)
    try:
        MLPClassifier(solver="sgd").partial_fit(x, y)
    except ValueError as e:
        messages["partial_fit_without_classes"] = str(e)
    warm = MLPClassifier(hidden_layer_sizes=(4,), max_iter=5, random_state=0, warm_start=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        warm.fit(x, y)
        try:
            warm.fit(x, np.array([0, 0, 1, 1, 3, 3]))
        except ValueError as e:
            messages["warm_start_other_classes"] = str(e)

    with open(OUT, "w") as f:
        json.dump({"sklearn": sklearn.__version__, "numpy": np.__version__,
                   "cases": cases, "messages": messages}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
