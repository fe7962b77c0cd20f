"""Reference facts about sklearn's iris and digits -> Tests/Fixtures/datasets_bundled.json.

Not the data again: shapes, names, the labels, per-column sums, a few whole rows,
and an FNV-1a 64-bit checksum of X as little-endian float64 bytes in row-major order
(offset basis 0xcbf29ce484222325, prime 0x100000001b3), which any changed value or
row order breaks. Also load_digits(n_class=k) sizes for a few k.

Run: python3 Tools/reference/datasets_bundled.py   (deterministic; needs scikit-learn)
"""
import json
import pathlib

import numpy as np
from sklearn.datasets import load_digits, load_iris

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "datasets_bundled.json"


def fnv1a64(data: bytes) -> str:
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def facts(bunch, labels, rows):
    X = np.ascontiguousarray(bunch.data, dtype="<f8")
    return {
        "shape": list(X.shape),
        "feature_names": list(bunch.feature_names),
        "labels": labels,
        "column_sums": [float(v) for v in X.sum(axis=0)],
        "rows": {str(i): [float(v) for v in X[i]] for i in rows},
        "fnv1a64": fnv1a64(X.tobytes()),
    }


iris = load_iris()
digits = load_digits()
data = {
    "iris": facts(iris, [str(iris.target_names[t]) for t in iris.target], [0, 1, 50, 77, 149]),
    "digits": facts(digits, [int(t) for t in digits.target], [0, 1, 9, 1000, 1796]),
    "digits_n_class": [
        {"n_class": k, "n": int(load_digits(n_class=k).data.shape[0]),
         "fnv1a64": fnv1a64(np.ascontiguousarray(load_digits(n_class=k).data, dtype="<f8").tobytes())}
        for k in (1, 2, 5, 9)
    ],
}
OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n")
print(f"wrote Tests/Fixtures/{OUT.name} ({OUT.stat().st_size} bytes)")
