/// Reading the header: the column names, their checks, and each column's role.
extension CSVTable {
  mutating func headerField(
    at index: Int, _ bytes: [UInt8], quoted: Bool, line: Int, column: Int
  ) throws {
    let range = quoted ? bytes.indices : CSVText.trimmed(bytes)
    guard let name = String(validating: bytes[range], as: UTF8.self) else {
      throw error(line, column, "the name in field \(index + 1) of the header is not valid UTF-8")
    }
    guard !name.isEmpty else {
      throw error(
        line, column,
        "the name in field \(index + 1) of the header is empty; every column needs one")
    }
    header.append(name)
    headerColumns.append(column)
  }

  mutating func finishHeader(line: Int) throws {
    headerLine = line
    guard labelled else {
      try finishFeatureHeader()
      return
    }
    guard header.count > 1 else {
      throw error(
        line, headerColumns.first,
        "the header has only one column, \(CSVText.quoted(header.first ?? "")); a data set needs "
          + "a target column and at least one feature column, separated by commas")
    }
    try checkUniqueNames()
    let available = "the columns are \(CSVText.list(header))"
    guard let targetIndex = header.firstIndex(of: target) else {
      throw error(
        line, nil, "no column named \(CSVText.quoted(target)) for the target; \(available)")
    }
    featureNames = wanted ?? header.enumerated().filter { $0.offset != targetIndex }.map(\.element)
    roles = [Role](repeating: .skipped, count: header.count)
    roles[targetIndex] = .target
    for (k, name) in featureNames.enumerated() {
      guard let index = header.firstIndex(of: name) else {
        throw error(
          line, nil,
          "featureColumns names \(CSVText.quoted(name)), which is not a column; \(available)")
      }
      roles[index] = .feature(k)
    }
    row = [Double](repeating: 0, count: featureNames.count)
    haveHeader = true
  }

  private func checkUniqueNames() throws {
    for (j, name) in header.enumerated() {
      if let i = header[..<j].firstIndex(of: name) {
        throw error(
          headerLine, headerColumns[j],
          "column name \(CSVText.quoted(name)) appears twice (fields \(i + 1) and \(j + 1)); "
            + "column names must be unique")
      }
    }
  }

  /// The header of a file of features (`readFeatures`): the target column may be there
  /// (it is skipped unread) or not; with `featureColumns` the other columns must be
  /// exactly those, in any order, and `x` has them in `featureColumns` order; without
  /// it every other column is a feature, in file order.
  private mutating func finishFeatureHeader() throws {
    try checkUniqueNames()
    let others = header.filter { $0 != target }
    if let wanted {
      let missing = wanted.filter { !header.contains($0) }
      let unexpected = others.filter { !wanted.contains($0) }
      guard missing.isEmpty, unexpected.isEmpty else {
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing \(CSVText.list(missing))") }
        if !unexpected.isEmpty { parts.append("unexpected \(CSVText.list(unexpected))") }
        throw error(
          headerLine, nil,
          "the \(others.count) feature columns do not match the \(wanted.count) expected: "
            + "\(parts.joined(separator: "; ")); expected \(CSVText.list(wanted)) "
            + "(and optionally the target \(CSVText.quoted(target)))")
      }
      featureNames = wanted
    } else {
      guard !others.isEmpty else {
        throw error(
          headerLine, nil,
          "the only column is the target \(CSVText.quoted(target)); there are no features to read")
      }
      featureNames = others
    }
    roles = [Role](repeating: .skipped, count: header.count)
    for (k, name) in featureNames.enumerated() {
      if let index = header.firstIndex(of: name) { roles[index] = .feature(k) }
    }
    row = [Double](repeating: 0, count: featureNames.count)
    haveHeader = true
  }
}
