"""Reference numbers for StandardScaler, MinMaxScaler and LabelEncoder
-> Tests/Fixtures/preprocessing.json.

Run: python3 Tools/reference/preprocessing.py   (needs numpy, scikit-learn)

Every input is generated here with fixed seeds, so the output is the same on every
run. The seed case carries the moons training data itself (make_moons(1000, 0.2, 42)
split with train_test_split(0.2, 42)); the other cases are small random matrices
chosen to exercise NumPy's summation orders (one column is summed pairwise, several
columns row by row), constant and near-constant features, large offsets and single
rows. Floats are written with repr(), which round-trips exactly.
"""
import json
import pathlib

import numpy as np
from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import LabelEncoder, MinMaxScaler, StandardScaler

HEAD = 8  # rows of transform(x) kept: the fit itself is checked through mean, var and scale
OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "preprocessing.json"


def matrix(a):
    return [[float(v) for v in row] for row in np.asarray(a, dtype=np.float64)]


def vector(a):
    return None if a is None else [float(v) for v in np.asarray(a, dtype=np.float64)]


def standard_case(name, x, x2, with_mean=True, with_std=True):
    x = np.ascontiguousarray(x, dtype=np.float64)
    x2 = np.ascontiguousarray(x2, dtype=np.float64)
    s = StandardScaler(with_mean=with_mean, with_std=with_std).fit(x)
    return {
        "name": name, "with_mean": with_mean, "with_std": with_std,
        "x": matrix(x), "x2": matrix(x2),
        "mean": vector(s.mean_), "var": vector(s.var_), "scale": vector(s.scale_),
        "n_samples_seen": int(s.n_samples_seen_), "n_features_in": int(s.n_features_in_),
        "transformed_head": matrix(s.transform(x)[:HEAD]), "transformed2": matrix(s.transform(x2)),
        "inverse2": matrix(s.inverse_transform(x2)),
    }


def minmax_case(name, x, x2, feature_range=(0, 1), clip=False):
    x = np.ascontiguousarray(x, dtype=np.float64)
    x2 = np.ascontiguousarray(x2, dtype=np.float64)
    s = MinMaxScaler(feature_range=feature_range, clip=clip).fit(x)
    return {
        "name": name, "feature_range": [float(v) for v in feature_range], "clip": clip,
        "x": matrix(x), "x2": matrix(x2),
        "data_min": vector(s.data_min_), "data_max": vector(s.data_max_),
        "data_range": vector(s.data_range_), "scale": vector(s.scale_), "min": vector(s.min_),
        "transformed": matrix(s.transform(x)), "transformed2": matrix(s.transform(x2)),
        "inverse2": matrix(s.inverse_transform(x2)),
    }


def label(v):
    return v.item() if hasattr(v, "item") else v


def encoder_case(name, y, y2, codes):
    e = LabelEncoder().fit(y)
    return {
        "name": name, "y": [label(v) for v in y], "classes": [label(v) for v in e.classes_],
        "y2": [label(v) for v in y2], "encoded2": [int(v) for v in e.transform(y2)],
        "codes": codes, "decoded": [label(v) for v in e.inverse_transform(codes)],
    }


# --- the seed: moons -> split -> scaler fitted on the training rows
X, y = make_moons(n_samples=1000, noise=0.2, random_state=42)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
seed = standard_case("moons(1000, 0.2, 42) train", X_train, X_test[:20])

rng = np.random.RandomState(2024)
standard = [
    standard_case("docs example with a constant column", [[1, 5], [3, 5], [5, 5]], [[0, 5], [2, 6]]),
    standard_case("single row", rng.randn(1, 3), rng.randn(4, 3)),
    standard_case("two rows, one column", rng.randn(2, 1) * 3 + 1, rng.randn(3, 1)),
    standard_case("7x1 (short pairwise run)", rng.randn(7, 1) * 2 - 5, rng.randn(5, 1)),
    standard_case("9x1 (8-way pairwise)", rng.rand(9, 1) * 10, rng.rand(3, 1)),
    standard_case("50x1 offset 1e8", 1e8 + rng.randn(50, 1), 1e8 + rng.randn(6, 1)),
    standard_case("300x1 (recursive pairwise)", rng.randn(300, 1) * 4 + 2, rng.randn(6, 1)),
    standard_case("129x3 mixed scales", rng.randn(129, 3) * [1e-3, 1.0, 1e3] + [0, 7, -2e4],
                  rng.randn(5, 3)),
    standard_case(
        "40x5 constant, near-constant, 1e8 offset, integer and tiny columns",
        np.column_stack([
            np.full(40, 0.1), 1.0 + rng.randn(40) * 1e-17 + np.arange(40) * 2.220446049250313e-16,
            1e8 + rng.randn(40), rng.randint(-3, 4, 40).astype(float), rng.randn(40) * 1e-200]),
        rng.randn(3, 5)),
    standard_case("1e8 + 1e-8 noise (constant by the bound)", 1e8 + rng.randn(30, 2) * 1e-8,
                  1e8 + rng.randn(2, 2)),
    standard_case("with_mean=False", rng.randn(10, 2) * 2 + 3, rng.randn(3, 2), with_mean=False),
    standard_case("with_std=False", rng.randn(10, 2) * 2 + 3, rng.randn(3, 2), with_std=False),
    standard_case("neither", rng.randn(10, 2), rng.randn(3, 2), with_mean=False, with_std=False),
]
for n, m, s in [(17, 2, 1), (64, 4, 2), (200, 1, 3), (33, 7, 5)]:
    r = np.random.RandomState(s)
    standard.append(standard_case(f"random {n}x{m} seed {s}", r.randn(n, m) * r.rand(m) * 10
                                  + r.randn(m) * 100, r.randn(4, m)))

minmax = [
    minmax_case("[0, 1]", rng.randn(12, 3), rng.randn(4, 3) * 2),
    minmax_case("[-1, 1] with a constant column", np.column_stack([rng.randn(8), np.full(8, 3.3)]),
                rng.randn(3, 2), feature_range=(-1, 1)),
    minmax_case("[2, 5] single row", rng.randn(1, 4), rng.randn(2, 4), feature_range=(2, 5)),
    minmax_case("[-3.5, 0.25] offset 1e8", 1e8 + rng.randn(20, 2), 1e8 + rng.randn(3, 2),
                feature_range=(-3.5, 0.25)),
    minmax_case("clip", rng.rand(10, 2), rng.randn(5, 2) * 3, clip=True),
    minmax_case("tiny range below 10 eps", np.array([[1.0], [1.0 + 2.220446049250313e-16]]),
                np.array([[1.0], [2.0]])),
    minmax_case("one column", rng.randn(30, 1) * 7, rng.randn(4, 1)),
]

encoders = [
    encoder_case("integers", [3, 1, 2, 3, -5, 10, 1], [10, -5, 3], [0, 4, 2, 2]),
    encoder_case("names", ["dog", "cat", "dog", "bird"], ["cat", "cat", "bird"], [2, 0, 1]),
    encoder_case(
        "names in code-point order",
        ["b", "a", "B", "é", "e", "Z", "aa", "ä", "😀", "Ω", "_", "10", "9", "a b"],
        ["😀", "é", "Z", "10"], [0, 13, 7]),
    encoder_case("one class", ["only"], ["only", "only"], [0]),
]

OUT.write_text(json.dumps(
    {"seed": seed, "standard": standard, "minmax": minmax, "encoders": encoders},
    ensure_ascii=False) + "\n")
print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
