"""Reference text for tensor printing and number formatting.

Writes two fixtures (run from anywhere: python3 Tools/reference/printing.py; needs torch, numpy):

- Tests/Fixtures/printing.json: `str(t)` from torch._tensor_str for float64 tensors (our
  `Tensor`) and int64 tensors (our `LabelTensor`), under the default print options and a
  few others. Float tensors are printed as float64, and the trailing `dtype=torch.float64`
  suffix (which may sit on its own line) is stripped, because in the workbook `Double` is
  the default dtype. The script checks that the stripped text equals what torch prints
  when float64 *is* the default dtype. Values are stored as Python `repr` strings
  ("nan", "inf", "-0.0", "0.1"), which round-trip exactly.
- Tests/Fixtures/printing-format.json: Python's '{:.Nf}' and '{:.Ne}' for many doubles
  (random at every magnitude, random bit patterns, halfway cases, carries, subnormals,
  -0.0) at 0...8 decimals, and a few at higher precision.

Deterministic: fixed seeds, no timings.
"""
import json
import math
import pathlib
import random
import struct

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures"
SUFFIX_SAME_LINE = ", dtype=torch.float64)"
SUFFIX = "dtype=torch.float64)"

DEFAULT = dict(precision=4, threshold=1000, edgeitems=3, linewidth=80, sci_mode=None)


def strip_float64(text):
    """Drops torch's float64 dtype suffix, whether it sits on the last line or its own."""
    if text.endswith(SUFFIX_SAME_LINE):
        return text[: -len(SUFFIX_SAME_LINE)] + ")"
    lines = text.split("\n")
    assert lines[-1].strip() == SUFFIX, text
    assert lines[-2].endswith(","), text
    return "\n".join(lines[:-2] + [lines[-2][:-1] + ")"])


cases = []


def arange(count, offset=0.0, divisor=1.0, factor=1.0):
    """((i + offset) / divisor) * factor for i in 0..<count, stored as a recipe, not values."""
    values = ((np.arange(float(count)) + offset) / divisor) * factor
    return values, [count, offset, divisor, factor]


def shortened(values, keep=10):
    """Random values rounded to 3 decimals except the first and last `keep`, which print."""
    values = np.array(values, dtype=np.float64)
    values[keep:-keep] = values[keep:-keep].round(3)
    return values


def add(name, values, shape, kind="float", **options):
    opts = dict(DEFAULT)
    opts.update(options)
    recipe = None
    if isinstance(values, tuple):
        values, recipe = values
    if kind == "float":
        flat = [float(v) for v in np.asarray(values, dtype=np.float64).reshape(-1)]
        t = torch.tensor(flat, dtype=torch.float64).reshape(shape)
    else:
        flat = [int(v) for v in np.asarray(values, dtype=np.int64).reshape(-1)]
        t = torch.tensor(flat, dtype=torch.int64).reshape(shape)
    with torch._tensor_str.printoptions(**opts):
        text = str(t)
        if kind == "float":
            text = strip_float64(text)
            # the same tensor when float64 is the default dtype needs no stripping
            previous = torch.get_default_dtype()
            torch.set_default_dtype(torch.float64)
            try:
                assert str(t) == text, (name, str(t), text)
            finally:
                torch.set_default_dtype(previous)
    cases.append({
        "name": name,
        "kind": kind,
        "shape": list(shape),
        "values": None if recipe else [repr(v) for v in flat],
        "arange": recipe,
        "options": {
            "precision": opts["precision"], "threshold": opts["threshold"],
            "edgeitems": opts["edgeitems"], "linewidth": opts["linewidth"],
            "sci_mode": opts["sci_mode"],
        },
        "text": text,
    })


nan, inf = float("nan"), float("inf")

