/// A table row read as one block of text, its cells joined by `separator`. The HTML and Word
/// readers write rows this way; the screening-claims reading splits them back into cells to
/// find a question and its answer side by side.
enum RowText {
    static let separator = " | "

    static func joined(_ cells: [String]) -> String { cells.joined(separator: separator) }

    /// The cells of a row's text (one cell when there is no separator). Split on the UTF-8
    /// bytes: Foundation's `components(separatedBy:)` searched each long provision of an Act
    /// character by character and was a quarter of a batch's instructions.
    static func cells(of text: String) -> [String] {
        let mark = Array(separator.utf8)
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            var cells: [String] = []
            var start = 0
            var i = 0
            while i + mark.count <= bytes.count {
                if bytes[i] == mark[0], bytes[i..<i + mark.count].elementsEqual(mark) {
                    cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    i += mark.count
                    start = i
                } else {
                    i += 1
                }
            }
            // Most blocks are no row: the text itself, not a copy of it.
            if cells.isEmpty { return [text] }
            cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return cells
        }
    }
}
