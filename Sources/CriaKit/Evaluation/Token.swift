/// A word of running text, normalised for matching.
struct Token {
    /// The stem of a word that no term or title of the pack has.
    static let unknownStem: Int32 = -1

    /// Number of the lowercased, stemmed word ("children's" → "child", "consulted" →
    /// "consult") in the `WordTable` that read the text.
    let stem: Int32
    let flags: WordFlags
    /// UTF-8 offsets of the word as written in its text (for snippets and for
    /// case-sensitive terms such as SEND).
    let start: Int
    let end: Int
    let sentence: Int
    /// A new clause starts at this token ("; but", "however"): negation does not reach past it.
    let clause: Int

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
    /// given counters; `words` numbers their stems.
    ///
    /// Reads the text as UTF-8 bytes. A character is an ASCII byte followed by another ASCII
    /// byte (there is always a grapheme break between two ASCII characters, apart from CR LF);
    /// anything else is read as a `Character`, so words and breaks fall exactly where they
    /// fall when the text is read character by character.
    static func tokenize(_ text: String, words: inout WordTable, sentence: inout Int, clause: inout Int) -> [Token] {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let text = contiguous
        let utf8 = text.utf8
        let start = utf8.startIndex
        return utf8.withContiguousStorageIfAvailable { bytes -> [Token] in
            var tokens: [Token] = []
            let count = bytes.count
            tokens.reserveCapacity(count / 5 + 1)
            func index(_ offset: Int) -> String.Index { utf8.index(start, offsetBy: offset) }
            func offset(_ index: String.Index) -> Int { utf8.distance(from: start, to: index) }
            /// Whether the character at `i` is one ASCII byte on its own.
            func isSingleASCII(_ i: Int) -> Bool {
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
            func singleScalar(at i: Int) -> (Unicode.Scalar, Int)? {
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
                      let scalar = Unicode.Scalar(value) else { return nil }
                return (scalar, length)
            }
            var wordStart: Int?
            func finishWord(at end: Int) {
                guard let first = wordStart else { return }
                wordStart = nil
                var last = end
                // Trailing apostrophes and hyphens, byte-wise while they are ASCII characters.
                while last > first, bytes[last - 1] == 0x27 || bytes[last - 1] == 0x2D,
                      last - 1 == first || bytes[last - 2] < 0x80 {
                    last -= 1
                }
                if last > first && (bytes[last - 1] >= 0x80 || bytes[last - 1] == 0x27 || bytes[last - 1] == 0x2D) {
                    var word = text[index(first)..<index(last)]
                    while let character = word.last, character == "'" || character == "’" || character == "-" { word = word.dropLast() }
                    last = offset(word.endIndex)
                }
                guard last > first else { return }
                let word = words.word(bytes, first..<last, in: text)
                if word.flags.contains(.clauseBreak) { clause += 1 }
                tokens.append(Token(stem: word.stem, flags: word.flags, start: first, end: last, sentence: sentence, clause: clause))
            }
            func endsSentence(after next: Int) -> Bool {
                if next == count { return true }
                if isSingleASCII(next) {
                    let byte = bytes[next]
                    return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                }
                return text[index(next)].isWhitespace
            }
            var i = 0
            while i < count {
                if wordStart != nil {
                    // The rest of an ASCII word in one run: letters, digits, ' and -, each
                    // followed by an ASCII byte (so a character of its own).
                    while i + 1 < count && bytes[i + 1] < 0x80 && isASCIIWordByte(bytes[i]) { i += 1 }
                }
                let next: Int
                let isWordCharacter: Bool
                var punctuation: UInt8 = 0
                if isSingleASCII(i) {
                    let byte = bytes[i]
                    next = i + 1
                    let isAlphanumeric = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                    isWordCharacter = isAlphanumeric || ((byte == 0x27 || byte == 0x2D) && wordStart != nil)
                    punctuation = byte
                } else if let (scalar, length) = singleScalar(at: i) {
                    next = i + length
                    let kind = words.characterKinds.kind(of: scalar)
                    isWordCharacter = kind.isLetterOrNumber || (kind.isApostropheOrHyphen && wordStart != nil)
                    punctuation = kind.punctuation
                } else {
                    let at = index(i)
                    let character = text[at]
                    next = offset(text.index(after: at))
                    isWordCharacter = character.isLetter || character.isNumber
                        || ((character == "'" || character == "’" || character == "-") && wordStart != nil)
                    punctuation = Self.punctuation(character)
                }
                if isWordCharacter {
                    if wordStart == nil { wordStart = i }
                } else {
                    finishWord(at: i)
                    switch punctuation {
                    case 0x2E, 0x21, 0x3F:
                        // "Art. 12", "e.g." and "3.5" do not end sentences.
                        if endsSentence(after: next) {
                            if !(tokens.last?.flags.contains(.abbreviation) ?? false) {
                                sentence += 1
                                clause += 1
                            }
                        }
                    case 0x3B, 0x3A, 0x28, 0x29:
                        clause += 1
                    default:
                        break
                    }
                }
                i = next
            }
            finishWord(at: count)
            sentence += 1
            clause += 1
            return tokens
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
        return text.utf8.withContiguousStorageIfAvailable { bytes -> [Int32]? in
            var stems: [Int32] = []
            // Room for words of three bytes and a space, so that the array is allocated once.
            stems.reserveCapacity(bytes.count / 4 + 1)
            var wordStart = -1
            func finishWord(at end: Int) {
                guard wordStart >= 0 else { return }
                var last = end
                while bytes[last - 1] == 0x27 || bytes[last - 1] == 0x2D { last -= 1 }
                stems.append(words.word(bytes, wordStart..<last, in: text).stem)
                wordStart = -1
            }
            for i in bytes.indices {
                let byte = bytes[i]
                guard byte < 0x80 else { return nil }
                if isASCIIAlphanumeric(byte) {
                    if wordStart < 0 { wordStart = i }
                } else if !((byte == 0x27 || byte == 0x2D) && wordStart >= 0) {
                    finishWord(at: i)
                }
            }
            finishWord(at: bytes.count)
            return stems
        } ?? nil
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// A letter, digit, apostrophe or hyphen: an ASCII character that continues a word.
    @inline(__always)
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x27 || byte == 0x2D
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
