import MLPKit
import Testing

/// `quotedDescription` and `listDescription`: labels as the library's messages show them.
@Suite struct ClassLabelListDescriptionTests {
  @Test func namesAreQuotedAndNumbersBare() {
    #expect(ClassLabel.string("cat").quotedDescription == "'cat'")
    #expect(ClassLabel.int(-7).quotedDescription == "-7")
    // the name '9' and the number 9 never look alike
    #expect(ClassLabel.string("9").quotedDescription != ClassLabel.int(9).quotedDescription)
  }

  @Test func listsReadAsPythonLists() {
    #expect(ClassLabel.labels(["bird", "cat", "dog"]).listDescription == "['bird', 'cat', 'dog']")
    #expect(ClassLabel.labels([10, 20, 30]).listDescription == "[10, 20, 30]")
    #expect(ClassLabel.labels(["10", "2"]).listDescription == "['10', '2']")
    #expect([ClassLabel]().listDescription == "[]")
    #expect(ClassLabel.labels(["é"]).listDescription == "['é']")
  }

  @Test func theLibrarysMessagesUseTheSameText() throws {
    var encoder = LabelEncoder()
    try encoder.fit(ClassLabel.labels(["dog", "cat"]))
    let error = #expect(throws: LabelError.self) {
      try encoder.transform(ClassLabel.labels(["fish"]))
    }
    #expect(error?.description.contains("knows \(encoder.classes.listDescription)") == true)
    #expect(error?.description.contains(ClassLabel.string("fish").quotedDescription) == true)
  }
}