# --- the reference's examples (sklearn-pytorch-behaviour.md §3.3, §5.3)
add("seed test logits", [[-2.0125, 1.5910], [0.2916, -0.2665], [-1.7498, 1.3509]], [3, 2])
add("2x2 example", [[2.1, 0.3], [-1.2, 3.4]], [2, 2])
add("sci switch by ratio", [1e-5, 1.0, 12345.6], [3])
add("1e-3 and 1", [1e-3, 1.0], [2])
add("int-valued 2x3", [[1, 2, 3], [4, 5, 6]], [2, 3])
add("int-valued mixed signs", [1, -20, 300], [3])
add("nan inf -1.5", [nan, inf, -1.5], [3])
add("0-D pi", [3.14159], [])
add("arange(1000) in full", arange(1000), [1000])
add("arange(1001) summarised", arange(1001), [1001])
add("arange(2000).reshape(40,50)", arange(2000), [40, 50])
add("arange(30).reshape(3,10)/7", arange(30, divisor=7.0), [3, 10])
add("1e-4 and 1", [1e-4, 1.0], [2])

# --- 0-D
for v in [0.0, -0.0, nan, inf, -inf, -2.5, 1e-7, 123456789.0, 1e10, 7.0, -0.00001, 0.99995]:
    add(f"0-D {v!r}", [v], [])

# --- random normal tensors at many scales and shapes
rng = np.random.RandomState(20240611)
shapes = [[5], [7], [3, 4], [1, 9], [9, 1], [6, 13], [2, 30], [25], [12, 3], [1, 1], [8, 8], [40, 2]]
scales = [1e-6, 1e-4, 1e-2, 1.0, 10.0, 1e3, 1e5, 1e9]
for i, scale in enumerate(scales):
    for j in range(3):
        shape = shapes[(3 * i + j) % len(shapes)]
        n = int(np.prod(shape)) if shape else 1
        add(f"normal x{scale:g} {shape}", rng.randn(n) * scale, shape)
# mixed magnitudes in one tensor
add("normal with spread scales", rng.randn(20) * 10.0 ** rng.randint(-3, 4, 20), [4, 5])
add("uniform 0..1 [10,10]", rng.rand(100), [10, 10])
add("probabilities [6,3]", rng.dirichlet([1, 1, 1], 6), [6, 3])

# --- zeros, negatives, integers
add("all zero [4]", [0.0] * 4, [4])
add("all zero [2,3]", [0.0] * 6, [2, 3])
add("zero and minus zero", [0.0, -0.0], [2])
add("zeros with a fraction", [0.0, -0.0, 1.5], [3])
add("all negative", -np.abs(rng.randn(7)) - 0.5, [7])
add("all negative ints", [-1, -20, -300, -4000], [4])
add("int-valued wide range", [1, 1000000, -30000000, 5], [4])
add("int-valued above 1e8", [1e9, 2, 3], [3])
add("int-valued ratio 1000 exactly", [1.0, 1000.0], [2])
add("int-valued ratio just over 1000", [1.0, 1001.0], [2])
add("max exactly 1e8", [1e8, 2e7], [2])
add("max just over 1e8", [100000001.0, 2e7], [2])
add("min exactly 1e-4 float64", [1e-4, 0.05], [2])
add("nan only", [nan, nan, nan], [3])
add("inf and -inf", [inf, -inf], [2])
add("int mode with inf", [1.0, inf, -2.0], [3])
add("int mode with nan", [nan, 10.0, -3.0], [3])
add("sci with nan and zero", [1e-5, 0.1, 1e9, nan, 0.0], [5])
add("halfway at 4 decimals", [0.00005, 0.00015, 0.00025, 0.03125, 0.5], [5])
add("carry to next width", [9.99995, 0.5, -9.99996], [3])
add("huge and tiny", [1e300, 1e-300], [2])
add("smallest subnormal", [5e-324, 1.0], [2])
add("largest double", [1.7976931348623157e308, -1.0], [2])
add("tiny negative subnormal", [-1e-320, 1.0], [2])
add("negative widths", [-1234.5678, 0.1, 12.25], [3])
add("large values non-sci", arange(60, divisor=7.0, factor=1e5), [60])

