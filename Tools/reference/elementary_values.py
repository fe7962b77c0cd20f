"""Correctly rounded exp and log -> Tests/Fixtures/elementary_values.json.

The losses' and softmax's `mlpk_log` and `mlpk_exp` (fdlibm's algorithms) are checked
against these: within 1 ulp of the correctly rounded value everywhere, equal to it
almost always. log's inputs are what the loss takes: p clipped to [2^-52, 1 - 2^-52]
and 1 - p, spread over every binade, crowded near 1 (confident predictions) and at the
ends. exp's are what softmax takes (z - max <= 0, from tiny to past underflow) and a
spread of positive values up to overflow.

Run: python3 Tools/reference/elementary_values.py   (needs mpmath)
"""
import json
import pathlib
import random

import mpmath

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "elementary_values.json"
mpmath.mp.prec = 200

rng = random.Random(20261129)
xs = [2.0**-52, 1 - 2.0**-52, 1 - 2.0**-53, 0.5, 0.75, 1 - 2.0**-20, 1 - 2.0**-21, 1 + 0.0]
xs += [rng.random() for _ in range(600)]
xs += [1 - rng.random() * 2.0 ** -rng.randint(1, 52) for _ in range(600)]
xs += [(1 + rng.random()) * 2.0 ** -rng.randint(1, 52) for _ in range(400)]
xs = [min(max(x, 2.0**-52), 1.0) for x in xs]
# mpmath rounds its 200-bit result to the nearest double
values = [float(mpmath.log(mpmath.mpf(x))) for x in xs]
es = [0.0, -0.0, 1.0, -1.0, 0.5 * 0.6931471805599453, 1.5 * 0.6931471805599453, 2.0**-29,
      -2.0**-29, 709.78, -708.3, -720.0, -745.0]
es += [-rng.random() * 40 for _ in range(500)]
es += [-rng.random() * 745 for _ in range(200)]
es += [(rng.random() - 0.5) * 2.0 ** -rng.randint(0, 40) for _ in range(200)]
es += [rng.random() * 709 for _ in range(200)]
exps = [float(mpmath.exp(mpmath.mpf(x))) for x in es]
OUT.write_text(json.dumps({
    "log": {"x": [x.hex() for x in xs], "y": [v.hex() for v in values]},
    "exp": {"x": [x.hex() for x in es], "y": [v.hex() for v in exps]},
}) + "\n")
print(f"wrote {OUT.relative_to(OUT.parents[2])}: {len(xs)} logarithms, {len(es)} exponentials")
