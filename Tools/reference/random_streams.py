"""NumPy's legacy RandomState and PyTorch's CPU generator, draw by draw
-> Tests/Fixtures/random_streams.json.

Long enough runs to cross MT19937's 624-word block, for seeds at the
ends of the range: raw 32-bit words, 53-bit doubles, bounded integers (NumPy's masked
rejection, 32- and 64-bit), permutations and torch's 24-bit uniform floats.

Run: python3 Tools/reference/random_streams.py   (needs numpy and torch)
"""
import json
import pathlib

import numpy as np
import torch

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "random_streams.json"

NUMPY_SEEDS = [0, 42, 2**32 - 1]
# inclusive maxima for the bounded draws: 0 draws nothing, powers of two and one below,
# and above 2**32 (two words per draw)
INTERVAL_MAXIMA = [0, 1, 2, 6, 7, 8, 99, 799, 1023, 1024, 2**31, 2**32 - 1, 2**32, 10**12 + 7]


def numpy_case(seed):
    raw = np.random.RandomState(seed).randint(0, 2**32, size=700, dtype=np.uint64)
    samples = np.random.RandomState(seed).random_sample(330)
    intervals = {}
    for m in INTERVAL_MAXIMA:
        rs = np.random.RandomState(seed)
        # randint(0, m + 1) draws as random_interval(m) does: mask, reject, repeat
        intervals[str(m)] = [int(v) for v in rs.randint(0, m + 1, size=40, dtype=np.int64)]
        # and the stream continues where the rejections left it
        intervals[str(m)].append(int(rs.randint(0, 2**32, dtype=np.uint64)))
    rs = np.random.RandomState(seed)
    permutations = [rs.permutation(n).tolist() for n in (1, 2, 3, 5, 17, 100, 1000)]
    return {
        "seed": seed,
        "raw": [int(v) for v in raw],
        "random_sample": samples.tolist(),
        "intervals": intervals,
        "permutations": permutations,
    }


def torch_case(seed):
    g = torch.Generator().manual_seed(seed)
    uniform = torch.empty(700, dtype=torch.float32).uniform_(-0.3, 0.7, generator=g)
    return {"seed": seed, "uniform_from": -0.3, "uniform_to": 0.7,
            "uniform": [float(v) for v in uniform]}


fixture = {
    "numpy": [numpy_case(s) for s in NUMPY_SEEDS],
    "torch": [torch_case(s) for s in (0, 3, 2**40 + 5)],
}
OUT.write_text(json.dumps(fixture, separators=(",", ":")) + "\n")
print(f"wrote {OUT.relative_to(OUT.parents[2])}")
