import MLPKit

// The chapter's two small data sets, typed in so that every row can be printed and
// read. Tools/reference/chapter5.py holds the same numbers for the reference runs.

/// 8 samples whose two classes are numbered 1 and 2, as many data files number them
/// (§5.1, §5.2). Class 1 lies left (x₁ < 0), class 2 right.
func classesOneAndTwo() throws -> Dataset {
  let x = try Tensor(rows: [
    [-1.0, -0.5], [0.9, 0.4], [-0.8, 0.3], [1.1, -0.3],
    [-1.2, 0.1], [0.7, 0.6], [-0.6, -0.2], [1.3, 0.0],
  ])  // [8, 2]
  return try Dataset(
    x: x, y: ClassLabel.labels([1, 2, 1, 2, 1, 2, 1, 2]), featureNames: ["x₁", "x₂"])
}

/// The animals: 12 training samples named 'dog', 'cat' and 'bird' (§5.3–§5.7), in the
/// order a file might list them, so the first label seen is 'dog'.
func animalsTrain() throws -> Dataset {
  let rows: [(ClassLabel, [Double])] = [
    ("dog", [1.1, 0.5]), ("cat", [0.1, -0.9]), ("dog", [1.4, 0.8]), ("bird", [-1.3, 0.9]),
    ("cat", [-0.2, -1.2]), ("bird", [-1.0, 0.6]), ("dog", [0.9, 0.3]), ("cat", [0.3, -1.1]),
    ("bird", [-1.5, 1.1]), ("cat", [0.0, -0.7]), ("bird", [-0.9, 1.2]), ("dog", [1.3, 1.0]),
  ]
  return try Dataset(
    x: Tensor(rows: rows.map(\.1)), y: rows.map(\.0), featureNames: ["x₁", "x₂"],
    targetName: "animal")
}

/// The animals' test part: 8 samples, two of them 'fish', a class the training part
/// never saw (§5.4).
func animalsTest() throws -> Dataset {
  let rows: [(ClassLabel, [Double])] = [
    ("cat", [0.2, -0.8]), ("fish", [0.0, 2.5]), ("dog", [1.0, 0.9]), ("bird", [-1.1, 1.0]),
    ("fish", [-0.5, 2.2]), ("cat", [0.7, -0.2]), ("dog", [0.5, 0.4]), ("bird", [-0.4, 0.3]),
  ]
  return try Dataset(
    x: Tensor(rows: rows.map(\.1)), y: rows.map(\.0), featureNames: ["x₁", "x₂"],
    targetName: "animal")
}

/// Species codes for §5.6: integer labels that are not 0…C−1 (sorted as the names are).
let speciesCodes: [ClassLabel: ClassLabel] = ["bird": 10, "cat": 20, "dog": 30]
