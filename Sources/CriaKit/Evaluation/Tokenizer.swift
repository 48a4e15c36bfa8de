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
    static func tokenize(
        _ text: String, words: inout WordTable, sentence: inout Int, clause: inout Int,
        into buffer: TokenBuffer
    ) -> Range<Int> {
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
