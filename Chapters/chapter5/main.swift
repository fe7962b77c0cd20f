// Chapter 5 — label pitfalls.
//
// A network knows its output columns 0…C−1; people name classes 1 and 2, 'dog' and
// 'cat', 10, 20 and 30. Each section below shows one way the two get mixed up, the
// error (or the silently wrong result) it gives, and the fix. Every error is caught
// and printed as part of the lesson. Each section is quoted whole by book.md; the
// blocks they print are built in Chapter5+Views.swift.
import ChapterSupport
import MLPKit

Chapter5.runAsChapter()

/// The chapter heading and what this run does.
func introduction(_ seed: UInt32) {
  Narrative.printChapter(5, "Label pitfalls")
  Narrative.explain(
    """
    A network only knows its output columns 0…C−1; labels are what people call the \
    classes. Each pitfall is shown failing, or silently wrong, and then fixed.
    """)
  Narrative.explain(
    """
    --seed \(seed) seeds every network: torch.manual_seed(\(seed)) for the manual \
    ones, random_state=\(seed) for MLPClassifier.
    """)
}

// MARK: - 5.1 Labels that are not 0…C−1
// Prints the 8 samples labelled 1 and 2, the error CrossEntropyLoss throws for them
// with 2 outputs (beside PyTorch's), then the encoded targets and their loss.
func labelsThatAreNotZeroToC(_ seed: UInt32) throws {
  Narrative.printSection("5.1", "Labels that are not 0…C−1")
  Narrative.explain(
    """
    A file numbers its two classes 1 and 2. The network has 2 outputs, and \
    cross-entropy reads target t as "column t of the logits", so it wants 0 and 1.
    """)
  let data = try classesOneAndTwo()
  Narrative.show(try samplesView(data))
  let model = try smallNetwork(seed: seed, hidden: 4, outputs: 2)  // 2 → 4 → 2
  let logits = try model(data.x)  // [8, 2]
  let y = try LabelTensor(classLabels: data.y)  // [8]: 1 and 2, as in the file
  showCaught { _ = try CrossEntropyLoss()(logits, y) }
  Narrative.show(pyTorchLine(targetError(y, columns: 2)))

  var encoder = LabelEncoder()
  let target = try encoder.fitTransform(data.y)  // [8]: 1 → 0, 2 → 1
  let loss = try CrossEntropyLoss()(logits, target)
  Narrative.show(encodingLines(encoder, data.y, target) + "\nloss = \(loss)")
}

// MARK: - 5.2 Too many outputs
// Prints a 3-output network trained on the targets 1 and 2 (column 0 fades), its
// final probabilities, the error its indices give when decoded, then the same
// training with 2 outputs and encoded targets.
func tooManyOutputs(_ seed: UInt32) throws {
  Narrative.printSection("5.2", "Too many outputs")
  Narrative.explain(
    """
    "Then give it 3 outputs": the targets 1 and 2 are now in range and training runs. \
    But column 0 is never a target, so every update pushes its probability down.
    """)
  let data = try classesOneAndTwo()
  let y = try LabelTensor(classLabels: data.y)  // [8]: 1 and 2
  let wide = try smallNetwork(seed: seed, hidden: 4, outputs: 3)  // columns 0, 1, 2
  let history = try train(wide, data.x, y, epochs: 40)
  Narrative.show(try historyTable(history, "3 outputs, targets 1 and 2"))
  Narrative.show(try finalProbabilitiesView(history, data))

  var encoder = LabelEncoder()
  let target = try encoder.fitTransform(data.y)  // [8]: 0 and 1
  Narrative.explain(
    "Decode its argmax with LabelEncoder: index 1 now means 2, and 2 means nothing.")
  showCaught { _ = try encoder.inverseTransform(finalPredictions(history)) }
  Narrative.show(sklearnLine(outOfRangeError(finalPredictions(history), classCount: 2)))
  let narrow = try smallNetwork(seed: seed, hidden: 4, outputs: encoder.classes.count)
  let fixed = try train(narrow, data.x, target, epochs: 40)
  Narrative.show(try historyTable(fixed, "The fix: 2 outputs, encoded targets 0 and 1"))
  Narrative.show(try decodedLines(encoder, finalPredictions(fixed), truth: data.y))
}

