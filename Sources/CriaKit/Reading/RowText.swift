#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A table row read as one block of text, its cells joined by `separator`. The HTML and Word
/// readers write rows this way; the screening-claims reading splits them back into cells to
/// find a question and its answer side by side.
enum RowText {
    static let separator = " | "

    static func joined(_ cells: [String]) -> String { cells.joined(separator: separator) }

    /// The cells of a row's text (one cell when there is no separator). Split on the UTF-8
    /// bytes: Foundation's `components(separatedBy:)` searched each long provision of an Act
    /// character by character and was a quarter of a batch's instructions. The separator is
    /// found by its `|` with `memchr`, which passes over a long block many bytes at a step:
    /// nearly every block the screening claims read holds no row at all.
    static func cells(of text: String) -> [String] {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return [text] }
            var cells: [String] = []
            var start = 0
            // A separator starts at `i` or later: its bar is at `i + 1` or later.
            var i = 0
            while i + 3 <= bytes.count, let found = memchr(base + i + 1, Int32(UInt8(ascii: "|")), bytes.count - i - 1) {
                let bar = UnsafeRawPointer(base).distance(to: found)
                guard bar + 1 < bytes.count else { break }
                if bytes[bar - 1] == UInt8(ascii: " ") && bytes[bar + 1] == UInt8(ascii: " ") {
                    cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bar - 1]), as: UTF8.self))
                    i = bar + 2
                    start = i
                } else {
                    i = bar
                }
            }
            // Most blocks are no row: the text itself, not a copy of it.
            if cells.isEmpty { return [text] }
            cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return cells
        }
    }
}
