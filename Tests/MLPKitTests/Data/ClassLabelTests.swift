import MLPKit
import Testing

/// How labels compare and sort: as NumPy's `np.unique` does.
@Suite struct ClassLabelTests {
  @Test func integersSortNumericallyAndNamesByCodePoint() throws {
    #expect(try ClassLabel.sortedClasses(ClassLabel.labels([10, 2, -1, 2])) == [-1, 2, 10])
    // code points: "Z" (90) < "a" (97) < "é" (233); "10" < "9" as text
    #expect(
      try ClassLabel.sortedClasses(ClassLabel.labels(["é", "a", "Z", "9", "10"]))
        == ["10", "9", "Z", "a", "é"])
  }

  @Test func canonicallyEquivalentNamesAreDifferentClasses() throws {
    let precomposed = ClassLabel.string("\u{E9}")
    let combining = ClassLabel.string("e\u{301}")
    #expect(precomposed != combining)
    #expect(Set([precomposed, combining]).count == 2)
    #expect(try ClassLabel.sortedClasses([precomposed, combining]).count == 2)
  }

  @Test func mixingIntegersAndNamesIsRejected() {
    let error = #expect(throws: LabelError.self) {
      try ClassLabel.sortedClasses([1, "cat"])
    }
    #expect(error?.description.contains("mix integers and names") == true)
  }

  @Test func labelTensorConversionNeedsIntegers() throws {
    #expect(try LabelTensor(classLabels: [0, 1, 1]).values == [0, 1, 1])
    let error = #expect(throws: LabelError.self) { try LabelTensor(classLabels: [0, "dog"]) }
    #expect(error?.description.contains("label 'dog' at position 1") == true)
    #expect(ClassLabel(parsing: "42") == 42)
    #expect(ClassLabel(parsing: "4.5") == "4.5")
  }
}
