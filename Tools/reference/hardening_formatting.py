"""Reference strings for the long-precision cases of Double.fixed / Double.scientific
(Tests/MLPKitTests/Display/HardeningFormattingTests.swift).

Python's f"{x:.{n}f}" and f"{x:.{n}e}" print a double's exact decimal expansion, then
zeros, for any precision up to INT_MAX. The Swift side computes 1100 digits and pads
the rest; these cases straddle that boundary. Deterministic; writes
Tests/Fixtures/hardening_formatting.json.
Run: python3 Tools/reference/hardening_formatting.py
"""
import json
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "Fixtures",
                   "hardening_formatting.json")

values = [5e-324, 0.1, -1.7976931348623157e308]
precisions = [1074, 1101, 1300]
cases = []
for x in values:
    for n in precisions:
        cases.append({"value": x, "bits": x.hex(), "decimals": n,
                      "fixed": format(x, ".%df" % n), "scientific": format(x, ".%de" % n)})
with open(OUT, "w") as f:
    json.dump({"cases": cases}, f, indent=0)
    f.write("\n")
