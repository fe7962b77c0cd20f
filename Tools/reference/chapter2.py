"""Chapter 2's numbers, as sklearn prints them -> Tests/Fixtures/chapter2.json.

`swift run chapter2 --seed N --epochs E` runs the seed's sklearn example with
random_state=N everywhere the seed's code could take one (reference section 5):

    X, y = make_moons(n_samples=1000, noise=0.2, random_state=N)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=N)
    scaler = StandardScaler(); X_train = scaler.fit_transform(X_train); X_test = scaler.transform(X_test)
    mlp = MLPClassifier(hidden_layer_sizes=(10, 10), activation='relu', solver='adam',
                        max_iter=1, warm_start=True, random_state=N)
    for epoch in range(E): mlp.fit(...); log_loss / accuracy_score on the test part

then (section 1.12) the same E epochs as E x partial_fit and as one fit(max_iter=E), and
the seed's first example MLPClassifier(hidden_layer_sizes=(100,), max_iter=300,
random_state=N) (section 5.2). For every (seed, epochs) run below this script records
what the chapter prints: the epoch lines, the scaler's statistics, the first rows, the
fitted state after the loop, predict_proba of the first test rows, the three training
schemes side by side, and the wide model's accuracy, n_iter_, loss curve, warnings,
classification report and confusion matrix. Printed values are stored as the strings
Python formats them to, so the Swift tests compare text with text.

Run: python3 Tools/reference/chapter2.py   (numpy 2.4, scikit-learn 1.9.1; deterministic)
"""
import json
import pathlib
import warnings

import numpy as np
from sklearn.datasets import make_moons
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix, log_loss
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "chapter2.json"

# (seed, epochs): the book's run, other seeds including both ends of the seed range,
# and short and long loops. In the 400-fit loop the training loss stops improving by
# tol: from fit 347 on, sklearn's stopping rule ends each fit before max_iter, so
# only 346 of the 400 fits warn.
RUNS = [(42, 20), (0, 20), (1, 20), (7, 20), (2024, 20), (4294967295, 20), (5, 3), (13, 31),
        (42, 400)]
PREVIEW = 5  # test rows whose predict_proba the chapter shows
CURVE_STEP = 50  # the wide model's loss curve is shown every 50th epoch


def f4(value):
    return f"{value:.4f}"


def listed(values, decimals):
    return "[" + ", ".join(f"{v:.{decimals}f}" for v in values) + "]"


def warning_list(caught):
    """Each distinct warning once, with how often it came, in first-seen order."""
    distinct = []
    for w in caught:
        key = (w.category.__name__, str(w.message))
        for item in distinct:
            if (item["category"], item["message"]) == key:
                item["count"] += 1
                break
        else:
            distinct.append({"category": key[0], "message": key[1], "count": 1})
    return distinct


def metrics(clf, X_test, y_test):
    proba = clf.predict_proba(X_test)
    return float(log_loss(y_test, proba)), float(accuracy_score(y_test, clf.predict(X_test)))


