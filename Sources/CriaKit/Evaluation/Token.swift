/// A word of running text, normalised for matching.
struct Token {
    /// Lowercased and stemmed: "children's" → "child", "consulted" → "consult".
    let stem: String
    /// Exactly as written, for case-sensitive terms (ALL-CAPS acronyms like SEND).
    let original: Substring
    /// Offsets in the segment text (in `Character`s), for evidence snippets.
    let range: Range<String.Index>
    let sentence: Int
    /// A new clause starts at this token ("; but", "however"): negation does not reach past it.
    let clause: Int
}

enum Tokenizer {
    static let clauseBreakWords: Set<String> = ["but", "however", "although", "though", "whereas", "while", "yet"]

    /// Splits text into word tokens with sentence and clause numbers continuing from the
    /// given counters.
    ///
    /// Reads the text as UTF-8 bytes. A character is an ASCII byte followed by another ASCII
    /// byte (there is always a grapheme break between two ASCII characters, apart from CR LF);
    /// anything else is read as a `Character`, so words and breaks fall exactly where they
    /// fall when the text is read character by character.
    static func tokenize(_ text: String, sentence: inout Int, clause: inout Int) -> [Token] {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        let start = utf8.startIndex
        return utf8.withContiguousStorageIfAvailable { bytes -> [Token] in
            var tokens: [Token] = []
            let count = bytes.count
            func index(_ offset: Int) -> String.Index { utf8.index(start, offsetBy: offset) }
            func offset(_ index: String.Index) -> Int { utf8.distance(from: start, to: index) }
            /// Whether the character at `i` is one ASCII byte on its own.
            func isSingleASCII(_ i: Int) -> Bool {
                let byte = bytes[i]
                guard byte < 0x80 else { return false }
                guard i + 1 < count else { return true }
                let next = bytes[i + 1]
                return next < 0x80 && !(byte == 0x0D && next == 0x0A)
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
                var word = text[index(first)..<index(last)]
                if last > first && (bytes[last - 1] >= 0x80 || bytes[last - 1] == 0x27 || bytes[last - 1] == 0x2D) {
                    while let character = word.last, character == "'" || character == "’" || character == "-" { word = word.dropLast() }
                }
                guard !word.isEmpty else { return }
                let stem = Stemmer.stem(word)
                if clauseBreakWords.contains(stem) { clause += 1 }
                tokens.append(Token(stem: stem, original: word, range: word.startIndex..<word.endIndex, sentence: sentence, clause: clause))
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
                let next: Int
                let isWordCharacter: Bool
                var punctuation: UInt8 = 0
                if isSingleASCII(i) {
                    let byte = bytes[i]
                    next = i + 1
                    let isAlphanumeric = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                    isWordCharacter = isAlphanumeric || ((byte == 0x27 || byte == 0x2D) && wordStart != nil)
                    punctuation = byte
                } else {
                    let at = index(i)
                    let character = text[at]
                    next = offset(text.index(after: at))
                    isWordCharacter = character.isLetter || character.isNumber
                        || ((character == "'" || character == "’" || character == "-") && wordStart != nil)
                    switch character {
                    case ".": punctuation = 0x2E
                    case "!": punctuation = 0x21
                    case "?": punctuation = 0x3F
                    case ";": punctuation = 0x3B
                    case ":": punctuation = 0x3A
                    case "(": punctuation = 0x28
                    case ")": punctuation = 0x29
                    default: punctuation = 0
                    }
                }
                if isWordCharacter {
                    if wordStart == nil { wordStart = i }
                } else {
                    finishWord(at: i)
                    switch punctuation {
                    case 0x2E, 0x21, 0x3F:
                        // "Art. 12", "e.g." and "3.5" do not end sentences.
                        if endsSentence(after: next) {
                            if !(tokens.last.map { abbreviations.contains($0.stem) } ?? false) {
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

    static let abbreviations: Set<String> = ["art", "arts", "e.g", "i.e", "para", "paras", "no", "nos", "mr", "mrs", "ms", "dr", "st", "cf", "v", "vs", "etc"]
}

/// A light, predictable stemmer: the same function normalises lexicon terms and text, so
/// plurals and simple inflections meet.
enum Stemmer {
    static let irregular: [String: String] = [
        "children": "child", "child's": "child", "children's": "child", "people": "person",
        "people's": "person", "women": "woman", "men": "man", "families": "family",
        "babies": "baby", "parties": "party", "carers": "carer",
        // Apostrophe dropped, as in keys (`childrensViews`) and hurried prose.
        "childrens": "child", "peoples": "person", "womens": "woman", "mens": "man",
    ]

    static func stem(_ word: Substring) -> String {
        if let stem = asciiStem(word) { return stem }
        var lower = word.lowercased()
        // U+2019 is the bytes E2 80 99 and nothing else is equivalent to it.
        if lower.utf8.contains(0x99) { lower = lower.replacingOccurrences(of: "’", with: "'") }
        if let mapped = irregular[lower] { return mapped }
        if lower.hasSuffix("'s") { lower.removeLast(2) } else if lower.hasSuffix("s'") { lower.removeLast(1) }
        if let mapped = irregular[lower] { return mapped }
        let count = lower.count
        if count > 4 && (lower.hasSuffix("ies") || lower.hasSuffix("ied")) { return String(lower.dropLast(3)) + "y" }
        if count > 5 && lower.hasSuffix("sses") { return String(lower.dropLast(2)) }
        if count > 5 && lower.hasSuffix("ing") { return undouble(String(lower.dropLast(3))) }
        if count > 4 && lower.hasSuffix("ed") && !lower.hasSuffix("eed") { return undouble(String(lower.dropLast(2))) }
        if count > 3 && lower.hasSuffix("es") && (lower.hasSuffix("ches") || lower.hasSuffix("shes") || lower.hasSuffix("xes") || lower.hasSuffix("sses")) {
            return String(lower.dropLast(2))
        }
        if count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us") && !lower.hasSuffix("is") {
            return String(lower.dropLast())
        }
        return lower
    }

    /// "planned" → "plann" → "plan", so that it meets "plan".
    private static func undouble(_ stem: String) -> String {
        guard stem.count >= 3, let last = stem.last, last == stem.dropLast().last,
              !"lsz".contains(last), !"aeiou".contains(last) else { return stem }
        return String(stem.dropLast())
    }

    /// The same steps as `stem` on the bytes of an ASCII word (nearly every word), with no
    /// intermediate strings; nil for other words.
    private static func asciiStem(_ word: Substring) -> String? {
        let utf8 = word.utf8
        let length = utf8.count
        guard length <= 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(length, 1)) { buffer -> String? in
            var n = 0
            for byte in utf8 {
                guard byte < 0x80 else { return nil }
                buffer[n] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                n += 1
            }
            func string(_ count: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self) }
            func ends(_ suffix: StaticString) -> Bool {
                let s = suffix.utf8Start, k = suffix.utf8CodeUnitCount
                guard n >= k else { return false }
                for j in 0..<k where buffer[n - k + j] != s[j] { return false }
                return true
            }
            func irregularStem() -> String? {
                // Every irregular form starts with one of these letters and is 3-10 long.
                guard n >= 3, n <= 10 else { return nil }
                switch buffer[0] {
                case UInt8(ascii: "c"), UInt8(ascii: "p"), UInt8(ascii: "w"), UInt8(ascii: "m"), UInt8(ascii: "f"), UInt8(ascii: "b"):
                    return irregular[string(n)]
                default:
                    return nil
                }
            }
            if let mapped = irregularStem() { return mapped }
            if ends("'s") { n -= 2 } else if ends("s'") { n -= 1 }
            if let mapped = irregularStem() { return mapped }
            let count = n
            func undoubled(_ k: Int) -> String {
                // `undouble` on the first k bytes.
                guard k >= 3 else { return string(k) }
                let last = buffer[k - 1]
                guard last == buffer[k - 2] else { return string(k) }
                switch last {
                case UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z"),
                     UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
                    return string(k)
                default:
                    return string(k - 1)
                }
            }
            if count > 4 && (ends("ies") || ends("ied")) {
                buffer[n - 3] = UInt8(ascii: "y")
                return string(n - 2)
            }
            if count > 5 && ends("sses") { return string(n - 2) }
            if count > 5 && ends("ing") { return undoubled(n - 3) }
            if count > 4 && ends("ed") && !ends("eed") { return undoubled(n - 2) }
            if count > 3 && ends("es") && (ends("ches") || ends("shes") || ends("xes") || ends("sses")) { return string(n - 2) }
            if count > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is") { return string(n - 1) }
            return string(n)
        }
    }
}
