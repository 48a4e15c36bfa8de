import Foundation

/// Reading a label or an answer only as far as it takes: the word count of a long text from
/// its opening, and a denial from an answer's first bytes. Plain text (ASCII and the caseless
/// punctuation common in documents) is read byte by byte; any other text as Characters, by
/// the same rules as the whole text.
extension ScreeningClaims {
    /// How much of a node's text is read to tell that it is too long to be a label.
    static let labelOpeningBytes = 512

    /// A node's text if it may be a label: nil when its opening already holds more words than
    /// `asksAboutChildren` allows.
    static func labelText(of node: DocumentNode) -> String? {
        let opening = node.fullTextOpening(bytes: labelOpeningBytes)
        if opening.isWhole { return opening.text }
        return hasMoreWordsThanALabel(opening: opening.text) ? nil : node.fullText
    }

    /// Whether a text that starts with `opening` has more than `questionWords` words as
    /// `asksAboutChildren` counts them, told from its first `labelOpeningBytes` bytes (cut at
    /// a scalar). Lowercasing maps scalar by scalar, and a Character is a letter by its first
    /// scalar, so the words there are the whole text's, except that its last Character may run
    /// on into the rest and count one word more or fewer.
    static func hasMoreWordsThanALabel(opening: String) -> Bool {
        var opening = opening
        return opening.withUTF8 { bytes in
            var end = min(labelOpeningBytes, bytes.count)
            while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            let head = UnsafeBufferPointer(rebasing: bytes[..<end])
            let count = plainWordCount(head) ?? labelWords(String(decoding: head, as: UTF8.self).lowercased()).count
            return count > questionWords + 1
        }
    }

    /// The words of a lowercased label: runs of letters and hyphens. Plain text (see
    /// `plainWordCount`) is split on its bytes, where splitting its Characters cost about 95,000
    /// instructions a label (a tenth of a round of the bench corpus's screening claims).
    static func labelWords(_ asked: String) -> [Substring] {
        plainLabelWords(asked) ?? asked.split { !$0.isLetter && $0 != "-" }
    }

