"""The reference side of `make bench`: scikit-learn and PyTorch running the same
workloads as our Swift library, timed in the same run.

The Swift benchmark starts this script once (so imports are paid once, and reported
separately) and then asks for one timed repetition at a time, interleaving them with
its own runs. Protocol, one request per line on stdin, one answer per line on stdout:

    info                 -> versions and import times as JSON
    run <workload>       -> {"workload": ..., "seconds": ..., "extra": {...}} for one run
    peak                 -> measured matmul peak in GFLOP/s (float32 and float64, torch)
    quit

Workloads (the same definitions as Sources/bench):
    W1       sklearn MLPClassifier((100,), adam, max_iter=300, random_state=42), seed moons; fit only
    W2       the seed's warm-start loop: 20 x fit(max_iter=1) + predict_proba/log_loss/accuracy
    W3       the seed's PyTorch loop: 2-10-10-2 ReLU, CrossEntropy, Adam 0.01, 50 full-batch epochs
    W4       digits (X/16), MLPClassifier((100,), max_iter=200, random_state=0); fit only
    W5-sk64  20000x50 blobs (5 classes), 80% train, (256,128), batch 200, 20 epochs, float64
    W5-sk32  the same in float32
    W5-torch the same network in PyTorch float32 (Adam 1e-3, shuffled batches of 200, 20 epochs)
    W6       predict_proba of the W1 model on a 300x300 grid
"""
import json
import sys
import time
import warnings

t0 = time.perf_counter()
import numpy as np  # noqa: E402
from sklearn.datasets import load_digits, make_blobs, make_moons  # noqa: E402
from sklearn.exceptions import ConvergenceWarning  # noqa: E402
from sklearn.metrics import accuracy_score, log_loss  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402
from sklearn.neural_network import MLPClassifier  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402
import sklearn  # noqa: E402

SKLEARN_IMPORT = time.perf_counter() - t0
try:
    t0 = time.perf_counter()
    import torch  # noqa: E402

    TORCH_IMPORT = time.perf_counter() - t0
    torch.set_num_threads(2)
except ImportError:  # the torch columns are skipped
    torch = None
    TORCH_IMPORT = None

warnings.filterwarnings("ignore", category=ConvergenceWarning)


def seed_data():
    X, y = make_moons(n_samples=1000, noise=0.2, random_state=42)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
    scaler = StandardScaler()
    return scaler.fit_transform(X_train), scaler.transform(X_test), y_train, y_test


MOONS = seed_data()
_digits = load_digits()
DIGITS = (_digits.data / 16.0, _digits.target)
_X5, _y5 = make_blobs(n_samples=20000, n_features=50, centers=5, cluster_std=8.0, random_state=0)
W5 = train_test_split(_X5, _y5, test_size=0.2, random_state=0)
GRID = np.stack(np.meshgrid(np.linspace(-3, 3, 300), np.linspace(-3, 3, 300)), -1).reshape(-1, 2)
_W1_MODEL = None


def timed(fn):
    start = time.perf_counter()
    extra = fn()
    return time.perf_counter() - start, extra or {}


def w1():
    X_train, X_test, y_train, y_test = MOONS
    mlp = MLPClassifier(hidden_layer_sizes=(100,), activation="relu", solver="adam",
                        max_iter=300, random_state=42)
    seconds, _ = timed(lambda: mlp.fit(X_train, y_train))
    global _W1_MODEL
    _W1_MODEL = mlp
    return seconds, {"accuracy": float(mlp.score(X_test, y_test)), "n_iter": mlp.n_iter_}


def w2():
    X_train, X_test, y_train, y_test = MOONS

    def loop():
        mlp = MLPClassifier(hidden_layer_sizes=(10, 10), activation="relu", solver="adam",
                            max_iter=1, warm_start=True, random_state=42)
        for _ in range(20):
            mlp.fit(X_train, y_train)
            loss = log_loss(y_test, mlp.predict_proba(X_test))
            acc = accuracy_score(y_test, mlp.predict(X_test))
        return {"loss": float(loss), "accuracy": float(acc)}

    return timed(loop)


