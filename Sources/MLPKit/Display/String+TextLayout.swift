extension String {
  /// The number of terminal columns the text occupies, for aligning columns.
  ///
  /// Counts user-perceived characters, as a terminal draws them: `"x₁"`, `"é"` and
  /// `"←"` are one column each; East Asian wide characters and emoji drawn as
  /// pictures (`"✅"`) take two. ANSI escape sequences are not expected here:
  /// styling is applied after layout.
  var displayWidth: Int {
    var width = 0
    for character in self {
      width += character.displayWidth
    }
    return width
  }

  /// The string padded with leading spaces to `width` display columns (right-aligned).
  func leftPadded(to width: Int) -> String {
    let missing = width - displayWidth
    return missing > 0 ? String(repeating: " ", count: missing) + self : self
  }

  /// The string padded with trailing spaces to `width` display columns (left-aligned).
  func rightPadded(to width: Int) -> String {
    let missing = width - displayWidth
    return missing > 0 ? self + String(repeating: " ", count: missing) : self
  }

  /// The text without trailing spaces, so no printed line ends in blanks.
  var withoutTrailingSpaces: String {
    var text = Substring(self)
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}

extension Character {
  /// 2 for wide characters (CJK, fullwidth forms, emoji presentation), else 1.
  var displayWidth: Int {
    guard let scalar = unicodeScalars.first else { return 0 }
    if unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }  // emoji style
    if scalar.properties.isEmojiPresentation { return 2 }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
