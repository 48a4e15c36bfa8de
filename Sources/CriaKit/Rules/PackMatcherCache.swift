/// Built term matchers kept between runs, beside the parsed packs: tokenising and stemming
/// ~3,200 terms and building the trie costs a single `cria check` more than reading it back.
/// Each part is kept in the form matching uses (the trie's arrays, the stems' table of ASCII
/// spellings, each node's child mask), so that reading it back copies it rather than
/// deriving it again.
/// One file per pack folder (`matcher-….bin`), valid while a hash of the matcher's inputs
/// (each lexicon's name and terms in the matcher's order, the phrases), the cria version and
/// executable and this format are unchanged. A missing, stale or damaged file is ignored and
/// rewritten.
extension PackCache {
    /// Bump when the layout below or anything `TermMatcher` holds or derives changes.
    static let matcherFormatVersion = 5
    static let matcherMagic: [UInt8] = Array("CRIATRIE".utf8)

    /// The matcher for these lexicons and phrases: read from the cache, else built and cached.
    /// `packKeys`: the cache keys (`PackCache.key`) of the pack folders that the lexicons and
    /// phrases all come from, in order, if known. They identify the matcher's inputs as well
    /// as hashing every term does, for a thousandth of the work.
    func termMatcher(lexicons: [Lexicon], phrases: [String], packDirectory: String, packKeys: [UInt64]? = nil) -> TermMatcher {
        let key = packKeys.map(Self.matcherKey(packKeys:)) ?? Self.matcherKey(lexicons: lexicons, phrases: phrases)
        let path = file(named: "matcher", for: packDirectory)
        if let matcher = readPayload(from: path, magic: Self.matcherMagic, formatVersion: Self.matcherFormatVersion, key: key, { try $0.termMatcher(lexicons: lexicons) }) {
            return matcher
        }
        let matcher = TermMatcher(lexicons: lexicons, phrases: phrases)
        var payload = PackEncoder()
        payload.termMatcher(matcher, lexicons: lexicons)
        writePayload(payload.bytes, to: path, magic: Self.matcherMagic, formatVersion: Self.matcherFormatVersion, key: key)
        return matcher
    }

    /// The identity of the matcher of the pack folders with these cache keys. Each key covers
    /// the cria version and executable already.
    static func matcherKey(packKeys: [UInt64]) -> UInt64 {
        var hasher = PackHasher()
        hasher.combine(matcherFormatVersion)
        hasher.combine("pack keys")
        hasher.combine(packKeys.count)
        for key in packKeys { hasher.combine(Int(Int64(bitPattern: key))) }
        return hasher.value
    }

    /// The identity of a matcher's inputs, in the order `TermMatcher.init` reads them.
    static func matcherKey(lexicons: [Lexicon], phrases: [String]) -> UInt64 {
        var hasher = PackHasher()
        hasher.combine(matcherFormatVersion)
        hasher.combine(ToolInfo.version)
        combineExecutableIdentity(into: &hasher)
        let ordered = TermMatcher.ordered(lexicons)
        hasher.combine(ordered.count)
        for lexicon in ordered {
            hasher.combine(lexicon.name)
            hasher.combine(lexicon.terms.count)
            for term in lexicon.terms { hasher.combine(term) }
        }
        hasher.combine(phrases.count)
        for phrase in phrases { hasher.combine(phrase) }
        return hasher.value
    }
}

extension PackEncoder {
    /// `lexicons`: those the matcher was built from (the decoder checks that it is given
    /// the same).
    mutating func termMatcher(_ matcher: TermMatcher, lexicons: [Lexicon]) {
        vocabulary(matcher.vocabulary)
        count(matcher.phrases.count)
        for phrase in matcher.phrases { int32s(phrase) }
        strings(matcher.lexiconNames)
        stringList(matcher.termList)
        int32s(matcher.rootChildren)
        int32s(matcher.childStart)
        int32s(matcher.childStems)
        int32s(matcher.childNodes)
        uint64s(matcher.childMasks)
        int32s(matcher.acceptStart)
        count(matcher.accepts.count)
        for accept in matcher.accepts {
            ints(accept.lexicons)
            int(accept.term)
            count(accept.exactWords.count)
            for word in accept.exactWords {
                int(word.offset)
                string(word.word)
            }
        }
    }

    /// The stems, their flags, and the ASCII stem table as it is.
    private mutating func vocabulary(_ vocabulary: Vocabulary) {
        stringList(vocabulary.stemList)
        int32s(vocabulary.flags.map { Int32($0.rawValue) })
        let table = vocabulary.asciiIDs
        uint64(table.seed)
        uint8s(table.keyBytes)
        int32s(table.keyStarts)
        int32s(table.keyEnds)
        int32s(table.ids)
        int32s(table.slots)
    }
}

