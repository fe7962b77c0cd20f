"""Reference numbers and messages for `swift run chapter5` (label pitfalls).

Run: python3 Tools/reference/chapter5.py   (needs numpy, scikit-learn, torch; a few
seconds). Writes Tests/Fixtures/chapter5.json.

The chapter's data is typed in by hand and repeated here (the fixture carries it, so
the Swift tests can check the chapter prints the same numbers):

  ONE_TWO   8 samples, 2 features, classes numbered 1 and 2 (sections 5.1-5.2).
  ANIMALS   12 training samples named 'dog', 'cat', 'bird', and 8 test samples, two of
            them 'fish', a class the training part never saw (sections 5.3-5.7).

For each --seed the fixture holds, from PyTorch 2.15 and scikit-learn 1.9.1:

  onetwo    torch.manual_seed(seed), then Linear(2, 4) -> ReLU -> Linear(4, C) for C = 3
            (targets 1 and 2 as they are) and C = 2 (targets encoded to 0 and 1), both
            trained with CrossEntropyLoss and Adam(lr=0.05), full batch, EPOCHS_ONE_TWO
            updates. For each epoch e = 0..EPOCHS_ONE_TWO (e = updates done so far): the
            loss, the accuracy, the mean softmax probability of column 0 and the argmax
            indices; the final softmax rows. The error PyTorch raises for the raw targets
            with C = 2, and the error sklearn's LabelEncoder (fitted on [1, 2]) raises
            when asked to decode the C = 3 network's final indices, verbatim. The same
            seed's Linear(2, 4) -> ReLU -> Linear(4, 1) (one logit): BCEWithLogitsLoss of
            its starting logits against the encoded targets 0.0 and 1.0.
  animals   torch.manual_seed(seed), Linear(2, 8) -> ReLU -> Linear(8, 3) on the encoded
            training labels, Adam(lr=0.05), EPOCHS_ANIMALS full-batch updates: the final
            loss, the argmax indices on the known test rows, their names, the accuracy
            and the confusion matrix (labels = the encoder's classes); the error
            accuracy_score raises for the names against the indices.
  sklearn   MLPClassifier(hidden_layer_sizes=(8,), learning_rate_init=0.01,
            max_iter=500, random_state=seed) fitted on (a) the animal names, (b) the same
            labels as the integers 10/20/30, (c) only the 'cat' and 'dog' rows (binary),
            (d) only the 'cat' rows (a single class): classes_, n_outputs_,
            out_activation_, coefficient shapes, n_iter_, loss_, predict and
            predict_proba on the known test rows (the binary and single-class models on
            the cat/dog test rows), and any warnings.

Seed-independent parts: LabelEncoder's classes_ and transform for the sorting examples;
the messages sklearn and PyTorch give for the errors the chapter shows.

Torch runs in float64 from its float32-drawn initial weights (model.double()), which
is what the Swift library computes. Deterministic: fixed seeds, one thread, CPU only.
"""
import json
import pathlib
import warnings

import numpy as np
import torch
import torch.nn as nn
import torch.optim as optim
from sklearn.metrics import accuracy_score, confusion_matrix
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import LabelEncoder

torch.set_num_threads(1)
FIXTURE = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "Fixtures" / "chapter5.json"

SEEDS = [0, 1, 2, 7, 42, 2024, 4294967295]
EPOCHS_ONE_TWO = 40
EPOCHS_ANIMALS = 60
LR = 0.05

ONE_TWO_X = [[-1.0, -0.5], [0.9, 0.4], [-0.8, 0.3], [1.1, -0.3],
             [-1.2, 0.1], [0.7, 0.6], [-0.6, -0.2], [1.3, 0.0]]
ONE_TWO_Y = [1, 2, 1, 2, 1, 2, 1, 2]

