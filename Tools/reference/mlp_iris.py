"""Reference numbers for the `mlp` command -> Tests/Fixtures/mlp/.

Run from the package root:  python3 Tools/reference/mlp_iris.py
(needs numpy and scikit-learn; deterministic). Run `swift build` first and the script
also checks the README's Python snippet (Tools/reference/mlp_model_io.py, quoted
verbatim in mlp_readme_section.md, which the script checks too) both ways:
a model written by `mlp train` loads in scikit-learn and predicts what `mlp predict`
prints, and a model written by `save_model` predicts in `mlp` what sklearn predicts.

L-BFGS cases converge within 50 iterations: longer L-BFGS runs drift from scipy's by
rounding (the library's own L-BFGS tests allow for it), and a CLI test needs exact runs.

Every case does what `mlp train DATA.csv --target T <flags>` does, the sklearn way:
read the CSV (a label column of whole numbers is read as integers, otherwise as
strings), `train_test_split(X, y, test_size=..., random_state=seed[, stratify=y])`
(no split with --test-size 0), `StandardScaler` fitted on the training rows (unless
--scale none), `MLPClassifier(random_state=seed, **params).fit`, then sklearn's
metrics on the held-out rows (the training rows without a split) and on the whole
file (what `mlp predict` and `mlp evaluate` see).

Writes:
  Tests/Fixtures/mlp/iris.csv, wine.csv, moons.csv   the CSV files the tests train on
  Tests/Fixtures/mlp/iris_init_weights.json          starting weights for --init-weights
  Tests/Fixtures/mlp/sklearn_model.json              save_model's file for case iris_adam
  Tests/Fixtures/mlp/reference.json                  sklearn's numbers for every case
"""
import contextlib
import csv
import io
import json
import pathlib
import subprocess
import sys
import tempfile
import warnings

import numpy as np
from sklearn.datasets import load_iris, load_wine, make_moons
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix, log_loss
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from mlp_model_io import load_model, save_model  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "Fixtures" / "mlp"
MLP = ROOT / ".build" / "debug" / "mlp"


# MARK: - The CSV files

