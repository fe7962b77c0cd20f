"""How sklearn prints MLPClassifier models -> Tests/Fixtures/sklearn_mlp_repr.json.

repr() shows only the parameters that differ from the defaults, sorted by name, and
wraps long lists under the opening parenthesis. Each case records the parameters
(hidden_layer_sizes given as a tuple, as the seed does) and sklearn's text.

Run: python3 Tools/reference/sklearn_mlp_repr.py   (scikit-learn 1.9.1)
"""
import json
import pathlib

from sklearn.neural_network import MLPClassifier

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "sklearn_mlp_repr.json"

cases = [
    {},
    {"hidden_layer_sizes": (10, 10), "max_iter": 1, "warm_start": True, "random_state": 42},
    {"hidden_layer_sizes": (100,), "max_iter": 300, "random_state": 42},
    {"hidden_layer_sizes": (10, 10), "activation": "tanh", "solver": "sgd", "alpha": 0.01,
     "batch_size": 32, "learning_rate": "adaptive", "learning_rate_init": 0.05, "max_iter": 50,
     "random_state": 42, "tol": 1e-5, "verbose": True, "early_stopping": True,
     "n_iter_no_change": 5},
    {"momentum": 0.0, "nesterovs_momentum": False},
    {"hidden_layer_sizes": (5,), "solver": "lbfgs", "random_state": 0, "max_fun": 20},
    {"hidden_layer_sizes": (), "alpha": 1.0, "beta_1": 0.8, "beta_2": 0.99, "epsilon": 1e-6,
     "power_t": 0.25, "shuffle": False, "validation_fraction": 0.2, "activation": "logistic",
     "learning_rate": "invscaling", "max_iter": 1000, "random_state": 4294967295},
    {"hidden_layer_sizes": (64, 32, 16, 8), "activation": "identity", "alpha": 0.0,
     "learning_rate_init": 0.0001, "tol": 0.0, "batch_size": 1},
]
records = []
for params in cases:
    clf = MLPClassifier(**params)
    p = dict(params)
    if "hidden_layer_sizes" in p:
        p["hidden_layer_sizes"] = list(p["hidden_layer_sizes"])
    records.append({"params": p, "repr": repr(clf)})
OUT.write_text(json.dumps({"cases": records}, indent=1) + "\n")
print(f"wrote {OUT}")