TRAIN = [("dog", [1.1, 0.5]), ("cat", [0.1, -0.9]), ("dog", [1.4, 0.8]), ("bird", [-1.3, 0.9]),
         ("cat", [-0.2, -1.2]), ("bird", [-1.0, 0.6]), ("dog", [0.9, 0.3]), ("cat", [0.3, -1.1]),
         ("bird", [-1.5, 1.1]), ("cat", [0.0, -0.7]), ("bird", [-0.9, 1.2]), ("dog", [1.3, 1.0])]
TEST = [("cat", [0.2, -0.8]), ("fish", [0.0, 2.5]), ("dog", [1.0, 0.9]), ("bird", [-1.1, 1.0]),
        ("fish", [-0.5, 2.2]), ("cat", [0.7, -0.2]), ("dog", [0.5, 0.4]), ("bird", [-0.4, 0.3])]
CODES = {"bird": 10, "cat": 20, "dog": 30}


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=np.float64).reshape(-1)]


def rows(a):
    return [floats(r) for r in np.asarray(a, dtype=np.float64)]


def message(fn):
    """`Type: message` of the exception `fn` raises (verbatim, as Python prints it)."""
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - we want whatever the library raises
        return f"{type(e).__name__}: {e}"
    raise AssertionError("expected an exception")


def network(seed, hidden, outputs):
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(2, hidden), nn.ReLU(), nn.Linear(hidden, outputs))
    return model.double()  # float32-drawn weights, widened exactly


def train(model, x, t, epochs):
    """Full-batch Adam; the record of epoch e is taken after e updates."""
    optimizer = optim.Adam(model.parameters(), lr=LR)
    history = []
    for epoch in range(epochs + 1):
        logits = model(x)
        loss = nn.functional.cross_entropy(logits, t)
        p = logits.softmax(dim=1)
        history.append({
            "loss": loss.item(),
            "accuracy": (logits.argmax(dim=1) == t).double().mean().item(),
            "meanP0": p[:, 0].mean().item(),
            "predicted": [int(v) for v in logits.argmax(dim=1)],
        })
        if epoch == epochs:
            return history, p.detach()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def one_two(seed):
    x = torch.tensor(ONE_TWO_X, dtype=torch.float64)
    raw = torch.tensor(ONE_TWO_Y)
    encoded = torch.tensor(LabelEncoder().fit_transform(ONE_TWO_Y))
    two = network(seed, 4, 2)
    error = message(lambda: nn.functional.cross_entropy(two(x), raw))
    three_history, three_p = train(network(seed, 4, 3), x, raw, EPOCHS_ONE_TWO)
    two_history, two_p = train(network(seed, 4, 2), x, encoded, EPOCHS_ONE_TWO)
    one = network(seed, 4, 1)
    float_targets = encoded.double().reshape(-1, 1)
    bce_loss = nn.BCEWithLogitsLoss()(one(x), float_targets).item()
    decode_error = message(
        lambda: LabelEncoder().fit(ONE_TWO_Y).inverse_transform(three_history[-1]["predicted"]))
    return {
        "torchError": error,
        "decodeError": decode_error,
        "bceLoss": bce_loss,
        "three": {"history": three_history, "finalProba": rows(three_p)},
        "two": {"history": two_history, "finalProba": rows(two_p)},
    }


def animals(seed):
    encoder = LabelEncoder().fit([name for name, _ in TRAIN])
    x = torch.tensor([v for _, v in TRAIN], dtype=torch.float64)
    t = torch.tensor(encoder.transform([name for name, _ in TRAIN]))
    known = [(name, v) for name, v in TEST if name in encoder.classes_]
    model = network(seed, 8, 3)
    history, _ = train(model, x, t, EPOCHS_ANIMALS)
    with torch.no_grad():
        logits = model(torch.tensor([v for _, v in known], dtype=torch.float64))
    indices = [int(v) for v in logits.argmax(dim=1)]
    names = [str(v) for v in encoder.inverse_transform(indices)]
    truth = [name for name, _ in known]
    return {
        "finalLoss": history[-1]["loss"],
        "trainAccuracy": history[-1]["accuracy"],
        "testLogits": rows(logits),
        "predicted": indices,
        "names": names,
        "accuracy": float(accuracy_score(truth, names)),
        "mixedTypesError": message(lambda: accuracy_score(truth, indices)),
        "confusion": confusion_matrix(truth, names, labels=encoder.classes_).tolist(),
    }


