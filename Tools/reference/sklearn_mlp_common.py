"""Helpers shared by the sklearn_mlp*.py fixture scripts (writes nothing itself).

`run_case` trains an sklearn MLPClassifier through a list of steps (fit, partial_fit,
parameter changes), capturing the warnings and the verbose lines sklearn prints, and
returns a JSON-ready record of the fitted state. Initial weights can be injected by
replacing the instance's `_init_coef`, so nothing is drawn from the random stream for
them (the Swift `setInitialWeights` does the same).
"""
import contextlib
import io
import warnings

import numpy as np
from sklearn.neural_network import MLPClassifier


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def label_list(y):
    return [v.item() if hasattr(v, "item") else v for v in y]


def dataset(x, y):
    x = np.asarray(x, dtype=float)
    return {"rows": int(x.shape[0]), "features": int(x.shape[1]), "x": floats(x),
            "y": label_list(y)}


def glorot_like(layer_units, seed, scale=0.5):
    """Weights that do not come from the model's stream, for injection tests."""
    rng = np.random.RandomState(seed)
    coefs = [rng.uniform(-scale, scale, (a, b)) for a, b in zip(layer_units, layer_units[1:])]
    intercepts = [rng.uniform(-scale, scale, b) for b in layer_units[1:]]
    return coefs, intercepts


def state(clf):
    out = {
        "classes": label_list(clf.classes_),
        "n_iter": int(clf.n_iter_),
        "t": int(clf.t_),
        "loss": float(clf.loss_),
        "n_outputs": int(clf.n_outputs_),
        "n_layers": int(clf.n_layers_),
        "out_activation": clf.out_activation_,
        "coefs": [floats(c) for c in clf.coefs_],
        "coef_shapes": [list(c.shape) for c in clf.coefs_],
        "intercepts": [floats(b) for b in clf.intercepts_],
    }
    if clf.solver != "lbfgs":
        out["loss_curve"] = floats(clf.loss_curve_)
        out["best_loss"] = None if clf.best_loss_ is None else float(clf.best_loss_)
        out["validation_scores"] = (None if clf.validation_scores_ is None
                                    else floats(clf.validation_scores_))
        out["best_validation_score"] = (None if clf.best_validation_score_ is None
                                        else float(clf.best_validation_score_))
        opt = clf._optimizer
        out["optimizer_lr"] = float(opt.learning_rate)
        out["optimizer_t"] = int(opt.t) if hasattr(opt, "t") else None
    return out


def run_case(name, data, params, steps, inject=None, proba_rows=10, overrides=None):
    """Runs `steps` on a fresh MLPClassifier(**params).

    steps: ("fit",) | ("partial_fit", classes_or_None) | ("set", {param: value}).
    inject: (coefs, intercepts) handed out by `_init_coef` instead of random draws.
    """
    x = np.asarray(data["x"], dtype=float).reshape(data["rows"], data["features"])
    y = np.asarray(data["y"])
    clf = MLPClassifier(**params)
    if inject is not None:
        pending = list(zip(*inject))

        def take(fan_in, fan_out, dtype):
            coef, intercept = pending.pop(0)
            return coef.astype(dtype), intercept.astype(dtype)

        clf._init_coef = take
    after = []
    stdout = io.StringIO()
    with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(stdout):
        warnings.simplefilter("always")
        for step in steps:
            if step[0] == "fit":
                clf.fit(x, y)
            elif step[0] == "partial_fit":
                clf.partial_fit(x, y, classes=step[1])
            elif step[0] == "set":
                clf.set_params(**step[1])
            if step[0] != "set":
                after.append({"n_iter": int(clf.n_iter_), "t": int(clf.t_),
                              "loss": float(clf.loss_)})
    record = {
        "name": name,
        "params": dict(params if overrides is None else overrides),
        "steps": [[s[0], (label_list(s[1]) if s[0] == "partial_fit" and s[1] is not None
                          else s[1] if len(s) > 1 else None)] for s in steps],
        "inject": None if inject is None else {
            "coefs": [floats(c) for c in inject[0]],
            "coef_shapes": [list(c.shape) for c in inject[0]],
            "intercepts": [floats(b) for b in inject[1]]},
        "after_steps": after,
        "warnings": [[w.category.__name__, str(w.message)] for w in caught],
        "stdout": stdout.getvalue().splitlines(),
        "state": state(clf),
        "predict": label_list(clf.predict(x)),
        "predict_proba": floats(clf.predict_proba(x[:proba_rows])),
        "score": float(clf.score(x, y)),
    }
    return record


def defaults():
    """sklearn's default hyperparameters, JSON-ready."""
    params = dict(MLPClassifier().get_params())
    params["hidden_layer_sizes"] = list(params["hidden_layer_sizes"])
    return params


def make_params(**overrides):
    """sklearn's defaults with `overrides`; hidden_layer_sizes as a list for JSON."""
    params = dict(MLPClassifier().get_params())
    params.update(overrides)
    params["hidden_layer_sizes"] = list(np.atleast_1d(params["hidden_layer_sizes"]).tolist())
    return params
