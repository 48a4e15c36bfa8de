/// `ArticleReferences.find` without the regular expressions, for text whose characters all
/// have a known reading: ASCII, and the Latin letters, spaces and typographic punctuation of
/// English and French prose.
///
/// Every choice the reference pattern makes is settled by the characters that follow: no
/// quantifier ever gives back what it took so that a later part can match (spaces are
/// followed by a digit or a bracket, "article" by "s" or not, a number is one or two digits
/// that no digit follows). So one pass that takes each part greedily, and drops an optional
/// part that does not match whole, ends where the regular expression's match ends, and reads
/// the numbers the number pattern reads in it.
struct ArticleReferenceReader {
    /// The text's scalars, and where each starts in its UTF-8 (with the end last); no
    /// offsets when the text is ASCII, where each scalar starts at its own index.
    private let scalars: [UInt32]
    private let offsets: [Int]

    /// A reader of `bytes` (valid UTF-8), or nil if some character's reading is not known.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        if Self.isKnownASCII(bytes) {
            scalars = Array(unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                for i in 0..<bytes.count { buffer[i] = UInt32(bytes[i]) }
                initialized = bytes.count
            }
            offsets = []
            return
        }
        // Written in place: most of a block's characters are ASCII, and an append each
        // would cost more than reading them.
        var known = true, count = 0
        var offsets: [Int] = []
        let scalars = [UInt32](unsafeUninitializedCapacity: bytes.count) { scalarsOut, scalarCount in
            offsets = [Int](unsafeUninitializedCapacity: bytes.count + 1) { offsetsOut, offsetCount in
                var i = 0
                while i < bytes.count {
                    let lead = UInt32(bytes[i])
                    var scalar = lead, length = 1
                    if lead >= 0x80 {
                        length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                        guard i + length <= bytes.count else { known = false; break }
                        scalar = lead & (0x7F >> UInt32(length))
                        for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
                    }
                    // Every ASCII character from the space on has a known reading.
                    guard scalar >= 0x20 && scalar < 0x80 || Self.kind(of: scalar) != nil else { known = false; break }
                    scalarsOut[count] = scalar
                    offsetsOut[count] = i
                    count += 1
                    i += length
                }
                offsetsOut[count] = bytes.count
                offsetCount = count + 1
            }
            scalarCount = count
        }
        guard known else { return nil }
        self.scalars = scalars
        self.offsets = offsets
    }

    /// One reference: its UTF-8 range and its numbers, each with whether a range ("to", a
    /// dash) leads to it.
    struct Reference {
        let range: Range<Int>
        let numbers: [(value: Int, endsRange: Bool)]
    }

    /// The references in the text, in order, as the pattern's successive matches.
    func references() -> [Reference] {
        var found: [Reference] = []
        var start = 0
        while start + 3 <= scalars.count {
            // Every reference starts with "art" in any case.
            if scalars[start] | 0x20 == 0x61, scalars[start + 1] | 0x20 == 0x72, scalars[start + 2] | 0x20 == 0x74,
                let (end, numbers) = reference(at: start)
            {
                found.append(Reference(range: offset(of: start)..<offset(of: end), numbers: numbers))
                start = end
            } else {
                start += 1
            }
        }
        return found
    }

    // MARK: - The pattern's parts

    private func reference(at start: Int) -> (end: Int, numbers: [(value: Int, endsRange: Bool)])? {
        // \b(?:articles?|arts?\.?)\s*(\d{1,2})(?!\d)
        if start > 0 && isWord(scalars[start - 1]) { return nil }
        guard let first = numberAfterArticleWord(at: start) else { return nil }
        var numbers = [(value: first.value, endsRange: false)]
        var end = subParagraph(at: first.end) ?? first.end
        // (?:\s*\([a-z]\))?
        let open = spaces(at: end)
        if scalar(at: open) == 0x28, let letter = scalar(at: open + 1), isASCIILetter(letter), scalar(at: open + 2) == 0x29 { end = open + 3 }
        // (?:\s*(?:,|and|&|or|to|–|-)\s*(?:(?:articles?|arts?\.?)\s*)?\d{1,2}(?!\d)(?:\s*\(\s*\d+\s*\))?)*
        while true {
            guard let (separatorEnd, endsRange) = separator(at: spaces(at: end)) else { break }
            let next = spaces(at: separatorEnd)
            guard let number = numberAfterArticleWord(at: next) ?? number(at: next) else { break }
            numbers.append((number.value, endsRange))
            end = subParagraph(at: number.end) ?? number.end
        }
        return (end, numbers)
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
            if scalar(at: j) == 0x2E { j += 1 }
        }
        return number(at: spaces(at: j))
    }

    /// `\d{1,2}(?!\d)` at `i`.
    private func number(at i: Int) -> (value: Int, end: Int)? {
        var j = i, value = 0
        while let digit = scalar(at: j), isDigit(digit) {
            value = value * 10 + Int(digit - 0x30)
            j += 1
            if j - i > 2 { return nil }
        }
        return j > i ? (value, j) : nil
    }

    /// The end of `\s*\(\s*\d+\s*\)` at `i`, if it is there.
    private func subParagraph(at i: Int) -> Int? {
        var j = spaces(at: i)
        guard scalar(at: j) == 0x28 else { return nil }
        j = spaces(at: j + 1)
        let digits = j
        while let digit = scalar(at: j), isDigit(digit) { j += 1 }
        guard j > digits else { return nil }
        j = spaces(at: j)
        return scalar(at: j) == 0x29 ? j + 1 : nil
    }

    /// `,`, `and`, `&`, `or`, `to`, `–` or `-` at `i`: its end, and whether it makes a range.
    private func separator(at i: Int) -> (end: Int, endsRange: Bool)? {
        switch scalar(at: i) {
        case 0x2C, 0x26: return (i + 1, false)
        case 0x2D, 0x2013: return (i + 1, true)
        default:
            if has("and", at: i) { return (i + 3, false) }
            if has("or", at: i) { return (i + 2, false) }
            if has("to", at: i) { return (i + 2, true) }
            return nil
        }
    }

    // MARK: - Characters

    /// Where the scalar at `i` (or the end, at `scalars.count`) starts in the UTF-8.
    private func offset(of i: Int) -> Int { offsets.isEmpty ? i : offsets[i] }

    /// Whether `bytes` are all ASCII characters whose reading is known (all but VT and the
    /// separators 0x1C-0x1F), looked at eight at a time.
    private static func isKnownASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isKnown(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x0B && !(byte >= 0x1C && byte <= 0x1F) }
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101, highBits = ones &* 0x80
            while i + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & highBits != 0 { return false }
                // With every byte below 0x80, a high bit after subtracting 0x20 from each
                // shows some byte below 0x20 (or a borrow from one): look at each then.
                if (word &- ones &* 0x20) & highBits != 0 {
                    for k in i..<(i + 8) where !isKnown(bytes[k]) { return false }
                }
                i += 8
            }
        }
        while i < bytes.count {
            guard isKnown(bytes[i]) else { return false }
            i += 1
        }
        return true
    }

    private func scalar(at i: Int) -> UInt32? { i < scalars.count ? scalars[i] : nil }

    /// Past the spaces (`\s`) from `i`.
    private func spaces(at i: Int) -> Int {
        var j = i
        while let scalar = scalar(at: j), Self.kind(of: scalar) == .space { j += 1 }
        return j
    }

    /// Whether the lowercase ASCII letters of `word` follow at `i`, in any case.
    private func has(_ word: StaticString, at i: Int) -> Bool {
        let letters = word.utf8Start
        for j in 0..<word.utf8CodeUnitCount {
            guard let scalar = scalar(at: i + j), isASCIILetter(scalar), scalar | 0x20 == UInt32(letters[j]) else { return false }
        }
        return true
    }

    private func isASCIILetter(_ scalar: UInt32) -> Bool { scalar < 0x80 && scalar | 0x20 >= 0x61 && scalar | 0x20 <= 0x7A }

    private func isDigit(_ scalar: UInt32) -> Bool { scalar >= 0x30 && scalar <= 0x39 }

    /// `\w`: letters, digits and `_`.
    private func isWord(_ scalar: UInt32) -> Bool { Self.kind(of: scalar) == .word }

    private enum Kind { case word, space, other }

    /// How the pattern reads a character, for the characters whose reading is known: `\w`,
    /// `\s` or neither. Nil for the others: ASCII controls that only some definitions of
    /// `\s` count, letters that fold to ASCII ones or to more than one letter (ß, ſ, İ, ı,
    /// K), digits other than ASCII ones, marks and format characters (which `\b` skips).
    private static func kind(of scalar: UInt32) -> Kind? {
        switch scalar {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return .word
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return .space
        case 0x00...0x7F: return scalar == 0x0B || (scalar >= 0x1C && scalar <= 0x1F) ? nil : .other
        case 0xC0...0xFF: return scalar == 0xD7 || scalar == 0xF7 ? .other : scalar == 0xDF ? nil : .word
        case 0x152, 0x153: return .word
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0xA3, 0xAB, 0xBB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026: return .other
        default: return nil
        }
    }
}
