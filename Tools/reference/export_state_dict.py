"""Export a PyTorch model's weights as JSON that MLPKit's `loadWeights(from:)` reads.

Usage, from Python (after training the model):

    from export_state_dict import export_state_dict
    export_state_dict(model, "weights.json")

or from the command line, for a model saved with `torch.save(model.state_dict(), "model.pt")`:

    python3 export_state_dict.py model.pt weights.json

The file is one JSON object {parameter name: nested list}, e.g.
{"hidden1.weight": [[...], ...], "hidden1.bias": [...], ...}. Values are widened to
float64 before writing, so float32 weights are written (and read back in Swift) exactly.
Name the Swift model's children as the PyTorch module's attributes (hidden1, hidden2,
output) so the names match.
"""
import json
import sys

import torch


def export_state_dict(model_or_state_dict, path):
    """Write `model.state_dict()` (or a state dict) to `path` as {name: nested list}."""
    state = (model_or_state_dict.state_dict()
             if hasattr(model_or_state_dict, "state_dict") else model_or_state_dict)
    weights = {name: t.detach().cpu().double().tolist() for name, t in state.items()}
    with open(path, "w") as f:
        json.dump(weights, f)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python3 export_state_dict.py model.pt weights.json")
    export_state_dict(torch.load(sys.argv[1], map_location="cpu"), sys.argv[2])
