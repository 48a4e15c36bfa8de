/// A word of running text, normalised for matching.
struct Token {
    /// The stem of a word that no term or title of the pack has.
    static let unknownStem: Int32 = -1

    /// Number of the lowercased, stemmed word ("children's" → "child", "consulted" →
    /// "consult") in the `WordTable` that read the text.
    let stem: Int32
    let flags: WordFlags
    // Stored in 32 bits, so that a token takes 24 bytes rather than 40: texts are read
    // only when shorter than 4 GiB (`TokenReader`), and sentences and clauses of a document
    // number fewer than its bytes.
    private let startOffset: UInt32
    private let endOffset: UInt32
    private let sentenceNumber: Int32
    private let clauseNumber: Int32

    /// UTF-8 offsets of the word as written in its text (for snippets and for
    /// case-sensitive terms such as SEND).
    var start: Int { Int(startOffset) }
    var end: Int { Int(endOffset) }
    var sentence: Int { Int(sentenceNumber) }
    /// A new clause starts at this token ("; but", "however"): negation does not reach past it.
    var clause: Int { Int(clauseNumber) }

    init(stem: Int32, flags: WordFlags, start: UInt32, end: UInt32, sentence: Int32, clause: Int32) {
        self.stem = stem
        self.flags = flags
        startOffset = start
        endOffset = end
        sentenceNumber = sentence
        clauseNumber = clause
    }

    /// Where the word is in `text`, the string it was read from.
    func range(in text: String) -> Range<String.Index> {
        let utf8 = text.utf8
        return utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)
    }

    /// The word as written in `text`, the string it was read from.
    func original(in text: String) -> Substring { text[range(in: text)] }

    /// Whether `original(in: text).lowercased() == word`, told from the bytes when the word
    /// as written is ASCII (each byte a Character, lowercased on its own, and a String of
    /// ASCII equal only to the same bytes), without making either String: a check asks it
    /// of every word before a mention of a population ("its parent").
    func lowercased(in text: String, is word: String) -> Bool {
        var text = text
        let told = text.withUTF8 { bytes -> Bool? in
            guard start <= end, end <= bytes.count else { return nil }
            let written = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard written.allSatisfy({ $0 < 0x80 }) else { return nil }
            return written.elementsEqual(word.utf8) { $0.asciiLowercased == $1 }
        }
        return told ?? (original(in: text).lowercased() == word)
    }
}
