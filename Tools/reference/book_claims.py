"""Numbers book.md states about scikit-learn that no chapter prints
-> Tests/Fixtures/book_claims.json.

Chapter 2's reading of the ConvergenceWarning says that, given up to 1000 epochs, the
seed's first example ((100,), random_state 42) stops by itself after some epochs with
some training loss and the same test accuracy. BookClaimsTests checks that our
MLPClassifier does the same and that the book quotes these numbers.

Run: python3 Tools/reference/book_claims.py   (needs scikit-learn)
"""
import json
import pathlib
import warnings

from sklearn.datasets import make_moons
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "book_claims.json"

X, y = make_moons(n_samples=1000, noise=0.2, random_state=42)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    clf = MLPClassifier(hidden_layer_sizes=(100,), max_iter=1000, random_state=42)
    clf.fit(X_train, y_train)
OUT.write_text(json.dumps({
    "max_iter_1000": {"n_iter": int(clf.n_iter_), "loss": float(clf.loss_),
                      "accuracy": float(accuracy_score(y_test, clf.predict(X_test)))}},
    indent=1) + "\n")
print(f"wrote {OUT.relative_to(OUT.parents[2])}")
