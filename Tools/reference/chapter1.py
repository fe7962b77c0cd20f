"""Chapter 1's reference numbers -> Tests/Fixtures/chapter1.json.

Run: python3 Tools/reference/chapter1.py   (numpy 2.4, scipy 1.17, scikit-learn 1.9.1,
torch 2.15; about a minute). Deterministic: fixed seeds, one torch thread, CPU only.

What it writes, by section of `swift run chapter1`:
  1.1 structure   the shapes of sklearn's coefs_/intercepts_ after fitting
                  MLPClassifier(hidden_layer_sizes=H) on the seed's two-class moons (one
                  epoch is enough to create them), and the parameter count of the seed's
                  PyTorch model 2-10-10-2 (nn.Linear layers).
  1.2 neuron      z = w.x + b and its activations for the chapter's hand-picked neuron,
                  one sample and the three-sample batch, in numpy float64.
  1.3 activations f(z) and f'(z) for identity, logistic, tanh and relu at
                  z = -2, -1, -0.5, 0, 0.5, 1, 2, from sklearn's own ACTIVATIONS and
                  DERIVATIVES (sklearn/neural_network/_base.py; the derivative is computed
                  from the activation's output, so relu'(0) = 0).
  1.4 softmax     torch.softmax of the chapter's logits, of the huge logits
                  [1000, 999, 998], numpy's naive exp(z)/sum(exp(z)) of them (nan), and
                  torch.sigmoid(z) next to torch.softmax([0, z]) for a few z.
  1.5 forward     the tiny 2-3-2 ReLU network: torch.manual_seed(seed), then
                  nn.Linear(2, 3) and nn.Linear(3, 2) draw the weights (float32, widened
                  exactly to float64); the forward pass on the chapter's three samples in
                  numpy float64: z1, a1 = relu(z1), z2 (logits), softmax probabilities and
                  the argmax class, for several seeds.
  1.6 scaling     the seed's data (make_moons(1000, noise=0.2, random_state=42),
                  train_test_split(test_size=0.2, random_state=42)) with feature x1
                  multiplied by a factor (labelled "x1 × {factor:g}"), and four fits of MLPClassifier(hidden_layer_sizes=H,
                  max_iter=300, random_state=seed), the seed's other settings being the
                  defaults: units (as generated, x1 * factor) x (raw, StandardScaler fitted
                  on the training part). For each: train and test accuracy, n_iter_, loss_
                  and whether the ConvergenceWarning fired; and the scaler's mean_ and
                  scale_ for the x1 * factor data.
"""
import json
import pathlib
import warnings

import numpy as np
import torch
import torch.nn as nn
from sklearn.datasets import make_moons
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.neural_network._base import ACTIVATIONS, DERIVATIVES
from sklearn.preprocessing import StandardScaler

torch.set_num_threads(1)
OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "chapter1.json"

# The chapter's hand-picked numbers (Chapters/chapter1/main.swift uses the same ones).
NEURON_X = [1.5, 0.5]
NEURON_W = [0.8, -0.4]
NEURON_B = 0.1
SAMPLES = [[1.5, 0.5], [-1.0, 2.0], [0.25, -0.75]]
Z_POINTS = [-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0]
LOGITS = [2.0, 1.0, 0.1]
HUGE_LOGITS = [1000.0, 999.0, 998.0]
SIGMOID_POINTS = [-2.0, 0.0, 1.1, 3.0]


def activate(name, z):
    """sklearn's in-place activation applied to a copy of z."""
    a = np.array(z, dtype=np.float64)
    ACTIVATIONS[name](a)
    return a


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=np.float64).ravel()]


def rows(a):
    return [floats(r) for r in np.asarray(a, dtype=np.float64)]


def structure():
    X, y = make_moons(n_samples=1000, noise=0.2, random_state=42)
    X_train, _, y_train, _ = train_test_split(X, y, test_size=0.2, random_state=42)
    sklearn = []
    for hidden in [(100,), (10, 10), (5,), (3, 4, 5)]:
        clf = MLPClassifier(hidden_layer_sizes=hidden, max_iter=1, random_state=42)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            clf.fit(X_train, y_train)
        sklearn.append({
            "hidden": list(hidden),
            "coef_shapes": [list(c.shape) for c in clf.coefs_],
            "intercept_shapes": [list(b.shape) for b in clf.intercepts_],
            "n_outputs": int(clf.n_outputs_),
            "out_activation": clf.out_activation_,
            "parameters": int(sum(c.size for c in clf.coefs_) + sum(b.size for b in clf.intercepts_)),
        })
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 10), nn.ReLU(), nn.Linear(10, 10), nn.ReLU(), nn.Linear(10, 2))
    torch_shapes = [list(p.shape) for p in model.parameters()]
    return {"sklearn": sklearn,
            "torch": {"shapes": torch_shapes,
                      "parameters": int(sum(p.numel() for p in model.parameters()))}}


