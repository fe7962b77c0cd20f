"""PyTorch reference numbers for `swift run chapter3` (the walkthrough and the loop).

Run: python3 Tools/reference/chapter3_walkthrough.py   (needs numpy, scikit-learn, torch;
a few seconds). Writes Tests/Fixtures/chapter3_walkthrough.json.

The chapter runs the seed's PyTorch loop: make_moons(1000, noise=0.2, random_state=42),
train_test_split(test_size=0.2, random_state=42), StandardScaler fitted on the training
part, the 2-10-10-2 ReLU MLPClassifier after torch.manual_seed(seed), CrossEntropyLoss,
Adam(lr), full-batch epochs. For each run below the fixture holds:

  data          (once) the scaler's mean and scale, the first 5 scaled training rows and
                their labels, the first 10 test labels.
  lines         the seed's printed epoch lines, from the float32 run (exactly as the seed);
  lines64       the same loop in float64 from the same float32-drawn initial weights (what
                the Swift chapter computes). The script says when the two differ.
  walkthrough   epoch 1 in detail, from the float64 run (values the chapter prints to 4
                decimals): hidden1's initial weight and bias; the logits and softmax
                probabilities of the first 5 training rows; the loss as `print(loss)` shows
                it (float32 run, and float64 formatted the same way); every parameter's
                largest |grad| and number of exact zeros after backward(); hidden1's weight
                and bias gradients; hidden1.weight after the first step; how Adam's first
                step moved the 162 numbers (by lr within 1% against the gradient / not at
                all with a zero gradient / less), and the smallest nonzero |grad| with its
                parameter, index and change; the hidden1 neurons whose pre-activation is <= 0
                for every training row (so their gradient is 0).
  final         after the last epoch: print(test_logits[:3]) and print(y_pred[:10]) (float32
                run, as the seed; float64 printed the same way must agree), the test
                accuracy.

Seeds beyond 32 bits are included because torch.manual_seed keeps only the low 32 bits
of the seed for its CPU Mersenne Twister (2**32 + 7 draws what 7 draws).
Deterministic: fixed seeds, one thread, CPU only.
"""
import json
import math
import pathlib

import torch
import torch.nn as nn
import torch.optim as optim
from sklearn.datasets import make_moons
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

torch.set_num_threads(1)
FIXTURE = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "chapter3_walkthrough.json"

# (seed, epochs, lr): the default run, other seeds, and other lengths and rates
RUNS = [
    (0, 50, 0.01), (1, 50, 0.01), (3, 50, 0.01), (42, 50, 0.01), (2**32 + 7, 50, 0.01),
    (2**64 - 1, 50, 0.01), (5, 7, 0.05), (2, 1, 0.01), (11, 20, 0.001), (9, 60, 0.1),
]

X, y = make_moons(n_samples=1000, noise=0.2, random_state=42)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
scaler = StandardScaler()
X_train = scaler.fit_transform(X_train)
X_test = scaler.transform(X_test)


class MLPClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden1 = nn.Linear(2, 10)
        self.hidden2 = nn.Linear(10, 10)
        self.output = nn.Linear(10, 2)
        self.relu = nn.ReLU()

    def forward(self, x):
        x = self.relu(self.hidden1(x))
        x = self.relu(self.hidden2(x))
        return self.output(x)


def rows(t):
    return [[float(v) for v in row] for row in t.detach().double().tolist()]


def flat(t):
    return [float(v) for v in t.detach().double().reshape(-1).tolist()]


def loss_text(value):
    # print(loss) for a 0-d float tensor with grad_fn, precision 4
    return f"tensor({value:.4f}, grad_fn=<NllLossBackward0>)"