extension PackDecoder {
    /// Reads what `PackEncoder.termMatcher` wrote for these `lexicons` and checks that every
    /// number the matcher indexes with is in range, so that a damaged file cannot make
    /// matching read out of bounds.
    mutating func termMatcher(lexicons: [Lexicon]) throws -> TermMatcher {
        let vocabulary = try vocabulary()
        let phraseCount = try count()
        var phrases: [[Int32]] = []
        phrases.reserveCapacity(phraseCount)
        for _ in 0..<phraseCount { phrases.append(try int32s()) }
        let lexiconNames = try strings()
        // The lexicons the matcher numbers: those given, each once, and no other.
        var lexiconIndex: [String: Int] = [:]
        lexiconIndex.reserveCapacity(lexiconNames.count)
        for (number, name) in lexiconNames.enumerated() {
            guard lexiconIndex.updateValue(number, forKey: name) == nil else { throw Damaged() }
        }
        var given = [Bool](repeating: false, count: lexiconNames.count)
        for lexicon in lexicons {
            guard let number = lexiconIndex[lexicon.name], !given[number] else { throw Damaged() }
            given[number] = true
        }
        guard lexicons.count == lexiconNames.count else { throw Damaged() }
        let termList = try stringList()
        let rootChildren = try int32s(), childStart = try int32s(), childStems = try int32s()
        let childNodes = try int32s(), childMasks = try uint64s(), acceptStart = try int32s()
        let acceptCount = try count()
        var accepts: [TermMatcher.Accept] = []
        accepts.reserveCapacity(acceptCount)
        // Most terms belong to one lexicon: those share one list per lexicon.
        var single = [[Int]?](repeating: nil, count: lexiconNames.count)
        for _ in 0..<acceptCount {
            let lexicons: [Int]
            let lexiconCount = try count()
            if lexiconCount == 1 {
                let lexicon = try int()
                guard lexicon >= 0, lexicon < single.count else { throw Damaged() }
                if let shared = single[lexicon] { lexicons = shared } else { lexicons = [lexicon]; single[lexicon] = lexicons }
            } else {
                var list: [Int] = []
                list.reserveCapacity(lexiconCount)
                for _ in 0..<lexiconCount { list.append(try int()) }
                lexicons = list
            }
            let term = try int()
            var exactWords: [(offset: Int, word: String)] = []
            for _ in 0..<(try count()) { exactWords.append((try int(), try string())) }
            accepts.append(TermMatcher.Accept(lexicons: lexicons, term: term, exactWords: exactWords))
        }

        // The trie: node 0 is the root; every child is numbered after its parent.
        let nodeCount = childStart.count - 1
        guard nodeCount >= 1, acceptStart.count == nodeCount + 1, childStems.count == childNodes.count,
            childMasks.count == nodeCount, rootChildren.count == vocabulary.count,
            Self.isRanges(childStart, total: childStems.count),
            Self.isRanges(acceptStart, total: accepts.count)
        else { throw Damaged() }
        // The root's children as its edges give them, so that matching starts at depth 1.
        var roots = [Int32](repeating: 0, count: vocabulary.count)
        for edge in 0..<Int(childStart[1]) {
            let stem = Int(childStems[edge])
            guard stem >= 0, stem < roots.count else { throw Damaged() }
            roots[stem] = childNodes[edge]
        }
        guard roots == rootChildren else { throw Damaged() }
        // Depth of each node reached from the root, -1 for none: an exact word's offset must
        // be below the depth of the node that accepts it.
        var depth = [Int](repeating: -1, count: nodeCount)
        depth[0] = 0
        for node in 0..<nodeCount {
            for edge in Int(childStart[node])..<Int(childStart[node + 1]) {
                let child = Int(childNodes[edge])
                guard child > node, child < nodeCount, depth[child] == -1 else { throw Damaged() }
                if edge > Int(childStart[node]) && childStems[edge - 1] >= childStems[edge] { throw Damaged() }
                depth[child] = depth[node] < 0 ? -1 : depth[node] + 1
            }
            for number in Int(acceptStart[node])..<Int(acceptStart[node + 1]) {
                let accept = accepts[number]
                guard accept.term >= 0, accept.term < termList.count,
                    accept.lexicons.allSatisfy({ $0 >= 0 && $0 < lexiconNames.count }),
                    accept.exactWords.allSatisfy({ $0.offset >= 0 && $0.offset < depth[node] })
                else { throw Damaged() }
            }
        }
        return TermMatcher(
            vocabulary: vocabulary, phrases: phrases, lexiconNames: lexiconNames, lexiconIndex: lexiconIndex, termList: termList,
            rootChildren: rootChildren, childStart: childStart, childStems: childStems, childNodes: childNodes,
            childMasks: childMasks, acceptStart: acceptStart, accepts: accepts)
    }

    /// Reads what `PackEncoder.vocabulary` wrote, checked as `Vocabulary` and
    /// `ASCIIStemTable` check parts.
    private mutating func vocabulary() throws -> Vocabulary {
        let stems = try stringList()
        var flags: [WordFlags] = []
        let rawFlags = try int32s()
        flags.reserveCapacity(rawFlags.count)
        for raw in rawFlags {
            guard let value = UInt16(exactly: raw) else { throw Damaged() }
            flags.append(WordFlags(rawValue: value))
        }
        let seed = try uint64()
        let keyBytes = try uint8s(), keyStarts = try int32s(), keyEnds = try int32s(), ids = try int32s(), slots = try int32s()
        guard let table = ASCIIStemTable(keyBytes: keyBytes, keyStarts: keyStarts, keyEnds: keyEnds, ids: ids, slots: slots, seed: seed, stemCount: stems.count),
            let vocabulary = Vocabulary(stemList: stems, flags: flags, asciiIDs: table)
        else { throw Damaged() }
        return vocabulary
    }

    /// Whether `starts` rises from 0 to `total` without falling.
    private static func isRanges(_ starts: [Int32], total: Int) -> Bool {
        guard starts.first == 0, Int(starts.last ?? -1) == total else { return false }
        return zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
    }
}