# --- shapes that wrap, 1xN, Nx1, summarised rows and columns
add("wrap 1-D 100", rng.randn(100), [100])
add("wrap rows [3,20]", rng.randn(60), [3, 20])
add("1x12", rng.randn(12), [1, 12])
add("12x1", rng.randn(12), [12, 1])
add("1001 normal", shortened(rng.randn(1001)), [1001])
add("[1000,1] not summarised", arange(1000, divisor=8.0), [1000, 1])
add("[1001,1] summarised", shortened(rng.randn(1001)), [1001, 1])
add("[1,1001] summarised", shortened(rng.randn(1001)), [1, 1001])
add("[400,3] rows summarised", shortened(rng.randn(1200)), [400, 3])
add("[3,400] columns summarised", shortened(rng.randn(1200)), [3, 400])
add("[50,50] summarised ints", arange(2500, offset=-1250.0), [50, 50])
add("summarised formatter sees edges only", np.concatenate([[1.5, 2.5, 3.5], np.full(995, 1e-9), [4.5, 5.5, 6.5]]), [1001])

# --- empty
add("empty 1-D", [], [0])
add("empty [0,3]", [], [0, 3])
add("empty [3,0]", [], [3, 0])
add("empty [0,0]", [], [0, 0])

# --- other print options
add("precision 2", [[2.1, 0.3], [-1.2, 3.4]], [2, 2], precision=2)
add("precision 0", [0.5, 1.5, 2.5, -0.4], [4], precision=0)
add("precision 8", rng.randn(6), [2, 3], precision=8)
add("precision 2 sci", [1e-5, 1.0, 12345.6], [3], precision=2)
add("threshold 10", arange(20, divisor=3.0), [20], threshold=10)
add("threshold 10 2-D", arange(40, divisor=3.0), [8, 5], threshold=10)
add("edgeitems 1", arange(2000), [40, 50], edgeitems=1)
add("edgeitems 0 1-D", arange(1001), [1001], edgeitems=0)
add("edgeitems 0 2-D", arange(2000), [40, 50], edgeitems=0)
add("edgeitems 0 not summarised", [1.5, 2.5], [2], edgeitems=0)
add("edgeitems 0 0-D", [2.5], [], edgeitems=0)
add("edgeitems 0 size wraps", arange(2000), [40, 50], edgeitems=0, linewidth=20)
add("linewidth 40", rng.randn(24), [4, 6], linewidth=40)
add("linewidth 120", rng.randn(40), [40], linewidth=120)
add("linewidth 10", rng.randn(6), [2, 3], linewidth=10)
add("sci_mode True", [[2.1, 0.3], [-1.2, 3.4]], [2, 2], sci_mode=True)
add("sci_mode True ints", [1, 2, 300], [3], sci_mode=True)
add("sci_mode False", [1e-5, 1.0, 12345.6], [3], sci_mode=False)
add("sci_mode False huge", [1e12, 3.0], [2], sci_mode=False)

# --- label tensors (int64)
add("labels seed argmax", [0, 1, 0], [3], kind="label")
add("labels negatives", [-1, 5, -100, 7], [4], kind="label")
add("labels wide", [123456789, -3, 0, 42], [4], kind="label")
add("labels 2-D", [[1, 2, 3], [4, 5, 6]], [2, 3], kind="label")
add("labels 0-D", [7], [], kind="label")
add("labels arange(1000)", arange(1000), [1000], kind="label")
add("labels arange(1001)", arange(1001), [1001], kind="label")
add("labels [2,600]", np.arange(1200) % 7 - 3, [2, 600], kind="label")
add("labels wrap 100", rng.randint(0, 3, 100), [100], kind="label")
add("labels y_pred[:10]", [1, 0, 1, 0, 1, 1, 1, 1, 1, 0], [10], kind="label")
add("labels int64 extremes", [-9223372036854775808, 9223372036854775807], [2], kind="label")
add("labels empty", [], [0], kind="label")
add("labels empty [0,3]", [], [0, 3], kind="label")
add("labels threshold 5", np.arange(12), [12], kind="label", threshold=5, edgeitems=2)

