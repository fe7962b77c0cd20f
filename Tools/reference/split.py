"""Reference splits from sklearn's train_test_split -> Tests/Fixtures/split.json.

Run: python3 Tools/reference/split.py   (needs numpy, scikit-learn)
"""
import json
import pathlib

import numpy as np
from sklearn.model_selection import train_test_split

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "split.json"


def case(n, seed, test_size=None, train_size=None, shuffle=True, stratify=None):
    idx = np.arange(n)
    train, test = train_test_split(
        idx, test_size=test_size, train_size=train_size, random_state=seed,
        shuffle=shuffle, stratify=stratify)
    return {
        "n": n, "seed": seed, "test_size": test_size, "train_size": train_size,
        "test_is_fraction": isinstance(test_size, float),
        "train_is_fraction": isinstance(train_size, float),
        "shuffle": shuffle,
        "stratify": None if stratify is None else [int(v) for v in stratify],
        "train": train.tolist(), "test": test.tolist(),
    }


cases = [
    case(1000, 42, 0.2), case(10, 0), case(10, 0, train_size=0.55), case(37, 7, 5),
    case(37, 7, 0.3, 0.5), case(20, 3, 0.25, shuffle=False), case(101, 123456789, 0.33),
]
rng = np.random.RandomState(5)
for n, k, seed, ts in [(50, 2, 1, 0.2), (97, 3, 42, 0.25), (200, 5, 9, 0.1), (31, 4, 2, 0.5), (60, 2, 0, 7)]:
    y = rng.randint(0, k, n)
    cases.append(case(n, seed, ts, stratify=y))
# imbalanced with rounding ties
y = np.array([0] * 7 + [1] * 7 + [2] * 7)
cases.append(case(21, 11, 0.5, stratify=y))
OUT.write_text(json.dumps({"cases": cases}, indent=None) + "\n")
print(f"wrote {OUT}")
