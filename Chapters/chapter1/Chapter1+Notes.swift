import MLPKit

// The chapter's explanations, kept here so the sections in main.swift stay short.

/// A formula or shape that must not be split across lines.
private func m(_ text: String) -> String { Narrative.unbroken(text) }

let transposeNote = """
  The same idea in two layouts. sklearn keeps coefs[i] as \(m("[in, out]")) and \
  multiplies \(m("a • coefs[i]")). PyTorch keeps weight as \(m("[out, in]")), one row \
  per neuron, and multiplies \(m("x • weightᵀ")). For two classes sklearn has one \
  output unit, the seed's PyTorch model two logits (§1.4).
  """

let batchNote = """
  All three samples at once: x holds them as rows, shape \(m("[3, 2]")), and w \
  becomes a weight matrix of shape \(m("[1, 2]")), one row per neuron as in \
  nn.Linear. The product \(m("x • wᵀ")) has shape \(m("[3, 1]")). Adding b, shape \
  [1], broadcasts: the same b goes onto every row.
  """

let activationNote = """
  Without an activation, a stack of layers computing \(m("w·x + b")) is still one \
  linear function of x, and its decision boundary a straight line. A nonlinear f \
  bends each neuron's output. The four functions sklearn offers for hidden layers:
  """

let derivativeNote = """
  Training follows the slopes f′(z) backwards (§3.4). The logistic slope is at most \
  0.25 and the tanh slope at most 1, both fading away from 0; ReLU's is \(m("0 or 1")). At \
  \(m("z = 0")) ReLU has a kink and no slope of its own: sklearn and PyTorch both \
  use 0 there, and so does this library.
  """

let softmaxNote = """
  The output layer gives one raw score per class, a logit. Softmax turns logits \
  into probabilities: exp makes every score positive, dividing by the sum makes \
  them add up to 1, and the largest logit keeps the largest share.
  """

let overflowNote = """
  exp(z) overflows beyond \(m("z ≈ 709")). Subtracting the largest logit first \
  changes nothing (the factor exp(−max) cancels) and keeps every \(m("exp(z) ≤ 1")). \
  The library's softmax, like PyTorch's, always does this.
  """

let sigmoidNote = """
  Two classes need only one logit. The sigmoid \(m("σ(z) = 1 / (1 + exp(−z))")) \
  gives P(class 1) and \(m("1 − σ(z)")) gives P(class 0): exactly the softmax of \
  the two logits \(m("[0, z]")). Only the difference of two logits matters: \
  \(m("softmax([z0, z1])")) is \(m("[1 − σ(z1 − z0), σ(z1 − z0)]")).
  """

let outputNote = """
  So sklearn's binary model has a single logistic unit, and its predictProba \
  returns the two columns \(m("[1 − p, p]")). The seed's PyTorch loop keeps two \
  logits, which works unchanged for any number of classes; CrossEntropyLoss \
  applies the softmax.
  """

let untrainedNote = """
  The weights are random, so these predictions mean nothing yet. Training \
  (chapters 2 and 3) adjusts W₁, b₁, W₂ and b₂ until they do.
  """

/// What §1.5's network is and where its weights come from.
func forwardNote(seed: Int) -> String {
  """
  A tiny network: 2 inputs → 3 hidden ReLU neurons → 2 logits. After \
  \(m("torch.manual_seed(\(seed))")), \(m("nn.Linear(2, 3)")) and \
  \(m("nn.Linear(3, 2)")) draw the weights exactly as PyTorch would. The samples \
  are §1.1's three rows, \(m("x [3, 2]")).
  """
}

/// What §1.6's experiment does.
func scalingSetupNote(factor: Double) -> String {
  """
  The experiment: the seed's moons split 80/20, once as generated and once with x1 \
  multiplied by \(factorText(factor)), as if measured in other units; each version \
  trained raw and after StandardScaler, which learns every training column's mean \
  and std and maps x to \(m("(x − mean) / std")):
  """
}

/// What the four fits of §1.6 show, with their numbers.
func scalingNote(_ rows: [ScalingExperiment.Row], factor: Double) -> String {
  guard rows.count == 4 else { return "" }
  let test = rows.map { $0.testAccuracy.fixed(4) }
  return """
    Rows 1 and 3 hold the same points; only the units of x1 differ (× \
    \(factorText(factor))). Unscaled, that alone takes the test accuracy from \(test[0]) to \
    \(test[2]). After StandardScaler the units no longer matter: rows 2 and 4 reach \
    \(test[1]) and \(test[3]). Why: Adam moves every weight by about lr per step, \
    and a step in w1 changes \(m("z = w0·x0 + w1·x1 + b")) by about \(m("lr·|x1|")): \
    when x0 and x1 differ in size, one step size cannot suit both.

    "tol": for more than 10 epochs in a row (n_iter_no_change) the training loss \
    improved by less than \(m("tol = 0.0001")), so fit stopped; "max_iter": all 300 \
    epochs ran, and sklearn warns that the optimization has not converged.
    """
}

/// The chapter's words, what they mean, and where they appear in code.
func glossaryTable() throws -> Table {
  try Table(
    columns: [
      Table.Column("term"), Table.Column("meaning", maxWidth: 36),
      Table.Column("in code", maxWidth: 26),
    ],
    rows: [
      ["sample", "one example: one row of x", "x.row(i), shape [features]"],
      ["feature", "one measured input: one column of x", "x: [samples, features]"],
      ["class", "one of the answers to choose from", "y, model.classes"],
      ["batch", "samples that go through together", "x: [batch, features]"],
      ["epoch", "one pass over all training samples", "maxIter, lossCurve"],
      ["logits", "raw output scores, any real numbers", "model(x): [batch, classes]"],
      ["probabilities", "positive scores summing to 1 (§1.4)", "softmax, predictProba"],
      ["weight", "a learned multiplier of an input", "Linear.weight, coefs"],
      ["bias", "a learned number added to the sum", "Linear.bias, intercepts"],
      ["learning rate", "how far one update moves the weights", "learningRateInit, lr"],
    ])
}
