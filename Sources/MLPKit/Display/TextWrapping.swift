/// Greedy word wrapping by display width, shared by tables and paragraphs.
enum TextWrapping {
  /// `text` broken into lines of at most `width` columns at spaces.
  ///
  /// Newlines in `text` are kept as line breaks and runs of spaces between words
  /// collapse to one. A word longer than `width` is cut into `width`-column pieces when
  /// `breakLongWords` is set (table cells must keep their column), otherwise it gets a
  /// line of its own (a URL in a paragraph stays whole).
  static func lines(_ text: String, width: Int, breakLongWords: Bool) -> [String] {
    var lines = [String]()
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ") {
        var pieces = [String(word)]
        if breakLongWords && word.count > 0 && String(word).displayWidth > width {
          pieces = cut(String(word), width: width)
        }
        for piece in pieces {
          let w = piece.displayWidth
          if lineWidth > 0 && lineWidth + 1 + w > width {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          line += lineWidth > 0 ? " " + piece : piece
          lineWidth += lineWidth > 0 ? 1 + w : w
        }
      }
      lines.append(line)
    }
    return lines
  }

  /// A word cut into pieces of at most `width` columns (at least one character each).
  static func cut(_ word: String, width: Int) -> [String] {
    var pieces = [String]()
    var piece = ""
    for character in word {
      if !piece.isEmpty && piece.displayWidth + character.displayWidth > width {
        pieces.append(piece)
        piece = ""
      }
      piece.append(character)
    }
    if !piece.isEmpty { pieces.append(piece) }
    return pieces
  }
}
