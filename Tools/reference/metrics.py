"""Reference numbers for the metrics -> Tests/Fixtures/metrics.json.

Run: python3 Tools/reference/metrics.py   (needs numpy, scikit-learn)

Covers accuracy_score, log_loss (1-D, one-column, two-column and multiclass
probabilities, labels=, clipping at 0 and 1, rows that do not sum to one),
confusion_matrix, precision_recall_fscore_support and classification_report (exact
strings). Warnings are recorded with warnings.catch_warnings and written in order,
each distinct message once. Inputs come from fixed seeds, so every run writes the
same file.
"""
import json
import pathlib
import warnings

import numpy as np
from sklearn.metrics import (accuracy_score, classification_report, confusion_matrix,
                             log_loss, precision_recall_fscore_support)

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "metrics.json"


def plain(values):
    return [v.item() if hasattr(v, "item") else v for v in values]


def recorded(call):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call()
    messages = []
    for w in caught:
        if str(w.message) not in messages:
            messages.append(str(w.message))
    return result, messages


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


rng = np.random.RandomState(7)

# --- accuracy
accuracy = []
for y_true, y_pred in [([0, 1, 2, 2, 1, 0], [0, 2, 2, 2, 1, 1]), (["a", "b", "b"], ["a", "b", "a"]),
                       (list(rng.randint(0, 3, 37)), list(rng.randint(0, 3, 37))), ([5], [5])]:
    y_true, y_pred = plain(y_true), plain(y_pred)
    accuracy.append({"y_true": y_true, "y_pred": y_pred,
                     "accuracy": accuracy_score(y_true, y_pred),
                     "count": accuracy_score(y_true, y_pred, normalize=False)})

# --- log loss
log_losses = []


def loss_case(name, y_true, y_proba, labels=None, normalize=True):
    y_proba = np.asarray(y_proba, dtype=np.float64)
    value, messages = recorded(lambda: log_loss(y_true, y_proba, labels=labels, normalize=normalize))
    log_losses.append({
        "name": name, "y_true": plain(y_true), "y_proba": y_proba.tolist(),
        "labels": None if labels is None else plain(labels), "normalize": normalize,
        "loss": value, "warnings": messages})


p = rng.rand(25)
loss_case("binary 1-D", list(rng.randint(0, 2, 25)), p)
loss_case("binary one column", list(rng.randint(0, 2, 25)), p[:, None])
loss_case("binary two columns", list(rng.randint(0, 2, 25)), np.column_stack([1 - p, p]))
loss_case("binary names", list(np.array(["no", "yes"])[rng.randint(0, 2, 25)]), p)
loss_case("multiclass 3", list(rng.randint(0, 3, 40)), softmax(rng.randn(40, 3) * 2))
loss_case("multiclass 9 (pairwise row sums and mean)", list(rng.randint(0, 9, 130)),
          softmax(rng.randn(130, 9) * 3))
loss_case("sum instead of mean", list(rng.randint(0, 3, 12)), softmax(rng.randn(12, 3)),
          normalize=False)
loss_case("labels with a class missing from y_true", [0, 2, 2, 0], softmax(rng.randn(4, 3)),
          labels=[0, 1, 2])
loss_case("labels out of order (warns)", [1, 0, 2], softmax(rng.randn(3, 3)), labels=[2, 0, 1])
loss_case("perfect prediction (clipped at 1)", [0, 1, 1], [[1.0, 0.0], [0.0, 1.0], [0.0, 1.0]])
loss_case("fully wrong (clipped at 0)", [0, 1], [[0.0, 1.0], [1.0, 0.0]])
loss_case("perfect 1-D", [0, 1, 0, 1], [0.0, 1.0, 0.0, 1.0])
loss_case("near the clip bounds", [1, 1, 1, 0, 0],
          [1 - 2 ** -53, 1 - 2 ** -52, 1 - 2 ** -51, 2 ** -53, 1e-300])
loss_case("rows not summing to one (warns)", [0, 1, 2], [[0.5, 0.3, 0.1], [0.2, 0.2, 0.2],
                                                          [0.1, 0.1, 0.9]])
loss_case("string multiclass", ["cat", "dog", "bird", "dog"], softmax(rng.randn(4, 3)))
loss_case("seed-like binary", list(rng.randint(0, 2, 200)), rng.rand(200))

# --- confusion matrices and per-class scores
confusions = []


def confusion_case(y_true, y_pred, labels=None):
    y_true, y_pred = plain(y_true), plain(y_pred)
    matrix, messages = recorded(lambda: confusion_matrix(y_true, y_pred, labels=labels))
    confusions.append({"y_true": y_true, "y_pred": y_pred, "labels": labels,
                       "matrix": matrix.tolist(), "warnings": messages})