// MARK: - 5.3 Names sorted
// Prints how LabelEncoder numbers ['dog', 'cat', 'dog', 'bird'], then how numbers,
// numbers read as text, and capitalised names sort.
func namesSorted() throws {
  Narrative.printSection("5.3", "Names sorted")
  Narrative.explain(
    """
    LabelEncoder numbers the classes in sorted order, not in the order they first \
    appear: index 0 is the smallest label.
    """)
  let y: [ClassLabel] = ["dog", "cat", "dog", "bird"]
  var encoder = LabelEncoder()
  let encoded = try encoder.fitTransform(y)  // [4]
  Narrative.show(encodingLines(encoder, y, encoded) + "\n" + firstSeenLine(y, encoder))

  Narrative.explain(
    "Text sorts character by character (\"10\" < \"9\"), capitals before small letters:")
  let cases: [[ClassLabel]] = [[9, 10, 2], ["9", "10", "2"], ["cat", "Dog", "bird"]]
  Narrative.show(try sortingTable(cases))
  Narrative.explain("Labels read from a file are text; parse numbers back into numbers:")
  let parsed = ["9", "10", "2"].map(ClassLabel.init(parsing:))  // [9, 10, 2] as numbers
  Narrative.show(
    labelLines([("parsed", parsed), ("classes", try ClassLabel.sortedClasses(parsed))]))
}

// MARK: - 5.4 Unseen labels
// Prints an encoder fitted on the training labels meeting 'fish' in the test labels
// (the error, beside sklearn's), then the test set without the unknown samples.
func unseenLabels() throws -> Dataset {
  Narrative.printSection("5.4", "Unseen labels")
  Narrative.explain("The encoder is fitted on the 12 training labels; the test part has a new one.")
  let (train, test) = (try animalsTrain(), try animalsTest())
  var encoder = LabelEncoder()
  try encoder.fit(train.y)  // classes from the training labels only
  Narrative.show(
    labelLines([("yTrain", train.y), ("encoder.classes", encoder.classes), ("yTest", test.y)]))
  showCaught { _ = try encoder.transform(test.y) }
  Narrative.show(sklearnLine(unseenError(test.y, known: encoder.classes)))

  Narrative.explain(
    """
    Fitting the encoder on every label would give 'fish' an index, but a network \
    trained without fish has no output for it. So handle unknown samples explicitly; \
    here they are set aside before encoding.
    """)
  let classes = encoder.classes
  let known = try test.rows(where: { classes.contains($0) })  // [6, 2]: no 'fish' rows
  let encoded = try encoder.transform(known.y)  // [6]
  Narrative.show(setAsideLines(test, kept: known, encoded: encoded, known: classes))
  return known
}

// MARK: - 5.5 Indices left unmapped
// Prints a 3-class network's argmax indices on the known test samples, the error of
// comparing them with names, then the names and a confusion matrix labelled by them.
func indicesLeftUnmapped(_ seed: UInt32, _ test: Dataset) throws {
  Narrative.printSection("5.5", "Indices left unmapped")
  Narrative.explain(
    "A 2 → 8 → 3 network, trained for 60 epochs on the encoded training labels.")
  let animals = try animalsTrain()
  var encoder = LabelEncoder()
  let target = try encoder.fitTransform(animals.y)  // [12]: bird 0, cat 1, dog 2
  let model = try smallNetwork(seed: seed, hidden: 8, outputs: encoder.classes.count)
  let history = try train(model, animals.x, target, epochs: 60)
  Narrative.show(trainingLine(history))
  let predicted = try model(test.x).argmax(dim: 1)  // [6]: column indices, not names
  Narrative.show(indexLines(test.y, predicted))
  showCaught { _ = try accuracyScore(test.y, predicted.classLabels) }
  Narrative.show(sklearnLine(mixedTypesError(test.y, predicted.classLabels)))

  let names = try encoder.inverseTransform(predicted)  // [6]: index i → classes[i]
  Narrative.show(try nameLines(test.y, names))
  Narrative.show(try confusionMatrix(test.y, names, labels: encoder.classes))
}

