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
    static func tokenize(_ text: String, sentence: inout Int, clause: inout Int) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        var wordStart: String.Index?
        func finishWord(at end: String.Index) {
            guard let start = wordStart else { return }
            wordStart = nil
            var word = text[start..<end]
            while let last = word.last, last == "'" || last == "’" || last == "-" { word = word.dropLast() }
            guard !word.isEmpty else { return }
            let stem = Stemmer.stem(word)
            if clauseBreakWords.contains(stem) { clause += 1 }
            tokens.append(Token(stem: stem, original: word, range: start..<word.endIndex, sentence: sentence, clause: clause))
        }
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber || ((character == "'" || character == "’" || character == "-") && wordStart != nil) {
                if wordStart == nil { wordStart = index }
            } else {
                finishWord(at: index)
                switch character {
                case ".", "!", "?":
                    // "Art. 12", "e.g." and "3.5" do not end sentences.
                    let next = text.index(after: index)
                    if next == text.endIndex || text[next].isWhitespace {
                        if !(tokens.last.map { abbreviations.contains($0.stem) } ?? false) {
                            sentence += 1
                            clause += 1
                        }
                    }
                case ";", ":", "(", ")":
                    clause += 1
                default:
                    break
                }
            }
            index = text.index(after: index)
        }
        finishWord(at: text.endIndex)
        sentence += 1
        clause += 1
        return tokens
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
        var lower = word.lowercased()
        lower = lower.replacingOccurrences(of: "’", with: "'")
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
}
