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
}

enum Tokenizer {
    static let clauseBreakWords: Set<String> = ["but", "however", "although", "though", "whereas", "while", "yet"]

    /// Splits text into word tokens with sentence and clause numbers continuing from the
    /// given counters; `words` numbers their stems. Reads the text as UTF-8 bytes
    /// (`TokenReader`), with words and breaks exactly where reading it character by
    /// character puts them.
    static func tokenize(_ text: String, words: inout WordTable, sentence: inout Int, clause: inout Int) -> [Token] {
        let buffer = TokenBuffer(capacity: 16)
        let range = tokenize(text, words: &words, sentence: &sentence, clause: &clause, into: buffer)
        return Array(buffer.tokens(range))
    }

    /// `tokenize` for a caller reading many texts: the tokens are written into `buffer`
    /// after those it holds, at the range returned.
    static func tokenize(_ text: String, words: inout WordTable, sentence: inout Int, clause: inout Int,
                         into buffer: TokenBuffer) -> Range<Int> {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let text = contiguous
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Range<Int> in
            ByteKind.table.withUnsafeBufferPointer { kinds in
                var reader = TokenReader(bytes: bytes, kinds: kinds, text: text, buffer: buffer, sentence: sentence, clause: clause)
                reader.read(words: &words)
                sentence = Int(reader.sentence)
                clause = Int(reader.clause)
                return reader.first..<buffer.count
            }
        }!
    }

    /// The stems of `tokenize(text, ...)` for a text of ASCII, as titles made of element
    /// names and attributes are, read without tokens; nil for other text. Each ASCII byte is a
    /// character (a CR LF is one, but neither half belongs to a word), and stems depend only on
    /// where words start and end, not on sentences and clauses.
    static func stemsOfASCIIText(_ text: String, words: inout WordTable) -> [Int32]? {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let text = contiguous
        let seed = words.hashSeed
        return text.utf8.withContiguousStorageIfAvailable { bytes -> [Int32]? in
            ByteKind.table.withUnsafeBufferPointer { kinds in
                var stems: [Int32] = []
                // Room for words of three bytes and a space, so that the array is allocated once.
                stems.reserveCapacity(bytes.count / 4 + 1)
                let count = bytes.count
                var i = 0
                while i < count {
                    let kind = kinds[Int(bytes[i])]
                    if kind == ByteKind.letterOrDigit {
                        let word = ByteKind.word(in: bytes, from: i, kinds: kinds, seed: seed)
                        stems.append(words.word(bytes, i..<word.end, hash: word.hash, prefix: word.prefix, in: text).stem)
                        i = word.run
                    } else if kind == ByteKind.nonASCII {
                        return nil
                    } else {
                        i += 1
                    }
                }
                return stems
            }
        } ?? nil
    }

    /// The sentence and clause punctuation a character is equal to, or 0.
    static func punctuation(_ character: Character) -> UInt8 {
        switch character {
        case ".": return 0x2E
        case "!": return 0x21
        case "?": return 0x3F
        case ";": return 0x3B
        case ":": return 0x3A
        case "(": return 0x28
        case ")": return 0x29
        default: return 0
        }
    }

    static let abbreviations: Set<String> = ["art", "arts", "e.g", "i.e", "para", "paras", "no", "nos", "mr", "mrs", "ms", "dr", "st", "cf", "v", "vs", "etc"]
}

/// What the tokeniser makes of a byte of UTF-8 on its own (when it is a character of its own).
enum ByteKind {
    /// ASCII that neither continues a word nor ends a sentence or clause: spaces, most punctuation.
    static let other: UInt8 = 0
    /// A-Z, a-z, 0-9.
    static let letterOrDigit: UInt8 = 1
    /// ' and -: they continue a word, but do not start or end one.
    static let apostropheOrHyphen: UInt8 = 2
    /// . ! ? ; : ( ) and CR (which may start a CR LF).
    static let special: UInt8 = 3
    /// A byte of a non-ASCII scalar.
    static let nonASCII: UInt8 = 4

