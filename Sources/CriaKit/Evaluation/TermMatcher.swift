/// Every term of every lexicon in one trie over stemmed words, built once per rule pack, so
/// that one pass over a document's tokens finds all mentions of all lexicons.
public final class TermMatcher: @unchecked Sendable {
    struct Accept {
        let lexicons: [Int]
        let term: Int
        /// Original spellings that must match exactly (ALL-CAPS words in the term).
        let exactWords: [(offset: Int, word: String)]
    }

    final class Node {
        var next: [String: Node] = [:]
        var accepts: [Accept] = []
    }

    let root = Node()
    public let lexiconNames: [String]
    let lexiconIndex: [String: Int]
    /// Display form of each term, by term number.
    let terms: [String]

    public init(lexicons: [Lexicon]) {
        let sorted = lexicons.sorted { $0.name < $1.name }
        lexiconNames = sorted.map(\.name)
        lexiconIndex = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1.name, $0) })
        var termNumbers: [String: Int] = [:]
        var termList: [String] = []
        var byKey: [String: (lexicons: Set<Int>, term: Int, exact: [(Int, String)], words: [String])] = [:]
        for (lexiconNumber, lexicon) in sorted.enumerated() {
            for term in lexicon.terms {
                var sentence = 0, clause = 0
                let tokens = Tokenizer.tokenize(term, sentence: &sentence, clause: &clause)
                guard !tokens.isEmpty else { continue }
                let words = tokens.map(\.stem)
                let exact = tokens.enumerated().compactMap { offset, token -> (Int, String)? in
                    // An ASCII word without a capital has no two capital letters.
                    if token.original.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return nil }
                    let letters = token.original.filter(\.isLetter)
                    return letters.count >= 2 && letters.allSatisfy(\.isUppercase) ? (offset, String(token.original)) : nil
                }
                let key = words.joined(separator: " ") + "|" + exact.map { "\($0.0)\($0.1)" }.joined()
                let number = termNumbers[key] ?? {
                    termList.append(term)
                    termNumbers[key] = termList.count - 1
                    return termList.count - 1
                }()
                var entry = byKey[key] ?? ([], number, exact, words)
                entry.lexicons.insert(lexiconNumber)
                byKey[key] = entry
            }
        }
        terms = termList
        for entry in byKey.values {
            var node = root
            for word in entry.words {
                if let next = node.next[word] { node = next } else {
                    let next = Node()
                    node.next[word] = next
                    node = next
                }
            }
            node.accepts.append(Accept(lexicons: entry.lexicons.sorted(), term: entry.term, exactWords: entry.exact))
        }
    }

    static func isNumber(_ word: Substring) -> Bool {
        !word.isEmpty && word.allSatisfy { $0.isNumber || $0 == "-" }
    }

    /// "GCSEs" and "EHCP's" are the acronym too; "send" is not "SEND".
    static func sameAcronym(_ written: Substring, _ acronym: String) -> Bool {
        guard written.hasPrefix(acronym) else { return false }
        let rest = written.dropFirst(acronym.count)
        return rest.isEmpty || rest == "s" || rest == "es" || rest == "'s" || rest == "’s" || rest == "s'"
    }

    public func index(of lexicon: String) -> Int? { lexiconIndex[lexicon] }

    /// Calls `found` for every term occurrence starting at each token. Overlapping terms
    /// are all reported ("young carers" and "carers").
    func matches(in tokens: [Token], found: (_ start: Int, _ end: Int, _ accept: Accept) -> Void) {
        for start in tokens.indices {
            var node = root
            var position = start
            var offsets: [Int] = []   // token position of each term word, for exact-case checks
            var skipped = 0
            while position < tokens.count {
                guard let next = node.next[tokens[position].stem] else {
                    // A count inside a phrase does not break it: "workshops with 240 pupils"
                    // is "workshops with pupils".
                    if node !== root && skipped < 3 && Self.isNumber(tokens[position].original) {
                        skipped += 1
                        position += 1
                        continue
                    }
                    break
                }
                node = next
                offsets.append(position)
                position += 1
                for accept in node.accepts where accept.exactWords.allSatisfy({ Self.sameAcronym(tokens[offsets[$0.offset]].original, $0.word) }) {
                    found(start, position, accept)
                }
            }
        }
    }
}