def write_csv(name, header, rows):
    with open(OUT / name, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def make_files():
    iris = load_iris()
    write_csv("iris.csv", list(iris.feature_names) + ["species"],
              [[repr(float(v)) for v in x] + [iris.target_names[t]]
               for x, t in zip(iris.data, iris.target)])
    # the user's file: the label first, cultivars numbered 1-3 (not 0..C-1)
    wine = load_wine()
    write_csv("wine.csv", ["cultivar"] + list(wine.feature_names),
              [[int(t) + 1] + [repr(float(v)) for v in x] for x, t in zip(wine.data, wine.target)])
    # binary names, the label between the features
    x, y = make_moons(200, noise=0.25, random_state=3)
    write_csv("moons.csv", ["x0", "label", "x1"],
              [[repr(float(a)), ["no", "yes"][t], repr(float(b))] for (a, b), t in zip(x, y)])


def read_csv(name, target):
    with open(OUT / name, newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    t = header.index(target)
    features = [h for h in header if h != target]
    x = np.array([[float(v) for j, v in enumerate(r) if j != t] for r in body])
    labels = [r[t] for r in body]
    try:
        y = np.array([int(v) for v in labels])
    except ValueError:
        y = np.array(labels)
    return x, y, features


# MARK: - Cases

def cli_args(params, seed, test_size, stratify, scale, init_weights):
    """The `mlp train` flags for these sklearn parameters (with --init-weights, the
    hidden sizes are left for mlp to read from the weights)."""
    args = []
    for key, value in params.items():
        if key == "hidden_layer_sizes" and init_weights:
            continue
        if key == "hidden_layer_sizes":
            args += ["--hidden", ",".join(str(v) for v in value)]
        elif key == "shuffle":
            args += [] if value else ["--no-shuffle"]
        elif key == "nesterovs_momentum":
            args += [] if value else ["--no-nesterovs-momentum"]
        elif key in ("early_stopping", "verbose"):
            args += ["--" + key.replace("_", "-")] if value else []
        elif key == "n_iter_no_change" and value == np.inf:
            args += ["--n-iter-no-change", "inf"]
        else:
            args += ["--" + key.replace("_", "-"), str(value)]
    args += ["--seed", str(seed), "--test-size", str(test_size)]
    if stratify:
        args.append("--stratify")
    if not scale:
        args += ["--scale", "none"]
    if init_weights:
        args += ["--init-weights", init_weights]
    return args


CASES = [
    dict(name="iris_adam", csv="iris.csv", target="species", seed=0, test_size=0.2,
         params=dict(hidden_layer_sizes=[10], max_iter=300)),
    dict(name="iris_lbfgs", csv="iris.csv", target="species", seed=3, test_size=0.2,
         params=dict(solver="lbfgs", hidden_layer_sizes=[5], activation="tanh", alpha=1.0,
                     max_iter=2000)),
    dict(name="iris_sgd_early_stopping", csv="iris.csv", target="species", seed=7,
         test_size=0.3, stratify=True,
         params=dict(solver="sgd", learning_rate="adaptive", momentum=0.8,
                     nesterovs_momentum=False, batch_size=16, early_stopping=True,
                     validation_fraction=0.2, learning_rate_init=0.05, max_iter=400)),
    dict(name="wine_logistic", csv="wine.csv", target="cultivar", seed=11, test_size=0.25,
         params=dict(hidden_layer_sizes=[20, 10], activation="logistic", alpha=0.01,
                     max_iter=600, tol=1e-5, n_iter_no_change=5, beta_1=0.8, beta_2=0.99,
                     epsilon=1e-7, learning_rate_init=0.01, shuffle=False)),
    dict(name="moons_invscaling", csv="moons.csv", target="label", seed=5, test_size=0,
         scale=False,
         params=dict(solver="sgd", learning_rate="invscaling", power_t=0.3,
                     learning_rate_init=0.1, hidden_layer_sizes=[8], max_iter=80,
                     n_iter_no_change=np.inf)),
    dict(name="moons_lbfgs_max_iter", csv="moons.csv", target="label", seed=1, test_size=0.5,
         params=dict(solver="lbfgs", hidden_layer_sizes=[4, 4], max_iter=5)),
    dict(name="wine_verbose_early_stopping", csv="wine.csv", target="cultivar", seed=21,
         test_size=0.2,
         params=dict(hidden_layer_sizes=[16], early_stopping=True, validation_fraction=0.15,
                     n_iter_no_change=4, learning_rate_init=0.01, max_iter=60, verbose=True)),
    dict(name="iris_init_weights", csv="iris.csv", target="species", seed=2, test_size=0.2,
         init_weights="iris_init_weights.json",
         params=dict(hidden_layer_sizes=[6], max_iter=50, batch_size=32)),
]


def init_weights():
    """Weights that do not come from the model's stream: [4, 6, 3]."""
    rng = np.random.RandomState(123)
    units = [4, 6, 3]
    coefs = [rng.uniform(-0.5, 0.5, (a, b)) for a, b in zip(units, units[1:])]
    intercepts = [rng.uniform(-0.5, 0.5, b) for b in units[1:]]
    with open(OUT / "iris_init_weights.json", "w") as f:
        json.dump({"coefs": [c.tolist() for c in coefs],
                   "intercepts": [b.tolist() for b in intercepts]}, f)
    return coefs, intercepts


def labels(values):
    return [v.item() if hasattr(v, "item") else v for v in values]


def floats(values):
    return [None if v is None else float(v) for v in values]


def run(case, injected):
    x, y, features = read_csv(case["csv"], case["target"])
    seed, test_size = case["seed"], case["test_size"]
    stratify, scale = case.get("stratify", False), case.get("scale", True)
    if test_size > 0:
        x_train, x_test, y_train, y_test = train_test_split(
            x, y, test_size=test_size, random_state=seed, stratify=y if stratify else None)
    else:
        x_train, x_test, y_train, y_test = x, x[:0], y, y[:0]
    scaler = StandardScaler().fit(x_train) if scale else None
    transform = scaler.transform if scale else (lambda a: a)
    clf = MLPClassifier(random_state=seed, **case["params"])
    if case.get("init_weights"):
        pending = list(zip(*injected))
        clf._init_coef = lambda fan_in, fan_out, dtype: tuple(a.astype(dtype) for a in pending.pop(0))
    printed = io.StringIO()
    with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(printed):
        warnings.simplefilter("always")
        clf.fit(transform(x_train), y_train)
    caught = [(w.category.__name__, str(w.message)) for w in caught]

    held_out = len(y_test) > 0
    truth = y_test if held_out else y_train
    predicted = clf.predict(transform(x_test if held_out else x_train))
    x_all = transform(x)
    proba = clf.predict_proba(x_all)
    full_loss = float(log_loss(y, proba, labels=clf.classes_))
    stochastic = clf.solver != "lbfgs"
    train_accuracy = float(clf.score(transform(x_train), y_train))
    test_accuracy = float(clf.score(transform(x_test), y_test)) if held_out else None
    record = {
        "name": case["name"], "csv": case["csv"], "target": case["target"],
        "args": cli_args(case["params"], seed, test_size, stratify, scale,
                         case.get("init_weights")),
        "features": features, "rows": len(y), "n_train": len(y_train), "n_test": len(y_test),
        "classes": labels(clf.classes_),
        "n_iter": int(clf.n_iter_), "loss": float(clf.loss_),
        "best_loss": clf.best_loss_ if stochastic else None,
        "loss_curve": floats(clf.loss_curve_) if stochastic else None,
        "validation_scores": (floats(clf.validation_scores_)
                              if stochastic and clf.validation_scores_ is not None else None),
        "best_validation_score": (float(clf.best_validation_score_)
                                  if stochastic and clf.best_validation_score_ is not None
                                  else None),
        "train_accuracy": train_accuracy, "test_accuracy": test_accuracy,
        "converged": not any(c == "ConvergenceWarning" for c, _ in caught),
        "verbose": printed.getvalue().splitlines(),
        "warnings": [f"{c}: {' '.join(l.strip() for l in m.splitlines() if l.strip())}"
                     for c, m in caught],
        "confusion_labels": labels(np.unique(np.concatenate([truth, predicted]))),
        "confusion": confusion_matrix(truth, predicted).tolist(),
        "report": classification_report(truth, predicted, zero_division="warn"),
        "full_predictions": labels(clf.predict(x_all)),
        "full_proba": [float(v) for v in proba.ravel()],
        "full_proba_columns": int(proba.shape[1]),
        "full_accuracy": float(accuracy_score(y, clf.predict(x_all))),
        "full_log_loss": full_loss,
        "full_confusion": confusion_matrix(y, clf.predict(x_all)).tolist(),
        "full_report": classification_report(y, clf.predict(x_all)),
        "printed": {
            "loss": f"{clf.loss_:.6f}", "train_accuracy": f"{train_accuracy:.4f}",
            "test_accuracy": None if test_accuracy is None else f"{test_accuracy:.4f}",
            "full_accuracy": f"{accuracy_score(y, clf.predict(x_all)):.4f}",
            "full_log_loss": f"{full_loss:.6f}",
            "best_loss": (f"{clf.best_loss_:.6f}"
                          if stochastic and clf.best_loss_ is not None else None),
        },
    }
    if record["best_loss"] is not None:
        record["best_loss"] = float(record["best_loss"])
    return record, clf, scaler, features


# MARK: - The README snippet, both ways

def check_snippet(reference, clf, scaler, features):
    """save_model -> sklearn_model.json (the Swift tests predict with it); and, when
    `mlp` is built, a model from `mlp train` -> load_model -> the same predictions."""
    path = OUT / "sklearn_model.json"
    save_model(clf, scaler, features, "species", path)
    back, back_scaler, names, target = load_model(path)
    x, y, _ = read_csv("iris.csv", "species")
    assert names == features and target == "species"
    assert np.array_equal(back.predict_proba(back_scaler.transform(x)),
                          clf.predict_proba(scaler.transform(x)))
    if not MLP.exists():
        print("mlp is not built: skipped the Swift side of the snippet check")
        return
    with tempfile.TemporaryDirectory() as folder:
        model = pathlib.Path(folder) / "model.json"
        subprocess.run([str(MLP), "train", str(OUT / "iris.csv"), "--target", "species",
                        *reference["args"], "--model-out", str(model)],
                       check=True, capture_output=True)
        loaded, loaded_scaler, names, target = load_model(model)
        assert names == features and target == "species"
        printed = subprocess.run(
            [str(MLP), "predict", str(model), str(OUT / "iris.csv"), "--proba", "--decimals", "17"],
            check=True, capture_output=True, text=True).stdout.splitlines()
        mlp_labels = [line.split(",")[0] for line in printed[1:]]
        mlp_proba = np.array([[float(v) for v in line.split(",")[1:]] for line in printed[1:]])
        sk_proba = loaded.predict_proba(loaded_scaler.transform(x))
        assert mlp_labels == labels(loaded.predict(loaded_scaler.transform(x)))
        assert mlp_labels == reference["full_predictions"]
        assert np.max(np.abs(mlp_proba - sk_proba)) < 1e-12, np.max(np.abs(mlp_proba - sk_proba))
        # Python -> mlp: the file save_model wrote
        printed = subprocess.run([str(MLP), "predict", str(path), str(OUT / "iris.csv")],
                                 check=True, capture_output=True, text=True).stdout.splitlines()
        assert printed[1:] == labels(clf.predict(scaler.transform(x)))
    print("README snippet: both directions agree with mlp")


def check_readme_section():
    """The README section's Python block is mlp_model_io.py without its docstring."""
    here = pathlib.Path(__file__).resolve().parent
    section = (here / "mlp_readme_section.md").read_text()
    block = section.split("```python\n", 1)[1].split("```", 1)[0]
    module = (here / "mlp_model_io.py").read_text()
    code = module.split('"""', 2)[2].lstrip("\n")
    assert block == code, "mlp_readme_section.md's snippet differs from mlp_model_io.py"


def main():
    check_readme_section()
    OUT.mkdir(parents=True, exist_ok=True)
    make_files()
    injected = init_weights()
    records = []
    for case in CASES:
        record, clf, scaler, features = run(case, injected)
        records.append(record)
        if case["name"] == "iris_adam":
            check_snippet(record, clf, scaler, features)
    with open(OUT / "reference.json", "w") as f:
        json.dump({"cases": records}, f, indent=None, allow_nan=False)
        f.write("\n")
    for r in records:
        print(f"{r['name']}: n_iter {r['n_iter']}, loss {r['loss']:.6f}, "
              f"train {r['train_accuracy']:.4f}, test {r['test_accuracy']}, "
              f"converged {r['converged']}")


if __name__ == "__main__":
    main()