// MARK: - 5.6 sklearn's classes vs manual encoding
// Prints MLPClassifier fitted on names, then on the codes 10/20/30: its classes, its
// probabilities and predictions in the user's labels; then the manual loop's error
// for the same codes, and who encodes what.
func sklearnClassesVersusManualEncoding(_ seed: UInt32, _ test: Dataset) throws {
  Narrative.printSection("5.6", "sklearn's classes vs manual encoding")
  Narrative.explain("MLPClassifier encodes the labels itself in fit and decodes them in predict.")
  let animals = try animalsTrain()
  let clf = classifier(seed: seed)
  try clf.fit(animals.x, animals.y)  // the names, as they are
  Narrative.show("\(clf)\n" + fittedLines(clf))
  Narrative.show(try probabilitiesView(clf, test))

  let codes = animals.y.map { speciesCodes[$0] ?? $0 }  // bird 10, cat 20, dog 30
  let coded = classifier(seed: seed)
  try coded.fit(animals.x, codes)
  Narrative.show(try sameModelLines(coded, clf, test))

  let logits = try smallNetwork(seed: seed, hidden: 8, outputs: 3)(animals.x)  // [12, 3]
  let y = try LabelTensor(classLabels: codes)  // [12]: 10, 20, 30
  Narrative.explain("The manual loop gets no such help: the codes are out of bounds for 3 columns.")
  showCaught { _ = try CrossEntropyLoss()(logits, y) }
  Narrative.show(pyTorchLine(targetError(y, columns: 3)))
  Narrative.show(try whoEncodesTable())
}

// MARK: - 5.7 Binary: one output, two columns
// Prints a cat-or-dog MLPClassifier: its one logistic output, computed by hand,
// beside predictProba's two columns; the manual loop's one-logit loss and the 0/1
// targets it wants; then a classifier fitted on cats only.
func binaryOneOutputTwoColumns(_ seed: UInt32, _ test: Dataset) throws {
  Narrative.printSection("5.7", "Binary: one output, two columns")
  Narrative.explain("For two classes sklearn uses one logistic output p = P(classes[1]).")
  let pets = try animalsTrain().rows(where: { $0 == "cat" || $0 == "dog" })  // [8, 2]
  let petsTest = try test.rows(where: { $0 == "cat" || $0 == "dog" })  // [4, 2]
  let clf = classifier(seed: seed)
  try clf.fit(pets.x, pets.y)
  Narrative.show(fittedLines(clf))
  // the forward pass by hand: p = σ(relu(x·W₀ + b₀)·W₁ + b₁)
  let hidden = Activation.relu(try petsTest.x.matmul(clf.coefs[0]) + clf.intercepts[0])  // [4, 8]
  let p = Activation.logistic(try hidden.matmul(clf.coefs[1]) + clf.intercepts[1])  // [4, 1]
  Narrative.show(try binaryTable(p, clf, petsTest))

  Narrative.explain("The manual loop's one-output form: BCEWithLogitsLoss wants targets 0 and 1.")
  let data = try classesOneAndTwo()
  let z = try smallNetwork(seed: seed, hidden: 4, outputs: 1)(data.x)  // [8, 1], one logit
  showCaught { _ = try BCEWithLogitsLoss()(z, LabelTensor(classLabels: data.y)) }
  var encoder = LabelEncoder()
  Narrative.show("encoded: loss = \(try BCEWithLogitsLoss()(z, encoder.fitTransform(data.y)))")

  Narrative.explain(
    "A training set with one class (say, a split that kept only cats) gives no error:")
  let cats = try pets.rows(where: { $0 == "cat" })  // [4, 2]
  let lonely = classifier(seed: seed)
  try lonely.fit(cats.x, cats.y)  // one unit, trained towards p = 0
  Narrative.show(
    fittedLines(lonely) + "\n\n" + (try singleClassView(lonely, petsTest)).description)
  Narrative.show(classCountCheck(try ClassLabel.sortedClasses(cats.y)))  // the fix: look before fit
}

// MARK: - 5.8 Checklist
// Prints the pitfalls as a table: symptom, cause, fix.
func checklist() throws {
  Narrative.printSection("5.8", "Checklist")
  print(try checklistTable())
}
