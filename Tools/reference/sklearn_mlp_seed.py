"""The seed's sklearn examples, reproduced -> Tests/Fixtures/sklearn_mlp_seed.json.

Data (reference section 5): make_moons(1000, noise=0.2, random_state=42), then
train_test_split(test_size=0.2, random_state=42), then StandardScaler fitted on the
training part. Stored scaled, so the Swift tests need neither the datasets nor the
scaler.

1. The warm-start loop (section 5.1): MLPClassifier((10, 10), relu, adam, max_iter=1,
   warm_start=True) fitted 20 times; after each fit the test log-loss and accuracy and
   the line "Epoch k/20 - Loss: L, Accuracy: A". For random_state 42 (the reference's
   numbers) and three more seeds.
2. MLPClassifier((100,), max_iter=300) (section 5.2) for random_state 42 and 0: test
   accuracy, n_iter_, t_, the whole loss_curve_, loss_, coefs_, intercepts_,
   predict_proba(X_test[:1]) and the ConvergenceWarning.

Run: python3 Tools/reference/sklearn_mlp_seed.py   (numpy 2.4, scikit-learn 1.9.1)
"""
import json
import pathlib
import warnings

import numpy as np
from sklearn.datasets import make_moons
from sklearn.metrics import accuracy_score, log_loss
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "sklearn_mlp_seed.json"


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


X, y = make_moons(n_samples=1000, noise=0.2, random_state=42)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
scaler = StandardScaler().fit(X_train)
X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)

loops = []
for seed in [42, 0, 1, 7]:
    clf = MLPClassifier(hidden_layer_sizes=(10, 10), activation="relu", solver="adam",
                        max_iter=1, warm_start=True, random_state=seed)
    epochs = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for epoch in range(1, 21):
            clf.fit(X_train, y_train)
            proba = clf.predict_proba(X_test)
            loss = log_loss(y_test, proba)
            acc = accuracy_score(y_test, clf.predict(X_test))
            epochs.append({"log_loss": float(loss), "accuracy": float(acc),
                           "line": f"Epoch {epoch}/20 - Loss: {loss:.4f}, Accuracy: {acc:.4f}"})
    loops.append({"seed": seed, "epochs": epochs, "loss_curve": floats(clf.loss_curve_),
                  "n_iter": int(clf.n_iter_), "t": int(clf.t_),
                  "adam_t": int(clf._optimizer.t),
                  "warnings": [[w.category.__name__, str(w.message)] for w in caught]})

wide = []
for seed in [42, 0]:
    clf = MLPClassifier(hidden_layer_sizes=(100,), max_iter=300, random_state=seed)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        clf.fit(X_train, y_train)
    wide.append({"seed": seed, "accuracy": float(accuracy_score(y_test, clf.predict(X_test))),
                 "n_iter": int(clf.n_iter_), "t": int(clf.t_), "loss": float(clf.loss_),
                 "loss_curve": floats(clf.loss_curve_),
                 "coefs": [floats(c) for c in clf.coefs_],
                 "intercepts": [floats(b) for b in clf.intercepts_],
                 "proba_first_test": floats(clf.predict_proba(X_test[:1])),
                 "warnings": [[w.category.__name__, str(w.message)] for w in caught]})

OUT.write_text(json.dumps({
    "x_train": floats(X_train), "y_train": [int(v) for v in y_train],
    "x_test": floats(X_test), "y_test": [int(v) for v in y_test],
    "warm_start_loops": loops, "wide": wide}) + "\n")
print(f"wrote {OUT}")
