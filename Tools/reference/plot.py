"""Reference numbers for the plot tests -> Tests/Fixtures/plot.json.

Run: python3 Tools/reference/plot.py   (needs numpy, scikit-learn, scipy, torch)

Deterministic (fixed seeds, single-threaded torch). It writes:
- "networks": small sklearn MLPClassifiers fitted on make_moons (weights in sklearn's
  fan_in x fan_out layout) and PyTorch models with 2 logits (weights out x in), each
  with sample points (inside and well outside the data) and the reference P(class 1)
  from predict_proba[:, 1] or softmax(logits)[:, 1]. The gnuplot function form of a
  network must reproduce these to ~1e-12.
- "multiclass": one sklearn softmax network on 3 blobs with predict_proba rows.
- "moons": a train/test split of make_moons for scatter overlays.
- "curves": loss_curve_ of sklearn's Adam at three learning rates and one SGD run, plus
  an early-stopping run's validation_scores_ and best epoch (1-based).
- "softmax": logits and scipy's softmax, for the bar figure.
"""
import json
import pathlib
import warnings

import numpy as np
import torch
from scipy.special import softmax
from sklearn.datasets import make_blobs, make_moons
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "plot.json"
warnings.simplefilter("ignore", ConvergenceWarning)
torch.set_num_threads(1)

# points inside the moons' box, on its edge, and far outside (saturated outputs)
SAMPLES = [[0.3, -0.2], [-1.1, 0.85], [2.05, 0.4], [0.0, 0.0], [1.0, -0.5],
           [-3.7, 2.9], [4.25, -3.1], [0.5, 0.25], [-0.123456789, 1.987654321]]


def sklearn_case(hidden, activation, seed, max_iter=60):
    X, y = make_moons(200, noise=0.2, random_state=seed)
    clf = MLPClassifier(hidden, activation=activation, max_iter=max_iter, random_state=seed)
    clf.fit(X, y)
    return {
        "source": "sklearn", "layout": "fanInFanOut", "activation": activation,
        "output": clf.out_activation_, "sizes": [2, *hidden, 1],
        "weights": [w.tolist() for w in clf.coefs_],
        "biases": [b.tolist() for b in clf.intercepts_],
        "points": SAMPLES, "p": clf.predict_proba(np.array(SAMPLES))[:, 1].tolist(),
    }


def torch_case(hidden, activation, seed):
    torch.manual_seed(seed)
    sizes = [2, *hidden, 2]
    layers = [torch.nn.Linear(a, b).double() for a, b in zip(sizes[:-1], sizes[1:])]
    act = {"relu": torch.relu, "tanh": torch.tanh, "logistic": torch.sigmoid,
           "identity": lambda t: t}[activation]
    with torch.no_grad():
        a = torch.tensor(SAMPLES, dtype=torch.float64)
        for i, layer in enumerate(layers):
            a = layer(a)
            if i < len(layers) - 1:
                a = act(a)
        p = torch.softmax(a, dim=1)[:, 1]
    return {
        "source": "torch", "layout": "outByIn", "activation": activation, "output": "softmax",
        "sizes": sizes,
        "weights": [l.weight.detach().tolist() for l in layers],
        "biases": [l.bias.detach().tolist() for l in layers],
        "points": SAMPLES, "p": p.tolist(),
    }


networks = [
    sklearn_case((8,), "relu", 0),
    sklearn_case((16, 16), "tanh", 1),
    sklearn_case((5,), "logistic", 2),
    sklearn_case((4, 3, 5), "relu", 3),
    sklearn_case((6,), "identity", 4),
    torch_case((10, 10), "relu", 0),
    torch_case((7,), "tanh", 5),
]

Xb, yb = make_blobs(150, centers=3, cluster_std=1.2, random_state=7)
blobs = MLPClassifier((12,), activation="tanh", max_iter=300, random_state=7).fit(Xb, yb)
multiclass = {
    "activation": "tanh", "sizes": [2, 12, 3],
    "weights": [w.tolist() for w in blobs.coefs_],
    "biases": [b.tolist() for b in blobs.intercepts_],
    "points": Xb[:6].tolist(), "proba": blobs.predict_proba(Xb[:6]).tolist(),
    "x": Xb.tolist(), "y": yb.tolist(),
}

X, y = make_moons(200, noise=0.25, random_state=3)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=3)
moons = {"x_train": X_train.tolist(), "y_train": y_train.tolist(),
         "x_test": X_test.tolist(), "y_test": y_test.tolist()}
moons_model = MLPClassifier((16, 16), activation="relu", max_iter=400, random_state=3)
moons_model.fit(X_train, y_train)
moons["model"] = {"activation": "relu", "sizes": [2, 16, 16, 1],
                  "weights": [w.tolist() for w in moons_model.coefs_],
                  "biases": [b.tolist() for b in moons_model.intercepts_]}

curves = {"runs": []}
for lr in (0.1, 0.01, 0.001):
    clf = MLPClassifier((16, 16), learning_rate_init=lr, max_iter=150, random_state=0,
                        n_iter_no_change=1000).fit(X_train, y_train)
    curves["runs"].append({"label": f"adam lr={lr}", "loss": clf.loss_curve_})
sgd = MLPClassifier((16, 16), solver="sgd", learning_rate_init=0.1, max_iter=150, random_state=0,
                    n_iter_no_change=1000).fit(X_train, y_train)
curves["runs"].append({"label": "sgd lr=0.1", "loss": sgd.loss_curve_})
es = MLPClassifier((16, 16), early_stopping=True, learning_rate_init=0.01, validation_fraction=0.2,
                   n_iter_no_change=40, max_iter=400, random_state=3).fit(X_train, y_train)
curves["early_stopping"] = {
    "loss": es.loss_curve_, "validation_accuracy": es.validation_scores_,
    "best_epoch": int(np.argmax(es.validation_scores_)) + 1,
}

logits = np.array([2.0, -1.0, 0.5, 3.1, -0.2])
soft = {"logits": logits.tolist(), "classes": ["cat", "dog", "bird", "fish", "frog"],
        "p": softmax(logits).tolist(), "argmax": int(np.argmax(logits))}

OUT.write_text(json.dumps({"networks": networks, "multiclass": multiclass, "moons": moons,
                           "curves": curves, "softmax": soft}, indent=None) + "\n")
print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