    /// The kind of each byte value.
    static let table: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return letterOrDigit
        case 0x27, 0x2D: return apostropheOrHyphen
        case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x28, 0x29, 0x0D: return special
        case 0x80...0xFF: return nonASCII
        default: return other
        }
    }

    /// The ASCII word starting at `start` (a letter or digit), read in one run: `run` ends
    /// after its letters, digits, ' and -; `end` leaves out its trailing ' and -; `hash` and
    /// `prefix` are `WordTable.hash` and `WordTable.prefix` of `start..<end`.
    @inline(__always)
    static func word(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, kinds: UnsafeBufferPointer<UInt8>,
                     seed: UInt64) -> (end: Int, run: Int, hash: UInt64, prefix: UInt64) {
        let count = bytes.count
        // Letters and digits eight bytes at a time; a word with ' or - is read byte by byte.
        if count >= 8 {
            let chunk = chunk(of: bytes, at: start)
            let length = letterOrDigitRun(chunk)
            if length < 8 {
                // Most words: shorter than eight bytes.
                let end = start &+ length
                if end == count || kinds[Int(bytes[end])] != apostropheOrHyphen {
                    let prefix = chunk & (UInt64.max &>> UInt64(truncatingIfNeeded: (8 &- length) &* 8))
                    return (end, end, WordTable.shortHash(prefix: prefix, length: length, seed: seed), prefix)
                }
            } else if let word = longWord(in: bytes, from: start, first: chunk, kinds: kinds, seed: seed) {
                return word
            }
        }
        return wordByBytes(in: bytes, from: start, kinds: kinds, seed: seed)
    }

    /// `word` for a word whose first eight bytes, `first`, are letters and digits, hashed
    /// eight bytes at a time as `WordTable.hash` does; nil when ' or - follows its letters
    /// and digits.
    @inline(never)
    private static func longWord(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, first: UInt64,
                                 kinds: UnsafeBufferPointer<UInt8>, seed: UInt64) -> (end: Int, run: Int, hash: UInt64, prefix: UInt64)? {
        let count = bytes.count
        var state = (seed ^ first) &* WordTable.multiplier
        var next = start + 8
        while next < count {
            let chunk = chunk(of: bytes, at: next)
            let length = letterOrDigitRun(chunk)
            if length == 8 {
                state = (state ^ chunk) &* WordTable.multiplier
                next += 8
                continue
            }
            let end = next + length
            guard end == count || kinds[Int(bytes[end])] != apostropheOrHyphen else { return nil }
            if length > 0 {
                state = (state ^ (chunk & (UInt64.max &>> UInt64(truncatingIfNeeded: (8 &- length) &* 8)))) &* WordTable.multiplier
            }
            return (end, end, WordTable.finishHash(state ^ UInt64(end - start)), first)
        }
        return (count, count, WordTable.finishHash(state ^ UInt64(count - start)), first)
    }

    /// `word` byte by byte.
    @inline(never)
    private static func wordByBytes(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, kinds: UnsafeBufferPointer<UInt8>,
                                    seed: UInt64) -> (end: Int, run: Int, hash: UInt64, prefix: UInt64) {
        let count = bytes.count
        var run = start + 1
        while run < count && kinds[Int(bytes[run])] &- letterOrDigit < 2 { run += 1 }
        var end = run
        while kinds[Int(bytes[end - 1])] == apostropheOrHyphen { end -= 1 }
        return (end, run, WordTable.hash(bytes, start..<end, seed: seed), WordTable.prefix(bytes, start..<end))
    }

    /// The eight bytes from `start` of `bytes` (at least eight long; `start` before its end),
    /// the first in the low byte; those up to the end followed by zeros when fewer are left.
    @inline(__always)
    private static func chunk(of bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt64 {
        let last = bytes.count &- 8
        precondition(last >= 0 && start >= 0 && start < bytes.count)
        if start <= last { return UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self)) }
        let loaded = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + last).loadUnaligned(as: UInt64.self))
        return loaded &>> UInt64(truncatingIfNeeded: (start &- last) &* 8)
    }

    /// How many of the bytes of `chunk`, from the first, are ASCII letters and digits (8 when all are).
    @inline(__always)
    private static func letterOrDigitRun(_ chunk: UInt64) -> Int {
        (~lettersAndDigits(chunk) & ASCIIChunk.highBits).trailingZeroBitCount &>> 3
    }

    /// For each byte of `chunk` (the first in the low byte), 0x80 if it is an ASCII letter or
    /// digit, else 0.
    @inline(__always)
    static func lettersAndDigits(_ chunk: UInt64) -> UInt64 {
        let ones = ASCIIChunk.ones
        // Bytes below 0x80, so that no sum below carries into the next byte.
        let low = chunk & ~ASCIIChunk.highBits
        // A-Z as a-z.
        let folded = low | (ones &* 0x20)
        let letters = ASCIIChunk.atLeast(0x61, folded) & ~ASCIIChunk.atLeast(0x7B, folded)
        let digits = ASCIIChunk.atLeast(0x30, low) & ~ASCIIChunk.atLeast(0x3A, low)
        return (letters | digits) & ~chunk & ASCIIChunk.highBits
    }
}
