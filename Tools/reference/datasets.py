"""Reference data sets from sklearn's generators -> Tests/Fixtures/datasets.json.

Covers make_moons, make_circles and make_blobs (sklearn 1.9.1, numpy 2.4) over
several parameter combinations each: odd and tuple sizes, noise None, shuffle False,
several seeds, explicit centres, per-centre std and counts, 3-D blobs. It also holds
makeXOR, the workbook's own generator, written here with NumPy exactly as its Swift
documentation defines it (uniform(-1, 1, (n, 2)); label = x1*x2 < 0; then noise).

Every case stores the full X (row-major, shortest round-trip floats) and y.
Run: python3 Tools/reference/datasets.py   (deterministic; needs numpy, scikit-learn)
"""
import json
import pathlib

import numpy as np
from sklearn.datasets import make_blobs, make_circles, make_moons

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "datasets.json"


def pack(params, X, y):
    return {**params, "shape": list(X.shape), "x": [float(v) for v in X.ravel()],
            "y": [int(v) for v in y]}


def moons(n, shuffle=True, noise=None, seed=0):
    X, y = make_moons(n_samples=tuple(n) if isinstance(n, list) else n, shuffle=shuffle,
                      noise=noise, random_state=seed)
    return pack({"n": n if isinstance(n, int) else None,
                 "pair": n if isinstance(n, list) else None,
                 "shuffle": shuffle, "noise": noise, "seed": seed}, X, y)


def circles(n, shuffle=True, noise=None, seed=0, factor=0.8):
    X, y = make_circles(n_samples=tuple(n) if isinstance(n, list) else n, shuffle=shuffle,
                        noise=noise, random_state=seed, factor=factor)
    return pack({"n": n if isinstance(n, int) else None,
                 "pair": n if isinstance(n, list) else None,
                 "shuffle": shuffle, "noise": noise, "seed": seed, "factor": factor}, X, y)


def blobs(n=100, n_features=2, centers=None, cluster_std=1.0, center_box=(-10.0, 10.0),
          shuffle=True, seed=0):
    X, y = make_blobs(n_samples=n, n_features=n_features, centers=centers,
                      cluster_std=cluster_std, center_box=center_box, shuffle=shuffle,
                      random_state=seed)
    return pack({
        "n": n if isinstance(n, int) else None,
        "per_center": n if isinstance(n, list) else None,
        "n_features": n_features,
        "center_count": centers if isinstance(centers, int) else None,
        "center_rows": centers if isinstance(centers, list) else None,
        "std": cluster_std if not isinstance(cluster_std, list) else None,
        "std_per_center": cluster_std if isinstance(cluster_std, list) else None,
        "box": list(center_box), "shuffle": shuffle, "seed": seed}, X, y)


def xor(n, noise=None, seed=0):
    rs = np.random.RandomState(seed)
    X = rs.uniform(-1, 1, size=(n, 2))
    y = (X[:, 0] * X[:, 1] < 0).astype(int)
    if noise is not None:
        X = X + rs.normal(scale=noise, size=(n, 2))
    return pack({"n": n, "noise": noise, "seed": seed}, X, y)


data = {
    "moons": [
        moons(1000, noise=0.2, seed=42),  # the seed's data set
        moons(100),
        moons(1, seed=3),
        moons(2, noise=0.5, seed=9),
        moons(7, noise=0.05, seed=11),
        moons(101, noise=0.3, seed=123456789),
        moons(33, shuffle=False, noise=0.1, seed=5),
        moons(25, shuffle=False),
        moons([3, 8], noise=0.1, seed=1),
        moons([10, 0], seed=2),
        moons(250, noise=1.5, seed=4294967295),
    ],
    "circles": [
        circles(301, noise=0.1, seed=3),
        circles(100),
        circles(1, seed=1),
        circles(0, seed=1),
        circles(9, noise=0.05, seed=8, factor=0.5),
        circles(64, shuffle=False, noise=0.2, seed=2, factor=0.0),
        circles(17, shuffle=False, factor=0.3),
        circles([5, 12], noise=0.1, seed=77),
        circles([0, 4], seed=6),
        circles(200, noise=0.03, seed=42, factor=0.99),
    ],
    "blobs": [
        blobs(101, 2, 3, 1.5, seed=7),
        blobs(),
        blobs(10, seed=0),
        blobs(11, 3, 4, 0.7, seed=21),  # 3-D, uneven split
        blobs(50, centers=[[0.0, 0.0], [3.0, 3.0], [-2.5, 4.0]], seed=5),
        blobs(40, centers=[[1.0, 2.0, 3.0], [-1.0, -2.0, -3.0]], cluster_std=[0.5, 2.0], seed=8),
        blobs([3, 3, 4], seed=0),
        blobs([5, 0, 7], n_features=4, cluster_std=[1.0, 2.0, 0.1], seed=12),
        blobs([6, 9], centers=[[10.0, -10.0], [0.5, 0.25]], cluster_std=0.0, seed=3),
        blobs(23, 1, 5, 2.5, center_box=(0.0, 1.0), shuffle=False, seed=99),
        blobs(37, 2, 2, 3.0, center_box=(-1.0, 5.0), seed=1234),
        blobs(1, 5, 1, seed=4),
    ],
    "xor": [
        xor(100),
        xor(1, seed=5),
        xor(37, noise=0.1, seed=42),
        xor(200, noise=0.5, seed=7),
    ],
}
OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n")
print(f"wrote Tests/Fixtures/{OUT.name} ({OUT.stat().st_size} bytes)")
