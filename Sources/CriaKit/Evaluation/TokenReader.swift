/// One pass of `Tokenizer.tokenize` over the UTF-8 bytes of a text.
///
/// A character is an ASCII byte followed by another ASCII byte (there is always a grapheme
/// break between two ASCII characters, apart from CR LF); anything else is read as a
/// `Character`, so words and breaks fall exactly where they fall when the text is read
/// character by character.
struct TokenReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// `ByteKind.table`.
    let kinds: UnsafeBufferPointer<UInt8>
    /// The text `bytes` spell.
    let text: String
    /// Tokens are written here, after those already in it.
    private let tokenBuffer: TokenBuffer
    /// `tokenBuffer.storage`.
    private var buffer: UnsafeMutableBufferPointer<Token>
    /// Counted in 32 bits, as `Token` keeps them.
    private(set) var sentence: Int32
    private(set) var clause: Int32
    /// Where the tokens of the text start in the buffer.
    let first: Int
    /// The end of the tokens written so far.
    private var buffered: Int
    private var lastIsAbbreviation = false
    /// Where the word being read starts, or -1 between words.
    private var wordStart = -1

    init(
        bytes: UnsafeBufferPointer<UInt8>, kinds: UnsafeBufferPointer<UInt8>, text: String,
        buffer: TokenBuffer, sentence: Int, clause: Int
    ) {
        precondition(kinds.count == 256)
        // A token keeps its offsets in 32 bits.
        precondition(bytes.count < Int(UInt32.max))
        self.bytes = bytes
        self.kinds = kinds
        self.text = text
        tokenBuffer = buffer
        self.buffer = buffer.storage
        first = buffer.count
        buffered = buffer.count
        self.sentence = Int32(sentence)
        self.clause = Int32(clause)
    }

    /// Reads every token, numbering stems with `words`, into the buffer after the tokens it
    /// held; they are in `first..<` the buffer's count after.
    mutating func read(words: inout WordTable) {
        let count = bytes.count
        let seed = words.hashSeed
        var i = 0
        while i < count {
            if wordStart < 0 {
                // Fast paths for ASCII characters outside words. A word of ASCII letters,
                // digits, ' and - is read in one run and hashed as it is read, when an ASCII
                // character of its own follows it (or nothing does); a space after it is
                // passed over with it.
                let byte = bytes[i]
                let kind = kinds[Int(byte)]
                if kind == ByteKind.letterOrDigit {
                    let word = ByteKind.word(in: bytes, from: i, kinds: kinds, seed: seed)
                    let j = word.run
                    var next = j
                    let isWhole: Bool
                    if j == count {
                        isWhole = true
                    } else {
                        // Not a letter, digit, ' or -: the run took them all.
                        let after = bytes[j]
                        let afterKind = kinds[Int(after)]
                        if afterKind != ByteKind.nonASCII && after != 0x0D && (j &+ 1 == count || bytes[j &+ 1] < 0x80) {
                            isWhole = true
                            // What the fast path below would pass over.
                            if afterKind == ByteKind.other { next = j &+ 1 }
                        } else {
                            isWhole = isSingleASCII(j)
                        }
                    }
                    if isWhole {
                        add(i, word.end, hash: word.hash, prefix: word.prefix, words: &words)
                        i = next
                        continue
                    }
                } else if kind <= ByteKind.apostropheOrHyphen && (i + 1 == count || bytes[i + 1] < 0x80) {
                    // One ASCII character (not a CR, which may start a CR LF) that neither
                    // starts a word nor ends a sentence or clause.
                    i += 1
                    continue
                }
            } else {
                // The rest of an ASCII word in one run: letters, digits, ' and -, each
                // followed by an ASCII byte (so a character of its own).
                while i + 1 < count && bytes[i + 1] < 0x80 && kinds[Int(bytes[i])] &- ByteKind.letterOrDigit < 2 { i += 1 }
            }
            let next: Int
            let isWordCharacter: Bool
            var punctuation: UInt8 = 0
            if isSingleASCII(i) {
                let byte = bytes[i]
                next = i + 1
                let kind = kinds[Int(byte)]
                isWordCharacter = kind == ByteKind.letterOrDigit || (kind == ByteKind.apostropheOrHyphen && wordStart >= 0)
                punctuation = byte
            } else if let (scalar, length) = singleScalar(at: i) {
                next = i + length
                let kind = words.characterKinds.kind(of: scalar)
                isWordCharacter = kind.isLetterOrNumber || (kind.isApostropheOrHyphen && wordStart >= 0)
                punctuation = kind.punctuation
            } else {
                let at = index(i)
                let character = text[at]
                next = offset(text.index(after: at))
                isWordCharacter =
                    character.isLetter || character.isNumber
                    || ((character == "'" || character == "’" || character == "-") && wordStart >= 0)
                punctuation = Tokenizer.punctuation(character)
            }
            if isWordCharacter {
                if wordStart < 0 { wordStart = i }
            } else {
                finishWord(at: i, words: &words)
                switch punctuation {
                case 0x2E, 0x21, 0x3F:
                    // "Art. 12", "e.g." and "3.5" do not end sentences.
                    if endsSentence(after: next) && !lastIsAbbreviation {
                        sentence += 1
                        clause += 1
                    }
                case 0x3B, 0x3A, 0x28, 0x29:
                    clause += 1
                default:
                    break
                }
            }
            i = next
        }
        finishWord(at: count, words: &words)
        sentence += 1
        clause += 1
        tokenBuffer.count = buffered
    }

    @inline(__always)
    private mutating func add(_ first: Int, _ last: Int, hash: UInt64, prefix: UInt64, words: inout WordTable) {
        let word = words.word(bytes, first..<last, hash: hash, prefix: prefix, in: text)
        if word.flags.contains(.clauseBreak) { clause += 1 }
        if buffered == buffer.count { growBuffer() }
        buffer.initializeElement(
            at: buffered,
            to: Token(
                stem: word.stem, flags: word.flags, start: UInt32(truncatingIfNeeded: first),
                end: UInt32(truncatingIfNeeded: last), sentence: sentence, clause: clause))
        // Below the buffer's count, which is an Int.
        buffered &+= 1
        lastIsAbbreviation = word.flags.contains(.abbreviation)
    }

    @inline(never)
    private mutating func growBuffer() {
        tokenBuffer.grow(keeping: buffered)
        buffer = tokenBuffer.storage
    }

    private mutating func finishWord(at end: Int, words: inout WordTable) {
        guard wordStart >= 0 else { return }
        let first = wordStart
        wordStart = -1
        var last = end
        // Trailing apostrophes and hyphens, byte-wise while they are ASCII characters.
        while last > first, bytes[last - 1] == 0x27 || bytes[last - 1] == 0x2D,
            last - 1 == first || bytes[last - 2] < 0x80
        {
            last -= 1
        }
        // A character ending beyond ASCII equals ', ’ or - only if it is ’ itself (E2 80 99):
        // no other character is canonically equivalent to any of them.
        if last > first
            && (bytes[last - 1] == 0x27 || bytes[last - 1] == 0x2D
                || (bytes[last - 1] == 0x99 && last - first >= 3 && bytes[last - 2] == 0x80 && bytes[last - 3] == 0xE2))
        {
            var word = text[index(first)..<index(last)]
            while let character = word.last, character == "'" || character == "’" || character == "-" { word = word.dropLast() }
            last = offset(word.endIndex)
        }
        guard last > first else { return }
        add(
            first, last, hash: WordTable.hash(bytes, first..<last, seed: words.hashSeed),
            prefix: WordTable.prefix(bytes, first..<last), words: &words)
    }

    private func index(_ offset: Int) -> String.Index { text.utf8.index(text.startIndex, offsetBy: offset) }

    private func offset(_ index: String.Index) -> Int { text.utf8.distance(from: text.startIndex, to: index) }

    /// Whether the character at `i` is one ASCII byte on its own.
    private func isSingleASCII(_ i: Int) -> Bool {
        let count = bytes.count
        let byte = bytes[i]
        guard byte < 0x80 else { return false }
        guard i + 1 < count else { return true }
        let next = bytes[i + 1]
        if next < 0x80 { return !(byte == 0x0D && next == 0x0A) }
        // Nothing joins an ASCII character to U+0080-U+02FF (Latin letters, NBSP, £)
        // or U+2010-U+203F (dashes, quotes, ellipsis): none of them extends a
        // character, and no ASCII character is a prepend.
        if next >= 0xC2 && next <= 0xCB { return true }
        return next == 0xE2 && i + 3 < count && bytes[i + 2] == 0x80 && bytes[i + 3] >= 0x90
    }

    /// The scalar at `i` and its length in bytes when it is a whole character below
    /// `CharacterKinds.limit`: followed by an ASCII character (or the end), which no
    /// grapheme rule joins to it, and below U+0600 or from U+2000 on, where no scalar
    /// is a prepend (which would join the next character to it).
    private func singleScalar(at i: Int) -> (Unicode.Scalar, Int)? {
        let count = bytes.count
        let lead = bytes[i]
        let length: Int
        let value: UInt32
        if lead & 0xE0 == 0xC0 {
            guard i + 1 < count else { return nil }
            length = 2
            value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        } else if lead & 0xF0 == 0xE0 {
            guard i + 2 < count else { return nil }
            length = 3
            value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        } else {
            return nil
        }
        guard value < 0x0600 || (value >= 0x2000 && value < CharacterKinds.limit),
            i + length == count || bytes[i + length] < 0x80,
            let scalar = Unicode.Scalar(value)
        else { return nil }
        return (scalar, length)
    }

    private func endsSentence(after next: Int) -> Bool {
        if next == bytes.count { return true }
        if isSingleASCII(next) {
            let byte = bytes[next]
            return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
        }
        return text[index(next)].isWhitespace
    }
}