    /// `labelWords` of plain text, by the rules of `forEachPlainWord`; nil for other text.
    private static func plainLabelWords(_ asked: String) -> [Substring]? {
        var text = asked
        var ranges: [Range<Int>] = []
        let plain = text.withUTF8 { bytes in forEachPlainWord(in: bytes) { ranges.append($0) } }
        guard plain else { return nil }
        let utf8 = asked.utf8
        return ranges.map { asked[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
    }

    /// `labelWords(_:)`'s count of the lowercased text, for plain text; nil for any other.
    private static func plainWordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        return forEachPlainWord(in: bytes) { _ in count += 1 } ? count : nil
    }

    /// The words of `labelWords(_:)` (runs of letters and hyphens) as byte ranges, read byte by
    /// byte, for text of ASCII and the caseless punctuation and spaces common in documents;
    /// false, part-way, at any other scalar. Each such byte or scalar is a Character of its own
    /// (CR LF, the one pair, is no letter; none of these scalars extends the Character before
    /// it), a letter only if it is one of A-Z and a-z, and lowercasing keeps it one or not.
    private static func forEachPlainWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
        var start: Int?
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            var isWordByte = false
            var length = 1
            if byte < 0x80 {
                isWordByte = byte == 0x2D || byte.isASCIILetter
            } else {
                guard let plain = plainPunctuationLength(at: i, in: bytes) else { return false }
                length = plain
            }
            if isWordByte {
                if start == nil { start = i }
            } else if let first = start {
                body(first..<i)
                start = nil
            }
            i += length
        }
        if let first = start { body(first..<bytes.count) }
        return true
    }

    /// The UTF-8 length of a no-break space, `£`, `§`, `«` or `»` (U+00A0–U+00BB), or of
    /// punctuation U+2010–U+2027 (dashes, quotes, daggers, bullets, leaders, the ellipsis)
    /// at `i`; nil for any other scalar.
    private static func plainPunctuationLength(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if bytes[i] == 0xC2, i + 1 < bytes.count, [0xA0, 0xA3, 0xA7, 0xAB, 0xBB].contains(bytes[i + 1]) { return 2 }
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, (0x90...0xA7).contains(bytes[i + 2]) { return 3 }
        return nil
    }

    // MARK: Words for children

    /// False when `label`, lowercased, cannot hold any of `words` (lowercased terms of ASCII,
    /// as the bundled lexicons' are), told from its bytes with ASCII letters folded: Foundation
    /// finds such a word only in a run of ASCII scalars canonically equivalent to it, and
    /// lowercasing makes ASCII only of ASCII but for the scalars `foldsIntoASCII` looks for.
    /// True when it may (the caller then lowercases and searches as before), or when a word is
    /// empty or beyond ASCII. Most labels beside a mention of children name none: over one
    /// round of the bench corpus, lowercasing and searching them all cost about 50 million
    /// instructions.
    static func mayName(anyOf words: Set<String>, _ label: String) -> Bool {
        var label = label
        return label.withUTF8 { bytes in
            if foldsIntoASCII(bytes) { return true }
            return words.contains { word in
                var word = word
                return word.withUTF8 { word in
                    guard !word.isEmpty, word.allSatisfy({ $0 < 0x80 }) else { return true }
                    return ByteSearch.contains(word, in: bytes, foldingCapitals: true)
                }
            }
        }
    }

    /// Whether `bytes` hold a scalar that lowercases into ASCII letters (the Kelvin sign,
    /// capital I with dot above) or is canonically equivalent to ASCII (the Greek question
    /// mark, the Greek varia).
    private static func foldsIntoASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case 0xC4 where i + 1 < bytes.count && bytes[i + 1] == 0xB0: return true
            case 0xCD where i + 1 < bytes.count && bytes[i + 1] == 0xBE: return true
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x84 && bytes[i + 2] == 0xAA: return true
            case 0xE1 where i + 2 < bytes.count && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xAF: return true
            default: break
            }
            i += 1
        }
        return false
    }

    /// Whether a text, trimmed of whitespace and newlines, ends with "?" (as Foundation's
    /// trimming and `hasSuffix` tell): from its last bytes when they are ASCII, where trimming
    /// a block cost about 40,000 instructions; a "?" after a scalar beyond ASCII (which may
    /// be a prepend, joining the two in one Character) is told the old way.
    static func endsWithQuestionMark(_ text: String) -> Bool {
        var bytes = text
        let told = bytes.withUTF8 { bytes -> Bool? in
            var end = bytes.count
            while end > 0 && bytes[end - 1].isASCIIWhitespace { end -= 1 }
            guard end > 0 else { return false }
            guard bytes[end - 1] < 0x80 else { return nil }
            guard bytes[end - 1] == 0x3F else { return false }
            return end == 1 || bytes[end - 2] < 0x80 ? true : nil
        }
        return told ?? text.trimmingWhitespace.hasSuffix("?")
    }

    // MARK: Denials

    /// Whether an answer denies, as `FieldCondition.value(answer, isOneOf: denials)` finds: told
    /// from its first bytes when they can tell, so that a long block is not lowercased and
    /// trimmed whole to find that it opens with "The".
    static func denies(_ answer: String) -> Bool {
        deniesByOpening(answer) ?? FieldCondition.value(answer, isOneOf: denials)
    }

    /// The denials as lowercased bytes, and the longest one's length.
    private static let denialBytes: [[UInt8]] = denials.map { Array($0.lowercased().utf8) }

    /// `FieldCondition.value(answer, isOneOf: denials)` when the answer opens, after ASCII
    /// whitespace, with an ASCII letter, and its bytes from there to one past the longest
    /// denial are ASCII: trimming the start then stops at that letter, each of those bytes is
    /// a Character of its own, and lowercasing them is ASCII's. A denial ends with a letter,
    /// which trimming the end never reaches, so the rest of the text cannot change the answer.
    /// Nil when the opening cannot tell.
    static func deniesByOpening(_ answer: String) -> Bool? {
        opensWith(answer, oneOf: denialBytes)
    }

    /// `FieldCondition.value(answer, isOneOf:)` for lowercased ASCII `phrases`, told from the
    /// answer's first bytes as `deniesByOpening` tells it; nil when the opening cannot tell.
    static func opensWith(_ answer: String, oneOf phrases: [[UInt8]]) -> Bool? {
        let longestDenial = phrases.map(\.count).max() ?? 0
        let denialBytes = phrases
        var answer = answer
        return answer.withUTF8 { bytes -> Bool? in
            var start = 0
            while start < bytes.count && bytes[start].isASCIIWhitespace { start += 1 }
            guard start < bytes.count, bytes[start].isASCIILetter else { return nil }
            let end = min(bytes.count, start + longestDenial + 1)
            guard !bytes[start..<end].contains(where: { $0 >= 0x80 }) else { return nil }
            return denialBytes.contains { denial in
                guard start + denial.count <= bytes.count else { return false }
                for (offset, byte) in denial.enumerated() {
                    let read = bytes[start + offset]
                    if read.asciiLowercased != byte { return false }
                }
                // The Character after the denial, if any, must be no letter or digit.
                let next = start + denial.count
                return next == bytes.count || !(bytes[next].isASCIILetter || (0x30...0x39).contains(bytes[next]))
            }
        }
    }

    /// Whether a byte is the first letter of one of `denialOpenings`, by byte value: a table
    /// rather than a `Set`, whose hashing cost more than the rest of the test (it is asked of
    /// every short block's first word).
    private static let isDenialInitial: [Bool] = (0..<256).map { byte in denialOpenings.contains { $0.utf8.first == UInt8(byte) } }

    /// Whether a word, lowercased, is one of `denialOpenings`. A word whose first byte is none
    /// of their first letters in either case is none of them, and is passed over without being
    /// made a String: no scalar beyond ASCII lowercases to an ASCII letter but the Kelvin
    /// sign, to "k".
    static func isDenialOpening(_ token: Token, in text: String) -> Bool {
        let utf8 = text.utf8
        guard token.start < token.end, token.start < utf8.count else { return false }
        guard isDenialInitial[Int(utf8[utf8.index(utf8.startIndex, offsetBy: token.start)] | 0x20)] else { return false }
        return denialOpenings.contains(token.original(in: text).lowercased())
    }
}
