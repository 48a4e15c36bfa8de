/// Every term of every lexicon in one trie over stemmed words, built once per rule pack, so
/// that one pass over a document's tokens finds all mentions of all lexicons.
///
/// The trie steps on stem numbers of the pack's `Vocabulary`: the root's children are found
/// by indexing an array with the stem number, other nodes' children in short sorted lists.
public final class TermMatcher: @unchecked Sendable {
    struct Accept {
        let lexicons: [Int]
        let term: Int
        /// Original spellings that must match exactly (ALL-CAPS words in the term).
        let exactWords: [(offset: Int, word: String)]
    }

    /// Stems of the terms and of the other phrases given.
    let vocabulary: Vocabulary
    /// Tables of documents' words read with `vocabulary`.
    let wordTables: WordTablePool
    /// Each phrase given to `init` as stem numbers, in order.
    let phrases: [[Int32]]
    public let lexiconNames: [String]
    let lexiconIndex: [String: Int]
    /// Display form of each term, by term number: strings only once asked for, which a
    /// check does not (it keeps term numbers).
    let termList: StringList
    var terms: [String] { termList.strings }

    /// The root's child for each stem number, or 0 (the root itself: no child).
    let rootChildren: [Int32]
    /// Children of node `n` are `childStems[childStart[n]..<childStart[n + 1]]` (sorted)
    /// with the matching `childNodes`.
    let childStart: [Int32]
    let childStems: [Int32]
    let childNodes: [Int32]
    /// For each node, the bit `stem % 64` set for each child's stem, so that most stems no
    /// child has are told apart without searching the children.
    let childMasks: [UInt64]
    /// Terms ending at node `n` are `accepts[acceptStart[n]..<acceptStart[n + 1]]`.
    let acceptStart: [Int32]
    let accepts: [Accept]

    private struct TermKey: Hashable {
        let stems: [Int32]
        let exact: String
    }