def run(seed, epochs, lr, dtype):
    torch.manual_seed(seed)
    model = MLPClassifier()
    if dtype == torch.float64:
        model.double()
    xtr = torch.tensor(X_train, dtype=dtype)
    ytr = torch.tensor(y_train, dtype=torch.long)
    xte = torch.tensor(X_test, dtype=dtype)
    yte = torch.tensor(y_test, dtype=torch.long)
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.Adam(model.parameters(), lr=lr)
    walk = {}
    lines = []
    for epoch in range(epochs):
        if epoch == 0:
            walk["hidden1Weight"] = rows(model.hidden1.weight)
            walk["hidden1Bias"] = flat(model.hidden1.bias)
        logits = model(xtr)
        loss = criterion(logits, ytr)
        optimizer.zero_grad()
        loss.backward()
        if epoch == 0:
            walk["logits5"] = rows(logits[:5])
            walk["probabilities5"] = rows(torch.softmax(logits, dim=1)[:5])
            walk["lossText"] = str(loss)
            walk["loss"] = loss.item()
            walk["gradients"] = [
                {"name": name, "shape": list(p.shape),
                 "largest": p.grad.abs().max().item(), "zeros": int((p.grad == 0).sum().item())}
                for name, p in model.named_parameters()]
            walk["hidden1WeightGradient"] = rows(model.hidden1.weight.grad)
            walk["hidden1BiasGradient"] = flat(model.hidden1.bias.grad)
            with torch.no_grad():
                z1 = model.hidden1(xtr)
            walk["deadNeurons"] = [j for j in range(10) if bool((z1[:, j] <= 0).all())]
            # the largest pre-activation of each dead neuron (chapter 3 prints it)
            walk["deadLargest"] = [z1[:, j].max().item() for j in walk["deadNeurons"]]
            before = {name: p.detach().clone() for name, p in model.named_parameters()}
            grads = {name: p.grad.detach().clone() for name, p in model.named_parameters()}
        optimizer.step()
        if epoch == 0:
            walk["hidden1WeightAfter"] = rows(model.hidden1.weight)
            by_lr = unmoved = less = 0
            smallest = None
            for name, p in model.named_parameters():
                g = grads[name].reshape(-1).tolist()
                d = (p.detach() - before[name]).reshape(-1).tolist()
                for i, (gi, di) in enumerate(zip(g, d)):
                    if gi == 0 and di == 0:
                        unmoved += 1
                    elif abs(abs(di) - lr) <= 0.01 * lr and (di < 0) == (gi > 0):
                        by_lr += 1
                    else:
                        less += 1
                    if gi != 0 and (smallest is None or abs(gi) < smallest["magnitude"]):
                        index = [i // p.shape[1], i % p.shape[1]] if p.dim() == 2 else [i]
                        smallest = {"name": name, "index": index, "magnitude": abs(gi),
                                    "delta": di}
            walk["firstStep"] = {"byLr": by_lr, "unmoved": unmoved, "less": less,
                                 "smallest": smallest}
        with torch.no_grad():
            test_logits = model(xte)
            y_pred = torch.argmax(test_logits, dim=1)
            acc = accuracy_score(yte, y_pred)
        lines.append(f"Epoch {epoch+1}/{epochs} - Loss: {loss.item():.4f} - Accuracy: {acc:.4f}")
    # float64 tensors print with ", dtype=torch.float64"; the digits are what matter
    text = str(test_logits[:3]).replace(", dtype=torch.float64", "")
    final = {"testLogitsText": text, "testLogits3": rows(test_logits[:3]),
             "predictionsText": str(y_pred[:10]), "accuracy": float(acc)}
    return lines, walk, final


runs = []
for seed, epochs, lr in RUNS:
    lines32, walk32, final32 = run(seed, epochs, lr, torch.float32)
    lines64, walk64, final64 = run(seed, epochs, lr, torch.float64)
    label = f"seed {seed}, {epochs} epochs, lr {lr}"
    if lines32 != lines64:
        print(f"note: {label}: float64 lines differ from float32 lines")
    # the chapter prints the float64 numbers; say where PyTorch's own print would differ
    if final32["testLogitsText"] != final64["testLogitsText"]:
        print(f"note: {label}: test_logits[:3] prints differently in float32 and float64")
    if final32["predictionsText"] != final64["predictionsText"]:
        print(f"note: {label}: y_pred[:10] differs between float32 and float64")
    if walk32["lossText"] != loss_text(walk64["loss"]):
        print(f"note: {label}: print(loss) differs between float32 and float64")
    walk64["lossText"] = walk32["lossText"]
    runs.append({"seed": seed, "epochs": epochs, "lr": lr, "lines": lines32, "lines64": lines64,
                 "walkthrough": walk64, "final": final32,
                 "final64": {"testLogitsText": final64["testLogitsText"],
                             "predictionsText": final64["predictionsText"],
                             "accuracy": final64["accuracy"]}})

data = {"scalerMean": [float(v) for v in scaler.mean_],
        "scalerScale": [float(v) for v in scaler.scale_],
        "xTrain5": X_train[:5].tolist(), "yTrain5": [int(v) for v in y_train[:5]],
        "yTest10": [int(v) for v in y_test[:10]]}
FIXTURE.write_text(json.dumps({"data": data, "runs": runs}, separators=(",", ":")) + "\n")
print(f"wrote Tests/Fixtures/{FIXTURE.name} ({FIXTURE.stat().st_size} bytes)")