def w3():
    X_train, X_test, y_train, y_test = MOONS
    Xtr = torch.tensor(X_train, dtype=torch.float32)
    ytr = torch.tensor(y_train, dtype=torch.long)
    Xte = torch.tensor(X_test, dtype=torch.float32)
    nn = torch.nn

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.hidden1 = nn.Linear(2, 10)
            self.hidden2 = nn.Linear(10, 10)
            self.output = nn.Linear(10, 2)
            self.relu = nn.ReLU()

        def forward(self, x):
            return self.output(self.relu(self.hidden2(self.relu(self.hidden1(x)))))

    def loop():
        torch.manual_seed(0)
        model = Net()
        criterion = nn.CrossEntropyLoss()
        optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
        for _ in range(50):
            logits = model(Xtr)
            loss = criterion(logits, ytr)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            with torch.no_grad():
                y_pred = torch.argmax(model(Xte), dim=1)
            acc = accuracy_score(y_test, y_pred)
        return {"loss": float(loss.item()), "accuracy": float(acc)}

    return timed(loop)


def w4():
    X, y = DIGITS
    mlp = MLPClassifier(hidden_layer_sizes=(100,), max_iter=200, random_state=0)
    seconds, _ = timed(lambda: mlp.fit(X, y))
    return seconds, {"train_accuracy": float(mlp.score(X, y)), "n_iter": mlp.n_iter_}


def w5_sklearn(dtype):
    X_train, X_test, y_train, y_test = W5
    X_train = X_train.astype(dtype)
    mlp = MLPClassifier(hidden_layer_sizes=(256, 128), batch_size=200, max_iter=20,
                        tol=0.0, n_iter_no_change=1000, random_state=0)
    seconds, _ = timed(lambda: mlp.fit(X_train, y_train))
    return seconds, {"test_accuracy": float(mlp.score(X_test.astype(dtype), y_test))}


def w5_torch():
    X_train, X_test, y_train, y_test = W5
    nn = torch.nn
    Xtr = torch.tensor(X_train, dtype=torch.float32)
    ytr = torch.tensor(y_train, dtype=torch.long)

    def loop():
        torch.manual_seed(0)
        model = nn.Sequential(nn.Linear(50, 256), nn.ReLU(), nn.Linear(256, 128), nn.ReLU(),
                              nn.Linear(128, 5))
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
        criterion = nn.CrossEntropyLoss()
        n = Xtr.shape[0]
        for _ in range(20):
            perm = torch.randperm(n)
            for start in range(0, n, 200):
                idx = perm[start:start + 200]
                loss = criterion(model(Xtr[idx]), ytr[idx])
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
        with torch.no_grad():
            pred = model(torch.tensor(X_test, dtype=torch.float32)).argmax(1).numpy()
        return {"test_accuracy": float((pred == y_test).mean())}

    return timed(loop)


def w6():
    if _W1_MODEL is None:
        w1()
    return timed(lambda: {"rows": int(_W1_MODEL.predict_proba(GRID).shape[0])})


def peak():
    result = {}
    a64 = np.random.RandomState(0).rand(2048, 2048)
    for name, make in [("float64", lambda: torch.tensor(a64)),
                       ("float32", lambda: torch.tensor(a64, dtype=torch.float32))]:
        if torch is None:
            break
        a = make()
        torch.mm(a, a)
        best = min(timed(lambda: [torch.mm(a, a)] and None)[0] for _ in range(5))
        result[name] = 2 * 2048 ** 3 / best / 1e9
    return result


WORKLOADS = {"W1": w1, "W2": w2, "W3": w3, "W4": w4,
             "W5-sk64": lambda: w5_sklearn(np.float64), "W5-sk32": lambda: w5_sklearn(np.float32),
             "W5-torch": w5_torch, "W6": w6}


def main():
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "quit":
            break
        if words[0] == "info":
            answer = {"sklearn": sklearn.__version__, "numpy": np.__version__,
                      "torch": None if torch is None else torch.__version__,
                      "sklearn_import_seconds": SKLEARN_IMPORT, "torch_import_seconds": TORCH_IMPORT}
        elif words[0] == "peak":
            answer = peak()
        elif words[0] == "run" and len(words) == 2 and words[1] in WORKLOADS:
            if torch is None and words[1] in ("W3", "W5-torch"):
                answer = {"workload": words[1], "skipped": "torch is not installed"}
            else:
                seconds, extra = WORKLOADS[words[1]]()
                answer = {"workload": words[1], "seconds": seconds, "extra": extra}
        else:
            answer = {"error": f"unknown request: {line.strip()}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
