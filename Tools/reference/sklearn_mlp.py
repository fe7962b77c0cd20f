"""Reference runs of sklearn's MLPClassifier (SGD and Adam) -> Tests/Fixtures/sklearn_mlp.json.

Each case trains sklearn 1.9.1's MLPClassifier on a small dataset stored in the
fixture and records the loss curve, the final coefs_/intercepts_, n_iter_, t_, the
optimizer state, predictions, predict_proba, validation scores, the warnings and the
verbose lines. Cases with "inject" start from given weights (sklearn's _init_coef is
replaced, so no random draws are made for them); the others draw sklearn's own
Glorot weights from random_state. Deterministic: every seed is fixed.

Run: python3 Tools/reference/sklearn_mlp.py   (numpy 2.4, scikit-learn 1.9.1)
"""
import json
import pathlib
import sys

import numpy as np
from sklearn.datasets import load_iris, make_blobs, make_moons
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from sklearn_mlp_common import dataset, defaults, glorot_like, make_params, run_case  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "sklearn_mlp.json"


def scaled(x):
    return StandardScaler().fit_transform(x)


# ---- datasets --------------------------------------------------------------
x, y = make_moons(200, noise=0.25, random_state=1)
moons = dataset(x, y)
x, y = make_moons(157, noise=0.3, random_state=5)
moons_odd = dataset(x, y)  # 157 = 3 * 50 + 7: a partial last batch
x, y = make_blobs(150, centers=3, n_features=3, random_state=2)
blobs3 = dataset(scaled(x), y)
iris = load_iris()
iris_scaled = dataset(scaled(iris.data), iris.target)
iris_names = dataset(scaled(iris.data), iris.target_names[iris.target])
x, y = make_blobs(130, centers=5, n_features=2, cluster_std=1.5, random_state=4)
blobs5 = dataset(scaled(x), np.array([3, 7, 10, 42, 100])[y])  # non-contiguous labels
x, y = make_moons(90, noise=0.2, random_state=8)
tiny = dataset(x, y)
x, _ = make_moons(60, noise=0.2, random_state=9)
single = dataset(x, np.full(60, 5))
x, y = make_moons(120, noise=0.3, random_state=11)
moons_str = dataset(x, np.array(["no", "yes"])[y])

datasets = {"moons": moons, "moons_odd": moons_odd, "blobs3": blobs3, "iris": iris_scaled,
            "iris_names": iris_names, "blobs5": blobs5, "tiny": tiny, "single": single,
            "moons_str": moons_str}

cases = []


def add(name, data, steps=(("fit",),), inject=None, **params):
    p = make_params(**params)
    overrides = dict(params)
    if "hidden_layer_sizes" in overrides:
        overrides["hidden_layer_sizes"] = list(overrides["hidden_layer_sizes"])
    record = run_case(name, datasets[data], p, list(steps), inject=inject, overrides=overrides)
    record["data"] = data
    cases.append(record)


def injected(data, hidden, seed, scale=0.5):
    d = datasets[data]
    outputs = len(set(d["y"]))
    units = [d["features"]] + list(hidden) + [1 if outputs <= 2 else outputs]
    return glorot_like(units, seed, scale)


# ---- Adam --------------------------------------------------------------------
add("adam_binary", "moons", hidden_layer_sizes=(10,), max_iter=15, random_state=0)
add("adam_binary_injected", "moons", inject=injected("moons", (10,), 123),
    hidden_layer_sizes=(10,), max_iter=15, random_state=7)
add("adam_deep_relu", "moons", hidden_layer_sizes=(10, 8, 6), max_iter=12, random_state=3,
    learning_rate_init=0.01)
add("adam_tanh_iris", "iris", hidden_layer_sizes=(10,), activation="tanh", max_iter=25,
    random_state=1, learning_rate_init=0.01)
add("adam_logistic_blobs5", "blobs5", hidden_layer_sizes=(12,), activation="logistic",
    alpha=0.01, max_iter=20, random_state=2, learning_rate_init=0.01)
add("adam_identity_names_alpha1", "iris_names", hidden_layer_sizes=(6,), activation="identity",
    alpha=1.0, max_iter=20, random_state=4, learning_rate_init=0.01)
add("adam_batch50_partial", "moons_odd", hidden_layer_sizes=(7,), batch_size=50, max_iter=10,
    random_state=5)
add("adam_batch50_noshuffle", "moons_odd", hidden_layer_sizes=(7,), batch_size=50,
    shuffle=False, max_iter=10, random_state=5)
add("adam_batch_clipped", "tiny", hidden_layer_sizes=(5,), batch_size=500, max_iter=5,
    random_state=6)
add("adam_tol_stop_verbose", "moons", hidden_layer_sizes=(6,), max_iter=50, tol=0.05,
    n_iter_no_change=2, verbose=True, random_state=2)
add("adam_no_hidden", "blobs3", hidden_layer_sizes=(), max_iter=10, random_state=3,
    learning_rate_init=0.01)
add("adam_single_class", "single", hidden_layer_sizes=(3,), max_iter=5, random_state=0)
add("adam_string_binary", "moons_str", hidden_layer_sizes=(5,), max_iter=8, random_state=9,
    beta_1=0.8, beta_2=0.99, epsilon=1e-6)
add("adam_blobs3_injected", "blobs3", inject=injected("blobs3", (9,), 77),
    hidden_layer_sizes=(9,), max_iter=10, random_state=8, learning_rate_init=0.005)

# ---- SGD ---------------------------------------------------------------------
add("sgd_nesterov", "moons", solver="sgd", hidden_layer_sizes=(8,), learning_rate_init=0.05,
    max_iter=20, random_state=3)
