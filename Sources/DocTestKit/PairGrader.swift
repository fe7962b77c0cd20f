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
  /// One side's lines as integer keys and flat number arrays.
  private struct Side {
    var raw: [Int] = []
    var text: [Int] = []
    var squeezed: [Int] = []
    /// Per line, where its numbers start in the flat arrays (one extra end entry).
    var start: [Int] = [0]
    var number: [Int] = []  // interned number text
    var value: [Double] = []
    var decimal: [Bool] = []  // has a point or exponent: drift, not a label

    init(_ lines: [TokenisedLine], intern: (String) -> Int, withPadding: Bool) {
      for line in lines {
        raw.append(intern("r" + line.raw))
        // exact blocks compare the padding too, so it belongs to the text key there
        var key = "t\(line.numbers.count)"
        for (index, piece) in line.texts.enumerated() {
          key += "\u{0}" + piece
          if withPadding && index < line.numbers.count {
            key += "\u{1}" + line.numbers[index].padding
          }
        }
        text.append(intern(key))
        let scalars = line.raw.unicodeScalars.filter { !$0.properties.isWhitespace }
        squeezed.append(intern("s" + String(String.UnicodeScalarView(scalars))))
        for field in line.numbers {
          number.append(intern("n" + field.text))
          value.append(field.double)
          decimal.append(field.text.contains { $0 == "." || $0 == "e" || $0 == "E" })
        }
        start.append(number.count)
      }
    }
  }

  // the hot path reads flat arrays held directly (a debug build pays for every
  // hop through a nested struct, and this runs once per table cell)
  private let rawE: [Int], rawA: [Int], textE: [Int], textA: [Int]
  private let squeezedE: [Int], squeezedA: [Int], startE: [Int], startA: [Int]
  private let numberE: [Int], numberA: [Int], valueE: [Double], valueA: [Double]
  private let decimalE: [Bool]
  private let linesE: [TokenisedLine], linesA: [TokenisedLine]
  private let tolerance: Tolerance
  private let absolute: Double
  private let relative: Double

  init(expected: [TokenisedLine], actual: [TokenisedLine], tolerance: Tolerance) {
    var ids: [String: Int] = [:]
    func intern(_ text: String) -> Int {
      if let id = ids[text] { return id }
      ids[text] = ids.count
      return ids.count - 1
    }
    let e = Side(expected, intern: intern, withPadding: !tolerance.isDeclared)
    let a = Side(actual, intern: intern, withPadding: !tolerance.isDeclared)
    (rawE, textE, squeezedE, startE, numberE) = (e.raw, e.text, e.squeezed, e.start, e.number)
    (rawA, textA, squeezedA, startA, numberA) = (a.raw, a.text, a.squeezed, a.start, a.number)
    (valueE, valueA, decimalE, linesE, linesA) = (e.value, a.value, e.decimal, expected, actual)
    self.tolerance = tolerance
    absolute = tolerance.absoluteDouble
    relative = tolerance.relativeDouble
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
      linesE[i].numbers[k - startE[i]], linesA[j].numbers[l - startA[j]], tolerance)
  }
}