def neuron():
    x, w, b = np.array(NEURON_X), np.array(NEURON_W), NEURON_B
    z = float(w @ x + b)
    X = np.array(SAMPLES)
    batch = X @ w[:, None] + np.array([b])  # [3, 1]
    return {"x": NEURON_X, "w": NEURON_W, "b": NEURON_B, "products": floats(w * x), "z": z,
            "relu": float(activate("relu", [z])[0]),
            "logistic": float(activate("logistic", [z])[0]),
            "batch_xw": floats(X @ w[:, None]), "batch_z": floats(batch)}


def activations():
    z = np.array(Z_POINTS)
    table = {"z": Z_POINTS}
    for name in ["identity", "logistic", "tanh", "relu"]:
        a = activate(name, z)
        delta = np.ones_like(a)
        DERIVATIVES[name](a, delta)  # delta *= f'(z), written from the output a
        table[name] = {"f": floats(a), "derivative": floats(delta)}
    return table


def softmax():
    logits = torch.tensor(LOGITS, dtype=torch.float64)
    huge = torch.tensor(HUGE_LOGITS, dtype=torch.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        naive = np.exp(np.array(HUGE_LOGITS)) / np.exp(np.array(HUGE_LOGITS)).sum()
    s = torch.tensor(SIGMOID_POINTS, dtype=torch.float64)
    pairs = torch.stack([torch.zeros_like(s), s], dim=1)
    return {"logits": LOGITS, "exp": floats(np.exp(LOGITS)), "exp_sum": float(np.exp(LOGITS).sum()),
            "probabilities": floats(torch.softmax(logits, dim=0)),
            "huge_logits": HUGE_LOGITS, "huge_probabilities": floats(torch.softmax(huge, dim=0)),
            "naive_huge": [str(v) for v in naive],
            "sigmoid_z": SIGMOID_POINTS, "sigmoid": floats(torch.sigmoid(s)),
            "softmax_of_pairs": rows(torch.softmax(pairs, dim=1))}


def forward(seed):
    torch.manual_seed(seed)
    hidden, output = nn.Linear(2, 3), nn.Linear(3, 2)
    w1, b1 = hidden.weight.detach().double().numpy(), hidden.bias.detach().double().numpy()
    w2, b2 = output.weight.detach().double().numpy(), output.bias.detach().double().numpy()
    X = np.array(SAMPLES)
    z1 = X @ w1.T + b1  # [3, 3]
    a1 = np.maximum(z1, 0)
    z2 = a1 @ w2.T + b2  # [3, 2]
    e = np.exp(z2 - z2.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    return {"seed": seed, "x": rows(X), "w1": rows(w1), "b1": floats(b1), "z1": rows(z1),
            "a1": rows(a1), "w2": rows(w2), "b2": floats(b2), "z2": rows(z2), "p": rows(p),
            "predicted": [int(i) for i in p.argmax(axis=1)]}


def scaling(seed, factor, hidden):
    X, y = make_moons(n_samples=1000, noise=0.2, random_state=42)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
    units = {"as generated": (X_train, X_test)}
    A_train, A_test = X_train.copy(), X_test.copy()
    A_train[:, 1] *= factor
    A_test[:, 1] *= factor
    units["x1 * factor"] = (A_train, A_test)
    fits = []
    scaler_stats = None
    for unit in ["as generated", "x1 * factor"]:
        for scaled in [False, True]:
            tr, te = units[unit]
            if scaled:
                scaler = StandardScaler().fit(tr)
                tr, te = scaler.transform(tr), scaler.transform(te)
                if unit == "x1 * factor":
                    scaler_stats = {"mean": floats(scaler.mean_), "scale": floats(scaler.scale_)}
            clf = MLPClassifier(hidden_layer_sizes=tuple(hidden), max_iter=300, random_state=seed)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                clf.fit(tr, y_train)
            fits.append({"units": unit, "scaled": scaled,
                         "train_accuracy": float(clf.score(tr, y_train)),
                         "test_accuracy": float(clf.score(te, y_test)),
                         "n_iter": int(clf.n_iter_), "loss": float(clf.loss_),
                         "convergence_warning": any(w.category is ConvergenceWarning for w in caught)})
    raw = units["x1 * factor"][0]
    return {"seed": seed, "factor": factor, "hidden": list(hidden),
            "units_label": f"x1 × {factor:g}",
            "raw_mean": floats(raw.mean(axis=0)), "raw_std": floats(raw.std(axis=0)),
            "scaler": scaler_stats, "fits": fits}


fixture = {
    "structure": structure(),
    "neuron": neuron(),
    "activations": activations(),
    "softmax": softmax(),
    "forward": [forward(s) for s in [42, 0, 1, 7, 2024]],
    "scaling": [scaling(42, 1000.0, [100]), scaling(0, 1000.0, [100]), scaling(7, 100.0, [100]),
                scaling(42, 1000.0, [10, 10]), scaling(3, 0.001, [5]),
                scaling(11, 1e-6, [20, 20]), scaling(4294967295, 250.0, [7, 3]),
                scaling(8, 1.23456789e-5, [3, 4, 5])],
}
OUT.write_text(json.dumps(fixture, indent=1) + "\n")
print(f"wrote {OUT.relative_to(OUT.parents[2])}")
