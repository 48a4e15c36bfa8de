/// `ArticleReferences.find` for plain ASCII text, read byte by byte rather than with the
/// regular expressions.
///
/// Every choice the reference pattern makes is settled by the bytes that follow: no
/// quantifier ever gives back what it took so that a later part can match (spaces are
/// followed by a digit or a bracket, "article" by "s" or not, a number is one or two digits
/// that no digit follows). So one pass that takes each part greedily, and drops an optional
/// part that does not match whole, ends where the regular expression's match ends, and reads
/// the numbers the number pattern reads in it.
struct ArticleReferenceReader {
    private let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Whether the reader reads `bytes` as the regular expressions do: ASCII, and no control
    /// character that only some definitions of `\s` count as space (VT, FS-US).
    static func canRead(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || byte == 0x0B || (byte >= 0x1C && byte <= 0x1F) { return false }
        return true
    }

    /// One reference: its byte range and its numbers, each with whether a range ("to", "-")
    /// leads to it.
    struct Reference {
        let range: Range<Int>
        let numbers: [(value: Int, endsRange: Bool)]
    }

    /// The references in the text, in order, as the pattern's successive matches.
    func references() -> [Reference] {
        var found: [Reference] = []
        var start = 0
        while start + 3 <= bytes.count {
            if let reference = reference(at: start) {
                found.append(reference)
                start = reference.range.upperBound
            } else {
                start += 1
            }
        }
        return found
    }

    // MARK: - The pattern's parts

    private func reference(at start: Int) -> Reference? {
        // \b(?:articles?|arts?\.?)\s*(\d{1,2})(?!\d)
        if start > 0 && isWordByte(bytes[start - 1]) { return nil }
        guard let first = numberAfterArticleWord(at: start) else { return nil }
        var numbers = [(value: first.value, endsRange: false)]
        var end = subParagraph(at: first.end) ?? first.end
        // (?:\s*\([a-z]\))?
        let open = spaces(at: end)
        if byte(at: open) == 0x28, let letter = byte(at: open + 1), isLetter(letter), byte(at: open + 2) == 0x29 { end = open + 3 }
        // (?:\s*(?:,|and|&|or|to|–|-)\s*(?:(?:articles?|arts?\.?)\s*)?\d{1,2}(?!\d)(?:\s*\(\s*\d+\s*\))?)*
        while true {
            let separatorStart = spaces(at: end)
            guard let (separatorEnd, endsRange) = separator(at: separatorStart) else { break }
            let next = spaces(at: separatorEnd)
            guard let number = numberAfterArticleWord(at: next) ?? number(at: next) else { break }
            numbers.append((number.value, endsRange))
            end = subParagraph(at: number.end) ?? number.end
        }
        return Reference(range: start..<end, numbers: numbers)
    }

    /// `(?:articles?|arts?\.?)\s*(\d{1,2})(?!\d)` at `i`.
    private func numberAfterArticleWord(at i: Int) -> (value: Int, end: Int)? {
        guard has("art", at: i) else { return nil }
        var j = i + 3
        if has("icle", at: j) {
            j += 4
            if has("s", at: j) { j += 1 }
        } else {
            if has("s", at: j) { j += 1 }
            if byte(at: j) == 0x2E { j += 1 }
        }
        return number(at: spaces(at: j))
    }

    /// `\d{1,2}(?!\d)` at `i`.
    private func number(at i: Int) -> (value: Int, end: Int)? {
        var j = i, value = 0
        while let digit = byte(at: j), isDigit(digit) {
            value = value * 10 + Int(digit - 0x30)
            j += 1
            if j - i > 2 { return nil }
        }
        return j > i ? (value, j) : nil
    }

    /// The end of `\s*\(\s*\d+\s*\)` at `i`, if it is there.
    private func subParagraph(at i: Int) -> Int? {
        var j = spaces(at: i)
        guard byte(at: j) == 0x28 else { return nil }
        j = spaces(at: j + 1)
        let digits = j
        while let digit = byte(at: j), isDigit(digit) { j += 1 }
        guard j > digits else { return nil }
        j = spaces(at: j)
        return byte(at: j) == 0x29 ? j + 1 : nil
    }

    /// `,`, `and`, `&`, `or`, `to` or `-` at `i` (`–` is not ASCII): its end, and whether it
    /// makes a range.
    private func separator(at i: Int) -> (end: Int, endsRange: Bool)? {
        switch byte(at: i) {
        case 0x2C, 0x26: return (i + 1, false)
        case 0x2D: return (i + 1, true)
        default:
            if has("and", at: i) { return (i + 3, false) }
            if has("or", at: i) { return (i + 2, false) }
            if has("to", at: i) { return (i + 2, true) }
            return nil
        }
    }

    // MARK: - Bytes

    private func byte(at i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }

    /// Past the spaces (`\s`: tab, LF, FF, CR, space) from `i`.
    private func spaces(at i: Int) -> Int {
        var j = i
        while let byte = byte(at: j), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D { j += 1 }
        return j
    }

    /// Whether the lowercase letters of `word` follow at `i`, in any case.
    private func has(_ word: StaticString, at i: Int) -> Bool {
        let letters = word.utf8Start
        for j in 0..<word.utf8CodeUnitCount {
            guard let byte = byte(at: i + j), byte | 0x20 == letters[j], isLetter(byte) else { return false }
        }
        return true
    }

    private func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `\w` in ASCII: letters, digits and `_`.
    private func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte == 0x5F }
}