(ROOT / "printing.json").write_text(json.dumps({"cases": cases}, separators=(",", ":")) + "\n")
print(f"wrote {len(cases)} tensor cases")

# ----------------------------------------------------------------- number formatting
fmt_rng = random.Random(7)
values = []
# random doubles at every magnitude, both signs
for exponent in range(-30, 31):
    for _ in range(2):
        v = fmt_rng.random() * 10.0 ** exponent
        values.append(v if fmt_rng.random() < 0.5 else -v)
# random bit patterns (finite ones), which cover subnormals and huge values
while len(values) < 200:
    bits = fmt_rng.getrandbits(64)
    v = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if math.isfinite(v):
        values.append(v)
# exact halfway cases: odd multiples of powers of two
for k in range(0, 12):
    for j in [1, 3, 5, 7, 9, 11, 13, 21, 99, 1001]:
        values.append(j / 2 ** k)
values += [-0.5, -1.5, -2.5, -0.125, -0.375, 1e22, 1e23, 2 ** 53, 2 ** 53 + 2, 2 ** 63, 2 ** 64, 2 ** 64 + 4096.0,
           -(2 ** 70), 123456789012345678901234567890.0]
# decimal near-halfway values that are not halfway in binary
values += [2.675, 1.005, 0.0005, 0.00015, 1.00005, 0.45, 2.5e-5, 1.25e-5, 9.5, 0.95, 0.995, 0.9995]
# carries into a new digit
values += [9.99995, 0.99995, 999999.99999, 9.9999999999, 99.5, 9.5e-5, 9.99995e10, -9.99995e-10, 0.999999999]
# zeros, tiny, huge, subnormal, powers of ten and two
values += [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308,
           1e-5, -0.00001, 1e-4, 1e-3, 0.1, 0.2, 0.3, 1.0, 10.0, 100.0, 1e8, 1e9, 1e15, 1e16, 1e17, 1e-22, 1e-23,
           2.0 ** -72, 2.0 ** -71, 2.0 ** -73, 2.0 ** -124, 2.0 ** -125, 3 * 2.0 ** -126, 2.0 ** 63 + 2048, 2.0 ** 64 - 2048,
           0.7237, 0.4950, 3.14159, 2.718281828459045, 1 / 3, 2 / 3, -1 / 7]
# values whose scaled form sits in the fast/slow boundary region
for e in range(-80, -60):
    values.append(fmt_rng.random() * 2.0 ** e)
for e in range(60, 70):
    values.append((fmt_rng.random() + 1) * 2.0 ** e)

format_cases = []
for v in values:
    # a huge value's fixed text is hundreds of digits: keep it at 0 and 8 decimals only
    long = abs(v) >= 1e40
    entry = {"value": repr(v),
             "fixed": ["{:.{}f}".format(v, d) if not long or d in (0, 8) else None for d in range(0, 9)],
             "scientific": ["{:.{}e}".format(v, d) for d in range(0, 9)]}
    format_cases.append(entry)
# higher precision on a subset
high = []
for v in [v for v in values if abs(v) < 1e40][::9] + [1e300, 0.1, 1 / 3, 5e-324, 1e23, 2.675, -0.0]:
    high.append({"value": repr(v), "decimals": [12, 17, 20, 30],
                 "fixed": ["{:.{}f}".format(v, d) for d in (12, 17, 20, 30)],
                 "scientific": ["{:.{}e}".format(v, d) for d in (12, 17, 20, 30)]})
(ROOT / "printing-format.json").write_text(json.dumps({"cases": format_cases, "high": high}, separators=(",", ":")) + "\n")
print(f"wrote {len(format_cases)} formatting cases and {len(high)} high-precision ones")