add("sgd_momentum", "moons", solver="sgd", hidden_layer_sizes=(8,), learning_rate_init=0.05,
    nesterovs_momentum=False, max_iter=20, random_state=3)
add("sgd_plain", "moons", solver="sgd", hidden_layer_sizes=(8,), learning_rate_init=0.05,
    momentum=0.0, max_iter=20, random_state=3)
add("sgd_nesterov_injected", "blobs3", inject=injected("blobs3", (8,), 5), solver="sgd",
    hidden_layer_sizes=(8,), learning_rate_init=0.05, max_iter=15, random_state=1)
add("sgd_invscaling", "moons", solver="sgd", learning_rate="invscaling", power_t=0.4,
    learning_rate_init=0.2, hidden_layer_sizes=(8,), max_iter=15, random_state=4)
add("sgd_adaptive_divides", "moons", solver="sgd", learning_rate="adaptive",
    learning_rate_init=0.05, tol=0.02, n_iter_no_change=2, hidden_layer_sizes=(6,),
    max_iter=60, verbose=True, random_state=5)
add("sgd_alpha1_tanh", "blobs5", solver="sgd", alpha=1.0, activation="tanh",
    hidden_layer_sizes=(10,), learning_rate_init=0.02, max_iter=15, random_state=6)

# ---- early stopping ------------------------------------------------------------
add("es_binary_verbose", "moons", early_stopping=True, validation_fraction=0.2,
    hidden_layer_sizes=(8,), max_iter=40, n_iter_no_change=3, learning_rate_init=0.01,
    verbose=True, random_state=0)
add("es_multiclass", "blobs5", early_stopping=True, hidden_layer_sizes=(10,), max_iter=30,
    n_iter_no_change=4, learning_rate_init=0.01, random_state=3)
add("es_binary_injected", "moons", inject=injected("moons", (8,), 9), early_stopping=True,
    validation_fraction=0.25, hidden_layer_sizes=(8,), max_iter=25, n_iter_no_change=2,
    tol=0.01, random_state=12)
add("es_sgd_adaptive", "iris", solver="sgd", learning_rate="adaptive", early_stopping=True,
    validation_fraction=0.2, hidden_layer_sizes=(5,), learning_rate_init=0.05, tol=0.01,
    n_iter_no_change=2, max_iter=80, verbose=True, random_state=1)
add("es_warm_twice", "moons", steps=(("fit",), ("fit",)), early_stopping=True, warm_start=True,
    hidden_layer_sizes=(5,), max_iter=6, n_iter_no_change=1, tol=0.2, random_state=0)

# ---- warm start and partial_fit ---------------------------------------------------
add("warm_start_20x1", "moons", steps=[("fit",)] * 20, warm_start=True,
    hidden_layer_sizes=(10, 10), max_iter=1, random_state=42)
add("warm_start_5x2", "moons", steps=[("fit",)] * 2, warm_start=True,
    hidden_layer_sizes=(10,), max_iter=5, random_state=1)
add("cold_refit_5x2", "moons", steps=[("fit",)] * 2, hidden_layer_sizes=(10,), max_iter=5,
    random_state=1)
add("warm_start_tol_stop", "moons", steps=[("fit",)] * 3, warm_start=True, tol=0.05,
    n_iter_no_change=1, hidden_layer_sizes=(6,), max_iter=30, verbose=True, random_state=2)
add("warm_start_change_max_iter", "moons",
    steps=[("fit",), ("set", {"max_iter": 3}), ("fit",)], warm_start=True,
    hidden_layer_sizes=(6,), max_iter=2, random_state=3)
classes_moons = np.array([0, 1])
add("partial_fit_10_shuffle", "moons", steps=[("partial_fit", classes_moons)] + [
    ("partial_fit", None)] * 9, hidden_layer_sizes=(10,), random_state=0)
add("partial_fit_10_noshuffle", "moons", steps=[("partial_fit", classes_moons)] + [
    ("partial_fit", None)] * 9, hidden_layer_sizes=(10,), shuffle=False, random_state=0)
add("fit_10_noshuffle", "moons", hidden_layer_sizes=(10,), shuffle=False, max_iter=10,
    random_state=0)
add("partial_fit_sgd_blobs3", "blobs3", steps=[("partial_fit", np.array([0, 1, 2]))] + [
    ("partial_fit", None)] * 4, solver="sgd", hidden_layer_sizes=(6,),
    learning_rate_init=0.05, random_state=2)
add("fit_then_partial_fit", "moons", steps=[("fit",), ("partial_fit", None),
                                            ("partial_fit", None)],
    hidden_layer_sizes=(6,), max_iter=4, random_state=4)

# ---- the same runs again from injected weights (no draws for them) ------------------
twins = ["sgd_momentum", "sgd_plain", "sgd_invscaling", "sgd_adaptive_divides", "es_multiclass",
         "warm_start_5x2", "partial_fit_10_shuffle", "adam_tanh_iris", "adam_logistic_blobs5",
         "adam_batch50_partial", "adam_identity_names_alpha1"]
for seed, original in enumerate(twins, start=100):
    base = next(c for c in cases if c["name"] == original)
    params = dict(base["params"])
    steps = [("fit",) if s[0] == "fit" else
             ("partial_fit", None if s[1] is None else np.array(s[1])) if s[0] == "partial_fit"
             else ("set", s[1]) for s in base["steps"]]
    add(original + "_injected", base["data"], steps=steps,
        inject=injected(base["data"], params.get("hidden_layer_sizes", [100]), seed), **params)

OUT.write_text(json.dumps({"defaults": defaults(), "datasets": datasets, "cases": cases}) + "\n")
print(f"wrote {OUT} ({len(cases)} cases)")