def fitted(seed, x, y):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        clf = MLPClassifier(hidden_layer_sizes=(8,), learning_rate_init=0.01, max_iter=500,
                            random_state=seed).fit(np.asarray(x), np.asarray(y))
    return clf, [f"{w.category.__name__}: {w.message}" for w in caught]


def classifier_case(clf, caught, x_test):
    def plain(v):
        return int(v) if isinstance(v, (np.integer, int)) else str(v)
    return {
        "classes": [plain(c) for c in clf.classes_],
        "nOutputs": int(clf.n_outputs_),
        "outActivation": clf.out_activation_,
        "coefShapes": [list(c.shape) for c in clf.coefs_],
        "nIter": int(clf.n_iter_),
        "loss": float(clf.loss_),
        "predict": [plain(c) for c in clf.predict(np.asarray(x_test))],
        "predictProba": rows(clf.predict_proba(np.asarray(x_test))),
        "warnings": caught,
    }


def sklearn_part(seed):
    known = [(name, v) for name, v in TEST if name != "fish"]
    x_known = [v for _, v in known]
    pets = [(name, v) for name, v in TRAIN if name in ("cat", "dog")]
    pets_test = [v for name, v in known if name in ("cat", "dog")]
    cats = [(name, v) for name, v in TRAIN if name == "cat"]
    out = {}
    for key, data, labels, x_test in [
        ("names", TRAIN, [n for n, _ in TRAIN], x_known),
        ("codes", TRAIN, [CODES[n] for n, _ in TRAIN], x_known),
        ("binary", pets, [n for n, _ in pets], pets_test),
        ("single", cats, [n for n, _ in cats], pets_test),
    ]:
        clf, caught = fitted(seed, [v for _, v in data], labels)
        out[key] = classifier_case(clf, caught, x_test)
    return out


def encoder_case(labels):
    e = LabelEncoder().fit(labels)
    plain = (lambda v: int(v)) if isinstance(labels[0], int) else str
    return {"labels": labels, "classes": [plain(c) for c in e.classes_],
            "encoded": [int(v) for v in e.transform(labels)]}


def main():
    train_names = [n for n, _ in TRAIN]
    test_names = [n for n, _ in TEST]
    encoder = LabelEncoder().fit(train_names)
    x3 = torch.zeros(len(TRAIN), 3, dtype=torch.float64)
    fixture = {
        "data": {
            "oneTwoX": ONE_TWO_X, "oneTwoY": ONE_TWO_Y,
            "trainX": [v for _, v in TRAIN], "trainY": train_names,
            "testX": [v for _, v in TEST], "testY": test_names,
            "codes": CODES, "epochsOneTwo": EPOCHS_ONE_TWO, "epochsAnimals": EPOCHS_ANIMALS,
            "lr": LR,
        },
        "encoders": {
            "firstFour": encoder_case(train_names[:4]),
            "train": encoder_case(train_names),
            "numbers": encoder_case([9, 10, 2]),
            "numbersAsText": encoder_case(["9", "10", "2"]),
            "mixedCase": encoder_case(["cat", "Dog", "bird"]),
        },
        "messages": {
            "unseen": message(lambda: encoder.transform(test_names)),
            "codesTarget": message(lambda: nn.functional.cross_entropy(
                x3, torch.tensor([CODES[n] for n in train_names]))),
        },
        "seeds": [
            {"seed": s, "oneTwo": one_two(s), "animals": animals(s), "sklearn": sklearn_part(s)}
            for s in SEEDS
        ],
    }
    FIXTURE.write_text(json.dumps(fixture, indent=None, separators=(",", ":")) + "\n")
    print(f"wrote Tests/Fixtures/chapter5.json ({FIXTURE.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