confusion_case([0, 1, 2, 2, 1, 0], [0, 2, 2, 2, 1, 1])
confusion_case(list(rng.randint(0, 2, 50)), list(rng.randint(0, 2, 50)))
confusion_case(["cat", "dog", "cat", "bird"], ["dog", "dog", "cat", "cat"])
confusion_case([0, 1, 2, 2, 1, 0], [0, 2, 2, 2, 1, 1], labels=[2, 0])
confusion_case([0, 1, 2, 2, 1, 0], [0, 2, 2, 2, 1, 3], labels=[3, 2, 1, 0, 7])
confusion_case([4, 4], [4, 4])

scores = []


def scores_case(y_true, y_pred, labels=None):
    y_true, y_pred = plain(y_true), plain(y_pred)
    (prec, rec, f1, sup), messages = recorded(
        lambda: precision_recall_fscore_support(y_true, y_pred, labels=labels))
    averages = {}
    for average in ["micro", "macro", "weighted"]:
        a, _ = recorded(lambda: precision_recall_fscore_support(
            y_true, y_pred, labels=labels, average=average))
        averages[average] = [float(a[0]), float(a[1]), float(a[2])]
    scores.append({"y_true": y_true, "y_pred": y_pred, "labels": labels,
                   "precision": prec.tolist(), "recall": rec.tolist(), "f1": f1.tolist(),
                   "support": sup.tolist(), "averages": averages, "warnings": messages})


scores_case([0, 1, 2, 2, 1, 0], [0, 2, 2, 2, 1, 1])
scores_case(list(rng.randint(0, 4, 101)), list(rng.randint(0, 4, 101)))
scores_case([0, 0, 1, 1, 2], [0, 0, 1, 1, 1])
scores_case([0, 0, 1], [0, 3, 1], labels=[0, 1, 3, 9])
scores_case(list(rng.randint(0, 7, 333)), list(rng.randint(0, 7, 333)))
scores_case(list(rng.randint(0, 13, 400)), list(rng.randint(0, 13, 400)))  # pairwise means
scores_case(list(rng.randint(0, 11, 250)), list(rng.randint(0, 11, 250)))

# --- classification reports, exact strings
reports = []


def report_case(name, y_true, y_pred, labels=None, target_names=None, digits=2):
    y_true, y_pred = plain(y_true), plain(y_pred)
    text, messages = recorded(lambda: classification_report(
        y_true, y_pred, labels=labels, target_names=target_names, digits=digits))
    reports.append({"name": name, "y_true": y_true, "y_pred": y_pred, "labels": labels,
                    "target_names": target_names, "digits": digits, "report": text,
                    "warnings": messages})


report_case("reference example", [0, 1, 2, 2, 1, 0], [0, 2, 2, 2, 1, 1])
report_case("string labels", ["cat", "dog", "cat", "bird", "dog", "cat"],
            ["cat", "dog", "dog", "bird", "dog", "bird"])
report_case("unbalanced", [0] * 90 + [1] * 7 + [2] * 3,
            [0] * 85 + [1] * 5 + [0] * 4 + [1] * 3 + [2, 1, 0])
report_case("a never-predicted class", [0, 0, 1, 1, 2, 2], [0, 0, 1, 1, 1, 1])
report_case("digits=3", list(rng.randint(0, 3, 57)), list(rng.randint(0, 3, 57)), digits=3)
report_case("digits=4 binary", list(rng.randint(0, 2, 200)), list(rng.randint(0, 2, 200)),
            digits=4)
report_case("long target names", [0, 1, 1, 0, 1], [0, 1, 0, 0, 1],
            target_names=["negative class", "a much longer positive class"])
report_case("unicode names", ["é", "😀", "é", "Ω"], ["é", "é", "Ω", "Ω"])
report_case("labels subset (micro avg)", [0, 1, 2, 2, 1, 0], [0, 2, 2, 2, 1, 1], labels=[0, 2])
report_case("predicted class missing from y_true", [0, 0, 1, 1], [0, 2, 1, 1])
report_case("labels with an absent class", [0, 1, 1], [0, 1, 0], labels=[0, 1, 5])
report_case("digits=15 (wider than the columns)", [0, 1, 1], [1, 1, 0], digits=15)
report_case("digits=0", [0, 1, 1, 2], [1, 1, 0, 2], digits=0)
report_case("no correct prediction (sklearn counts in floats)", [0, 1, 2, 2, 1], [1, 2, 0, 1, 0])
report_case("none correct, outside labels too", ["a", "b", "c", "c"], ["b", "c", "a", "b"],
            labels=["a", "b"], digits=3)
report_case("correct only outside labels (integer counts)", ["a", "b", "c", "c"],
            ["b", "c", "a", "c"], labels=["a", "b"])
report_case("many classes", list(rng.randint(0, 12, 500)), list(rng.randint(0, 12, 500)))

OUT.write_text(json.dumps({
    "accuracy": accuracy, "log_loss": log_losses, "confusion": confusions,
    "scores": scores, "reports": reports}, ensure_ascii=False) + "\n")
print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
