import MLPKit
import Testing

/// `LabelEncoder` against sklearn (Tools/reference/preprocessing.py), and its errors.
@Suite struct LabelEncoderTests {
  struct Case: Decodable {
    let name: String
    let y: [FixtureLabel]
    let classes: [FixtureLabel]
    let y2: [FixtureLabel]
    let encoded2: [Int]
    let codes: [Int]
    let decoded: [FixtureLabel]
  }
  struct File: Decodable { let encoders: [Case] }

  @Test func classesAndCodesMatchSklearn() throws {
    let cases = try Fixtures.load("preprocessing", as: File.self).encoders
    #expect(cases.count >= 4)
    for c in cases {
      var encoder = LabelEncoder()
      try encoder.fit(c.y.labels)
      #expect(encoder.classes == c.classes.labels, "\(c.name)")
      #expect(try encoder.transform(c.y2.labels).values == c.encoded2, "\(c.name)")
      #expect(try encoder.inverseTransform(c.codes) == c.decoded.labels, "\(c.name)")
      #expect(try encoder.inverseTransform(LabelTensor(c.codes)) == c.decoded.labels, "\(c.name)")
    }
  }

  @Test func fitTransformOfTheReferenceExample() throws {
    // reference §4.6: fit_transform(['b', 'a', 'b']) = [1, 0, 1]
    var encoder = LabelEncoder()
    #expect(try encoder.fitTransform(ClassLabel.labels(["b", "a", "b"])).values == [1, 0, 1])
    #expect(encoder.classes == ["a", "b"])
  }

  @Test func unseenLabelsAreAllListedWithTheKnownClasses() throws {
    var encoder = LabelEncoder()
    try encoder.fit(ClassLabel.labels(["cat", "dog"]))
    let error = #expect(throws: LabelError.self) {
      try encoder.transform(ClassLabel.labels(["dog", "cow", "cat", "pig", "cow"]))
    }
    let message = error?.description ?? ""
    #expect(message.contains("2 previously unseen labels"))
    #expect(message.contains("'cow' (first at position 1)"))
    #expect(message.contains("'pig' (first at position 3)"))
    #expect(message.contains("the encoder knows ['cat', 'dog']"))
    #expect(message.contains("Fit the encoder on labels that include every class"))

    var numbers = LabelEncoder()
    try numbers.fit(ClassLabel.labels([0, 1]))
    let seven = #expect(throws: LabelError.self) { try numbers.transform(ClassLabel.labels([7])) }
    #expect(
      seven?.description.contains("1 previously unseen label: 7 (first at position 0)") == true)
  }

  @Test func inverseOfABadIndexNamesItsPositionAndTheRange() throws {
    var encoder = LabelEncoder()
    try encoder.fit(ClassLabel.labels(["a", "b", "c"]))
    let error = #expect(throws: LabelError.self) { try encoder.inverseTransform([0, 2, 5, -1]) }
    let message = error?.description ?? ""
    #expect(message.contains("index 5 at position 2"))
    #expect(message.contains("valid range 0..<3"))
    #expect(message.contains("1 more index is out of range"))
    let matrix = try LabelTensor(shape: [1, 2], values: [0, 1])
    #expect(throws: ShapeError.self) { try encoder.inverseTransform(matrix) }
  }

  @Test func unfittedAndMixedLabelsThrow() throws {
    let encoder = LabelEncoder()
    let error = #expect(throws: NotFittedError.self) { try encoder.transform(["a"]) }
    #expect(error?.description.contains("This LabelEncoder instance is not fitted yet") == true)
    #expect(throws: NotFittedError.self) { try encoder.inverseTransform([0]) }
    var mixed = LabelEncoder()
    let mix = #expect(throws: LabelError.self) { try mixed.fit([1, "one"]) }
    #expect(mix?.description.contains("mix integers and names") == true)
  }
}