    /// `phrases`: other word sequences compared with document words (role titles), so that
    /// their stems are numbered too.
    public init(lexicons: [Lexicon], phrases: [String] = []) {
        let sorted = Self.ordered(lexicons)
        lexiconNames = sorted.map(\.name)
        lexiconIndex = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1.name, $0) })
        var words = WordTable.numberingStems()
        var termNumbers: [TermKey: Int] = [:]
        var spelled: [String] = []
        // By term number.
        var entries: [(lexicons: [Int], exact: [(offset: Int, word: String)], stems: [Int32])] = []
        for (lexiconNumber, lexicon) in sorted.enumerated() {
            for term in lexicon.terms {
                var sentence = 0, clause = 0
                let tokens = Tokenizer.tokenize(term, words: &words, sentence: &sentence, clause: &clause)
                guard !tokens.isEmpty else { continue }
                let exact = tokens.enumerated().compactMap { offset, token -> (offset: Int, word: String)? in
                    let original = token.original(in: term)
                    // An ASCII word without a capital has no two capital letters.
                    if original.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return nil }
                    if original.utf8.allSatisfy({ $0 < 0x80 }) {
                        // ASCII letters are A-Z and a-z, the capitals A-Z.
                        let capitals = original.utf8.filter { $0 >= 0x41 && $0 <= 0x5A }.count
                        let small = original.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
                        return capitals >= 2 && !small ? (offset, String(original)) : nil
                    }
                    let letters = original.filter(\.isLetter)
                    return letters.count >= 2 && letters.allSatisfy(\.isUppercase) ? (offset, String(original)) : nil
                }
                let key = TermKey(stems: tokens.map(\.stem), exact: exact.isEmpty ? "" : exact.map { "\($0.offset)\($0.word)" }.joined())
                if let number = termNumbers[key] {
                    if entries[number].lexicons.last != lexiconNumber { entries[number].lexicons.append(lexiconNumber) }
                } else {
                    termNumbers[key] = spelled.count
                    spelled.append(term)
                    entries.append(([lexiconNumber], exact, key.stems))
                }
            }
        }
        termList = StringList(spelled)
        self.phrases = phrases.map { phrase in
            var sentence = 0, clause = 0
            return Tokenizer.tokenize(phrase, words: &words, sentence: &sentence, clause: &clause).map(\.stem)
        }
        vocabulary = Vocabulary(stems: words.allStems)
        wordTables = WordTablePool(vocabulary: vocabulary)

        var childOf: [UInt64: Int32] = [:]
        var acceptsOf: [[Int]] = [[]]
        var edges: [(parent: Int32, stem: Int32, child: Int32)] = []
        for (term, entry) in entries.enumerated() {
            var node: Int32 = 0
            for stem in entry.stems {
                let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(stem))
                if let child = childOf[key] { node = child; continue }
                let child = Int32(acceptsOf.count)
                acceptsOf.append([])
                childOf[key] = child
                edges.append((node, stem, child))
                node = child
            }
            acceptsOf[Int(node)].append(term)
        }
        let nodeCount = acceptsOf.count
        var roots = [Int32](repeating: 0, count: vocabulary.count)
        edges.sort { ($0.parent, $0.stem) < ($1.parent, $1.stem) }
        var starts = [Int32](repeating: 0, count: nodeCount + 1)
        for edge in edges {
            if edge.parent == 0 { roots[Int(edge.stem)] = edge.child }
            starts[Int(edge.parent) + 1] += 1
        }
        for node in 0..<nodeCount { starts[node + 1] += starts[node] }
        rootChildren = roots
        childStart = starts
        let stems = edges.map(\.stem)
        childStems = stems
        childNodes = edges.map(\.child)
        var acceptStarts: [Int32] = [0]
        var acceptList: [Accept] = []
        for termsEndingHere in acceptsOf {
            for term in termsEndingHere {
                acceptList.append(Accept(lexicons: entries[term].lexicons, term: term, exactWords: entries[term].exact))
            }
            acceptStarts.append(Int32(acceptList.count))
        }
        acceptStart = acceptStarts
        accepts = acceptList
        childMasks = Self.childMasks(childStart: starts, childStems: stems)
    }

    static func childMasks(childStart: [Int32], childStems: [Int32]) -> [UInt64] {
        let nodeCount = max(childStart.count - 1, 0)
        var masks = [UInt64](repeating: 0, count: nodeCount)
        childStems.withUnsafeBufferPointer { stems in
            for node in 0..<nodeCount {
                let lower = Int(childStart[node]), upper = Int(childStart[node + 1])
                // Most nodes end terms and have no children.
                guard lower < upper else { continue }
                precondition(lower >= 0 && upper <= stems.count)
                var mask: UInt64 = 0
                for edge in lower..<upper { mask |= 1 &<< UInt64(truncatingIfNeeded: stems[edge] & 63) }
                masks[node] = mask
            }
        }
        return masks
    }

    /// The lexicons in the order the matcher numbers them.
    static func ordered(_ lexicons: [Lexicon]) -> [Lexicon] { lexicons.sorted { $0.name < $1.name } }

    /// A matcher from the parts another one held (`PackDecoder.termMatcher` reads them back
    /// from the cached pack and checks them): nothing is tokenised, stemmed or derived.
    init(
        vocabulary: Vocabulary, phrases: [[Int32]], lexiconNames: [String], lexiconIndex: [String: Int], termList: StringList,
        rootChildren: [Int32], childStart: [Int32], childStems: [Int32], childNodes: [Int32], childMasks: [UInt64],
        acceptStart: [Int32], accepts: [Accept]
    ) {
        self.vocabulary = vocabulary
        wordTables = WordTablePool(vocabulary: vocabulary)
        self.phrases = phrases
        self.lexiconNames = lexiconNames
        self.lexiconIndex = lexiconIndex
        self.termList = termList
        self.rootChildren = rootChildren
        self.childStart = childStart
        self.childStems = childStems
        self.childNodes = childNodes
        self.childMasks = childMasks
        self.acceptStart = acceptStart
        self.accepts = accepts
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

    /// The child of a node other than the root for this stem, if any.
    @inline(__always)
    private func child(of node: Int, _ stem: Int32) -> Int? {
        // No term has a word the vocabulary does not hold.
        guard stem >= 0, childMasks[node] & (1 &<< UInt64(truncatingIfNeeded: stem & 63)) != 0 else { return nil }
        var low = Int(childStart[node]), high = Int(childStart[node + 1])
        while low < high {
            let middle = (low + high) / 2
            let found = childStems[middle]
            if found == stem { return Int(childNodes[middle]) }
            if found < stem { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Calls `found` for every term occurrence starting at each token of `text` (tokens read
    /// with this matcher's vocabulary). Overlapping terms are all reported ("young carers"
    /// and "carers").
    func matches(in tokens: [Token], text: String, found: (_ start: Int, _ end: Int, _ accept: Accept) -> Void) {
        tokens.withUnsafeBufferPointer { matches(in: $0, text: text, found: found) }
    }

    /// `matches(in:text:found:)` over tokens in a buffer.
    func matches(in tokens: UnsafeBufferPointer<Token>, text: String, found: (_ start: Int, _ end: Int, _ accept: Accept) -> Void) {
        func report(_ node: Int, start: Int, end: Int) {
            for number in Int(acceptStart[node])..<Int(acceptStart[node + 1]) {
                let accept = accepts[number]
                if accept.exactWords.isEmpty || exactWordsMatch(accept.exactWords, tokens: tokens, start: start, end: end, text: text) {
                    found(start, end, accept)
                }
            }
        }
        // Most tokens start no term: they are skipped reading the buffers directly, in a
        // loop of their own that calls nothing.
        rootChildren.withUnsafeBufferPointer { roots in
            let count = tokens.count
            var start = -1
            while true {
                var node = 0
                repeat {
                    start += 1
                    guard start < count else { return }
                    let first = Int(tokens[start].stem)
                    if first >= 0 && first < roots.count { node = Int(roots[first]) }
                } while node == 0
                var position = start + 1
                report(node, start: start, end: position)
                var skipped = 0
                while position < tokens.count {
                    guard let next = child(of: node, tokens[position].stem) else {
                        // A count inside a phrase does not break it: "workshops with 240
                        // pupils" is "workshops with pupils".
                        if skipped < 3 && tokens[position].flags.contains(.number) {
                            skipped += 1
                            position += 1
                            continue
                        }
                        break
                    }
                    node = next
                    position += 1
                    report(node, start: start, end: position)
                }
            }
        }
    }

    /// Whether the words of a term found at `tokens[start..<end]` that must match exactly do.
    /// The term's words are the tokens the trie stepped on, the numbers it skipped left out:
    /// they are found again by walking the same steps.
    private func exactWordsMatch(_ exactWords: [(offset: Int, word: String)], tokens: UnsafeBufferPointer<Token>, start: Int, end: Int, text: String) -> Bool {
        var offsets = [start]
        var node = Int(rootChildren[Int(tokens[start].stem)])
        for position in start + 1..<end {
            if let next = child(of: node, tokens[position].stem) {
                node = next
                offsets.append(position)
            }
        }
        return exactWords.allSatisfy { Self.sameAcronym(tokens[offsets[$0.offset]].original(in: text), $0.word) }
    }
}
