"""Correctly rounded natural logarithms -> Tests/Fixtures/log_values.json.

The training loss's logarithm (`mlpk_log`, fdlibm's algorithm) is checked against
these: within 1 ulp of the correctly rounded value everywhere, equal to it almost
always. The inputs are what the loss takes: p clipped to [2^-52, 1 - 2^-52] and 1 - p,
spread over every binade, crowded near 1 (confident predictions) and at the ends.

Run: python3 Tools/reference/log_values.py   (needs mpmath)
"""
import json
import pathlib
import random

import mpmath

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "log_values.json"
mpmath.mp.prec = 200

rng = random.Random(20261129)
xs = [2.0**-52, 1 - 2.0**-52, 1 - 2.0**-53, 0.5, 0.75, 1 - 2.0**-20, 1 - 2.0**-21, 1 + 0.0]
xs += [rng.random() for _ in range(600)]
xs += [1 - rng.random() * 2.0 ** -rng.randint(1, 52) for _ in range(600)]
xs += [(1 + rng.random()) * 2.0 ** -rng.randint(1, 52) for _ in range(400)]
xs = [min(max(x, 2.0**-52), 1.0) for x in xs]
# mpmath rounds its 200-bit result to the nearest double
values = [float(mpmath.log(mpmath.mpf(x))) for x in xs]
OUT.write_text(json.dumps({"x": [x.hex() for x in xs], "log": [v.hex() for v in values]}) + "\n")
print(f"wrote {OUT.relative_to(OUT.parents[2])}: {len(xs)} values")
