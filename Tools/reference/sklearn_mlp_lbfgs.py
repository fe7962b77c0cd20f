"""sklearn's MLPClassifier(solver="lbfgs") runs -> Tests/Fixtures/sklearn_mlp_lbfgs.json.

scipy 1.17's L-BFGS-B does the optimisation; the Swift classifier has its own L-BFGS
(same two-loop direction, Moré–Thuente line search and stopping rules), so the tests
compare the final loss (1e-4 relative), the training accuracy and predictions, the
iteration counts, and the warning text when the run stops short.

Datasets: moons(300, noise=0.2, random_state=0) (reference section 1.13: n_iter_ 42,
loss_ 0.0540529445665678), iris (standardised), the first 400 digits of load_digits
(stored as integers 0..16; the model sees them divided by 16), and blobs with string
labels. Deterministic: fixed seeds throughout.

Run: python3 Tools/reference/sklearn_mlp_lbfgs.py   (numpy 2.4, scipy 1.17, scikit-learn 1.9.1)
"""
import contextlib
import io
import json
import pathlib
import warnings

import numpy as np
import scipy.optimize
from sklearn.datasets import load_digits, load_iris, make_blobs, make_moons
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "sklearn_mlp_lbfgs.json"


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def labels(y):
    return [v.item() if hasattr(v, "item") else v for v in y]


x, y = make_moons(300, noise=0.2, random_state=0)
moons = {"rows": 300, "features": 2, "x": floats(x), "y": labels(y), "scale": 1.0}
iris = load_iris()
iris_x = StandardScaler().fit_transform(iris.data)
iris_data = {"rows": 150, "features": 4, "x": floats(iris_x), "y": labels(iris.target),
             "scale": 1.0}
digits = load_digits()
digits_data = {"rows": 400, "features": 64, "x": [int(v) for v in digits.data[:400].ravel()],
               "y": labels(digits.target[:400]), "scale": 16.0}
x, y = make_blobs(120, centers=3, n_features=2, random_state=3)
blobs = {"rows": 120, "features": 2, "x": floats(StandardScaler().fit_transform(x)),
         "y": labels(np.array(["ant", "bee", "cat"])[y]), "scale": 1.0}
datasets = {"moons": moons, "iris": iris_data, "digits": digits_data, "blobs": blobs}

cases = []


def add(name, data, **params):
    d = datasets[data]
    x = np.asarray(d["x"], dtype=float).reshape(d["rows"], d["features"]) / d["scale"]
    y = np.asarray(d["y"])
    clf = MLPClassifier(solver="lbfgs", **params)
    stdout = io.StringIO()
    with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(stdout):
        warnings.simplefilter("always")
        clf.fit(x, y)
    p = dict(params)
    p["solver"] = "lbfgs"
    if "hidden_layer_sizes" in p:
        p["hidden_layer_sizes"] = list(p["hidden_layer_sizes"])
    cases.append({
        "name": name, "data": data, "params": p,
        "n_iter": int(clf.n_iter_), "t": int(clf.t_), "loss": float(clf.loss_),
        "score": float(clf.score(x, y)), "predict": labels(clf.predict(x)),
        "coef_shapes": [list(c.shape) for c in clf.coefs_],
        "warnings": [[w.category.__name__, str(w.message)] for w in caught],
        "stdout": stdout.getvalue().splitlines(),
    })


add("moons_5_rs0", "moons", hidden_layer_sizes=(5,), random_state=0)
add("moons_10_10_tanh_alpha", "moons", hidden_layer_sizes=(10, 10), activation="tanh",
    alpha=1.0, random_state=1, max_iter=500)
add("iris_10", "iris", hidden_layer_sizes=(10,), random_state=0, max_iter=500)
add("iris_logistic_alpha", "iris", hidden_layer_sizes=(8,), activation="logistic", alpha=0.1,
    random_state=2, max_iter=500)
add("digits_16", "digits", hidden_layer_sizes=(16,), random_state=0, max_iter=300)
add("blobs_names", "blobs", hidden_layer_sizes=(4,), random_state=5, verbose=True)
add("moons_max_iter_10", "moons", hidden_layer_sizes=(5,), random_state=0, max_iter=10)
add("moons_max_fun_20", "moons", hidden_layer_sizes=(5,), random_state=0, max_fun=20)

# scipy's L-BFGS-B alone on Rosenbrock's function, for the minimizer's own test
rosenbrock = []
for x0, options in [([-1.2, 1.0], {}), ([-1.2, 1.0, -0.5, 0.8, 1.5], {}),
                    ([2.0, -1.0, 0.5], {"maxiter": 7}), ([-1.2, 1.0], {"maxfun": 9}),
                    ([0.5, 0.5, 0.5, 0.5], {"gtol": 1e-3})]:
    res = scipy.optimize.minimize(scipy.optimize.rosen, np.array(x0), method="L-BFGS-B",
                                  jac=scipy.optimize.rosen_der, options=options)
    rosenbrock.append({"x0": x0, "options": options, "x": floats(res.x), "fun": float(res.fun),
                       "nit": int(res.nit), "nfev": int(res.nfev), "status": int(res.status),
                       "message": res.message})

OUT.write_text(json.dumps({"datasets": datasets, "cases": cases, "rosenbrock": rosenbrock}) + "\n")
print(f"wrote {OUT} ({len(cases)} cases)")
