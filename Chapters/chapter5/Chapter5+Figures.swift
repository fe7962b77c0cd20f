import MLPKit

// `--plots DIR`: the chapter's networks drawn. Each is built and trained with the
// chapter's own helpers, data and `--seed` (§5.2's and §5.5's), so it is the same
// network the chapter prints.

/// `chapter5-softmax` (§5.2): sample 1's logits and softmax from the 3-output network
/// trained on the labels 1 and 2, where column 0 is never a target;
/// `chapter5-regions` (§5.5): the animals network's decision regions, named with
/// `encoder.classes`, over the training and the known test animals, with §5.4's
/// unseen test animals (fish) marked: the network names a known class for them too.
func chapter5Figures(_ seed: UInt32, _ known: Dataset) throws
  -> [(name: String, script: GnuplotScript)]
{
  let data = try classesOneAndTwo()
  let wide = try smallNetwork(seed: seed, hidden: 4, outputs: 3)  // as §5.2
  let history = try train(wide, data.x, try LabelTensor(classLabels: data.y), epochs: 40)
  let sample = try wide(try data.x.rows(0..<1))  // [1, 3]: the trained logits of sample 1
  let softmax = try softmaxBarsFigure(
    logits: sample, classNames: ["0 (unused)", "1 (label 1)", "2 (label 2)"],
    title: "Chapter 5 · §5.2: sample 1 (label \(data.y[0])) after \(history.count - 1) epochs; "
      + "output column 0 is never a target")

  let animals = try animalsTrain()
  var encoder = LabelEncoder()
  let target = try encoder.fitTransform(animals.y)  // as §5.5: bird 0, cat 1, dog 2
  let model = try smallNetwork(seed: seed, hidden: 8, outputs: encoder.classes.count)
  _ = try train(model, animals.x, target, epochs: 60)
  let training = try LabelledPoints(x: animals.x, labels: target.values)
  let test = try LabelledPoints(x: known.x, labels: try encoder.transform(known.y).values)
  // §5.4's test animals of a class the network never saw: it still names one for them
  let fish = try animalsTest().rows(where: { !encoder.classes.contains($0) })  // [2, 2]
  let unseen = try LabelledPoints(x: fish.x, labels: Array(repeating: 0, count: fish.sampleCount))
  let unseenNames = try ClassLabel.sortedClasses(fish.y).map(\.description)
    .joined(separator: ", ")
  let grid = try DecisionGrid.framing([training, test, unseen], margin: 0.12, aspect: 1.6)
  let regions = try decisionRegionsFigure(
    probabilities: { x in try model(x).softmax(dim: 1) }, grid: grid,
    classNames: encoder.classes.map(\.description), training: training, test: test,
    unknown: (fish.x, "\(unseenNames) (unseen)"),
    title: "Chapter 5 · §5.5's 2 → 8 → 3 network: each region is named by encoder.classes",
    xLabel: "x_1", yLabel: "x_2")
  return [("chapter5-softmax", softmax), ("chapter5-regions", regions)]
}
