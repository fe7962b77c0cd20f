"""Moving `mlp` model files to and from scikit-learn (the README's snippet, verbatim).

`save_model` writes a fitted MLPClassifier (and the StandardScaler fitted on its
training rows, or None) as a model file `mlp predict` and `mlp evaluate` read;
`load_model` turns a file written by `mlp train --model-out` into a fitted
MLPClassifier and StandardScaler that predict exactly what `mlp predict` prints.
`Tools/reference/mlp_iris.py` runs both directions and checks them.
"""
import json

import numpy as np
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import LabelBinarizer, StandardScaler


def save_model(clf, scaler, feature_names, target, path):
    model = {
        "format": "mlp-workbook-model", "version": 1,
        "target": target, "feature_names": list(feature_names),
        "classes": clf.classes_.tolist(), "activation": clf.activation,
        "coefs": [w.tolist() for w in clf.coefs_],
        "intercepts": [b.tolist() for b in clf.intercepts_],
        "scaler": None if scaler is None else
        {"mean": scaler.mean_.tolist(), "scale": scaler.scale_.tolist()},
    }
    with open(path, "w") as f:
        json.dump(model, f)


def load_model(path):
    with open(path) as f:
        m = json.load(f)
    coefs = [np.array(w, dtype=float) for w in m["coefs"]]
    clf = MLPClassifier(hidden_layer_sizes=[w.shape[1] for w in coefs[:-1]],
                        activation=m["activation"])
    clf.coefs_ = coefs
    clf.intercepts_ = [np.array(b, dtype=float) for b in m["intercepts"]]
    clf.classes_ = np.array(m["classes"])
    clf._label_binarizer = LabelBinarizer().fit(clf.classes_)
    clf.n_features_in_ = len(m["feature_names"])
    clf.n_layers_ = len(clf.coefs_) + 1
    clf.n_outputs_ = clf.coefs_[-1].shape[1]
    clf.out_activation_ = "logistic" if len(clf.classes_) <= 2 else "softmax"
    scaler = None
    if m["scaler"] is not None:
        scaler = StandardScaler()
        scaler.mean_ = np.array(m["scaler"]["mean"])
        scaler.scale_ = np.array(m["scaler"]["scale"])
        scaler.var_ = scaler.scale_ ** 2
        scaler.n_features_in_ = len(scaler.mean_)
    return clf, scaler, m["feature_names"], m["target"]
