/// Grades every (expected, actual) line pair of the alignment table quickly.
///
/// The table compares each expected line with each actual line, so a failing
/// 800-line block means 640 000 comparisons. Interning each line's raw text, its
/// text between numbers and its squeezed form into integers, and keeping the numbers
/// as flat arrays of doubles, turns most comparisons into integer and double tests;
/// only a number pair within rounding of the tolerance bound goes to
/// `LineMatch.within`, whose decimal arithmetic decides. The grades are exactly
/// those `LineMatch.compare` implies.
struct PairGrader {
  private var expected: [TokenisedLine]
  private var actual: [TokenisedLine]
  private var tolerance: Tolerance
  private var rawE: [Int] = []
  private var rawA: [Int] = []
  private var textE: [Int] = []
  private var textA: [Int] = []
  private var squeezedE: [Int] = []
  private var squeezedA: [Int] = []
  /// Per line, where its numbers start in the flat arrays (one extra end entry).
  private var startE: [Int] = [0]
  private var startA: [Int] = [0]
  private var numberE: [Int] = []  // interned number text
  private var numberA: [Int] = []
  private var valueE: [Double] = []
  private var valueA: [Double] = []
  private var decimalE: [Bool] = []  // has a point or exponent: drift, not a label
  private let absolute: Double
  private let relative: Double

  init(expected: [TokenisedLine], actual: [TokenisedLine], tolerance: Tolerance) {
    self.expected = expected
    self.actual = actual
    self.tolerance = tolerance
    absolute = tolerance.absoluteDouble
    relative = tolerance.relativeDouble
    var ids: [String: Int] = [:]
    func intern(_ text: String) -> Int {
      if let id = ids[text] { return id }
      ids[text] = ids.count
      return ids.count - 1
    }
    // exact blocks compare the padding too, so it belongs to the text key there
    let withPadding = !tolerance.isDeclared
    func textKey(_ line: TokenisedLine) -> String {
      var key = "\(line.numbers.count)"
      for (index, text) in line.texts.enumerated() {
        key += "\u{0}" + text
        if withPadding && index < line.numbers.count {
          key += "\u{1}" + line.numbers[index].padding
        }
      }
      return key
    }
    func squeezed(_ line: String) -> String {
      String(String.UnicodeScalarView(line.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
    for line in expected {
      rawE.append(intern("r" + line.raw))
      textE.append(intern("t" + textKey(line)))
      squeezedE.append(intern("s" + squeezed(line.raw)))
      for number in line.numbers {
        numberE.append(intern("n" + number.text))
        valueE.append(number.double)
        decimalE.append(number.text.contains { $0 == "." || $0 == "e" || $0 == "E" })
      }
      startE.append(numberE.count)
    }
    for line in actual {
      rawA.append(intern("r" + line.raw))
      textA.append(intern("t" + textKey(line)))
      squeezedA.append(intern("s" + squeezed(line.raw)))
      for number in line.numbers {
        numberA.append(intern("n" + number.text))
        valueA.append(number.double)
      }
      startA.append(numberA.count)
    }
  }

  /// 0 equal; 1 near with only decimals out of tolerance (drift); 2 near with an
  /// integer out; 3 changed only in whitespace; 4 changed.
  func grade(_ i: Int, _ j: Int) -> Int {
    if rawE[i] == rawA[j] { return 0 }
    if textE[i] != textA[j] { return squeezedE[i] == squeezedA[j] ? 3 : 4 }
    var grade = 0
    var k = startE[i]
    var l = startA[j]
    while k < startE[i + 1] {
      if numberE[k] != numberA[l] && !within(k, l, i, j) {
        if !decimalE[k] { return 2 }
        grade = 1
      }
      k += 1
      l += 1
    }
    return grade
  }

  private func within(_ k: Int, _ l: Int, _ i: Int, _ j: Int) -> Bool {
    guard tolerance.isDeclared else { return false }
    let x = valueE[k]
    let y = valueA[l]
    let delta = abs(y - x)
    let allowed = absolute + relative * abs(x)
    let slack = 1e-12 * (abs(x) + abs(y) + allowed)
    if delta < allowed - slack { return true }
    if delta > allowed + slack { return false }
    return LineMatch.within(
      expected[i].numbers[k - startE[i]], actual[j].numbers[l - startA[j]], tolerance)
  }
}