def run(seed, epochs):
    X, y = make_moons(n_samples=1000, noise=0.2, random_state=seed)
    X_train_raw, X_test_raw, y_train, y_test = train_test_split(
        X, y, test_size=0.2, random_state=seed)
    scaler = StandardScaler()
    X_train = scaler.fit_transform(X_train_raw)
    X_test = scaler.transform(X_test_raw)

    # the seed's warm-start loop
    mlp = MLPClassifier(hidden_layer_sizes=(10, 10), activation="relu", solver="adam",
                        max_iter=1, warm_start=True, random_state=seed)
    lines = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for epoch in range(epochs):
            mlp.fit(X_train, y_train)
            loss, acc = metrics(mlp, X_test, y_test)
            lines.append(f"Epoch {epoch + 1}/{epochs} - Loss: {loss:.4f}, Accuracy: {acc:.4f}")
    warm_loss, warm_acc = metrics(mlp, X_test, y_test)
    proba = mlp.predict_proba(X_test[:PREVIEW])
    loop = {
        "lines": lines, "warnings": warning_list(caught),
        "loss_curve_length": len(mlp.loss_curve_), "t": int(mlp.t_), "n_iter": int(mlp.n_iter_),
        "adam_t": int(mlp._optimizer.t), "adam_learning_rate": f"{mlp._optimizer.learning_rate:.8f}",
        "loss_curve_first": f4(mlp.loss_curve_[0]), "loss_curve_last": f4(mlp.loss_curve_[-1]),
        "coef_shapes": [list(c.shape) for c in mlp.coefs_],
        "intercept_shapes": [list(b.shape) for b in mlp.intercepts_],
        "n_outputs": int(mlp.n_outputs_), "out_activation": mlp.out_activation_,
        "classes": [int(c) for c in mlp.classes_],
        "proba_preview": [[f4(p) for p in row] for row in proba],
        "predict_preview": [int(v) for v in mlp.predict(X_test[:PREVIEW])],
        "y_test_preview": [int(v) for v in y_test[:PREVIEW]],
    }

    # the same epochs as partial_fit calls, and as one fit
    partial = MLPClassifier(hidden_layer_sizes=(10, 10), max_iter=1, random_state=seed)
    for epoch in range(epochs):
        partial.partial_fit(X_train, y_train, classes=np.unique(y_train))
    partial_loss, partial_acc = metrics(partial, X_test, y_test)
    single = MLPClassifier(hidden_layer_sizes=(10, 10), max_iter=epochs, random_state=seed)
    with warnings.catch_warnings(record=True) as caught_single:
        warnings.simplefilter("always")
        single.fit(X_train, y_train)
    single_loss, single_acc = metrics(single, X_test, y_test)
    schemes = {
        "warm_start": {"log_loss": f4(warm_loss), "accuracy": f4(warm_acc),
                       "adam_t": int(mlp._optimizer.t)},
        "partial_fit": {"log_loss": f4(partial_loss), "accuracy": f4(partial_acc),
                        "adam_t": int(partial._optimizer.t)},
        "fit": {"log_loss": f4(single_loss), "accuracy": f4(single_acc),
                "adam_t": int(single._optimizer.t), "n_iter": int(single.n_iter_),
                "warnings": warning_list(caught_single)},
    }

    # the seed's first example
    wide = MLPClassifier(hidden_layer_sizes=(100,), activation="relu", solver="adam",
                         max_iter=300, random_state=seed)
    with warnings.catch_warnings(record=True) as caught_wide:
        warnings.simplefilter("always")
        wide.fit(X_train, y_train)
    y_pred = wide.predict(X_test)
    curve_epochs = [1] + list(range(CURVE_STEP, len(wide.loss_curve_) + 1, CURVE_STEP))
    if curve_epochs[-1] != len(wide.loss_curve_):
        curve_epochs.append(len(wide.loss_curve_))
    first = {
        "repr": repr(wide), "accuracy": f4(accuracy_score(y_test, y_pred)),
        "n_iter": int(wide.n_iter_), "t": int(wide.t_), "loss": f4(wide.loss_),
        "curve": [[e, f4(wide.loss_curve_[e - 1])] for e in curve_epochs],
        "warnings": warning_list(caught_wide),
        "report": classification_report(y_test, y_pred),
        "confusion": confusion_matrix(y_test, y_pred).tolist(),
    }

    return {
        "seed": seed, "epochs": epochs,
        "data": {
            "train_shape": list(X_train.shape), "test_shape": list(X_test.shape),
            "train_counts": [int(np.sum(y_train == c)) for c in (0, 1)],
            "test_counts": [int(np.sum(y_test == c)) for c in (0, 1)],
            "mean": listed(scaler.mean_, 8), "scale": listed(scaler.scale_, 8),
            "first_raw": [[f4(v) for v in row] for row in X_train_raw[:3]],
            "first_scaled": [[f4(v) for v in row] for row in X_train[:3]],
            "first_labels": [int(v) for v in y_train[:3]],
        },
        "model_repr": repr(mlp), "loop": loop, "schemes": schemes, "first_example": first,
    }


def main():
    runs = [run(seed, epochs) for seed, epochs in RUNS]
    # one run per line: compact, and a regenerated fixture diffs run by run
    body = ",\n".join(json.dumps(r, separators=(",", ":")) for r in runs)
    OUT.write_text('{"runs":[\n' + body + "\n]}\n")
    print(f"wrote {OUT.name}: {len(runs)} runs")


if __name__ == "__main__":
    main()
