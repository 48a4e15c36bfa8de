/// How a proposal uses the words relevance counted, read as a careful reader reads them.
///
/// A word for children or families that the proposal only ever puts before another noun
/// names that noun: English puts the thing named last, so "newborn calves" are calves, a
/// "rent review" is a review, "minor works" are works and the "Household Cavalry" is a
/// regiment. A word the proposal also uses standing alone ("the calves and their newborn",
/// "families pay", "pupils' safety", "support for parents") names people. The test is
/// grammar, not a list of traps: what follows each mention in the tokens already read.
///
/// And a proposal about children speaks of them in several words (children, pupils, parents,
/// the school they go to); one term repeated throughout ("KIDs", a product "family", the
/// "schools" of a driving test) is that term's own subject (`RelevanceSettings.distinctTerms`).
enum RelevanceWordUse {
    /// Words after which the word before stands on its own (its phrase ends there): prepositions,
    /// conjunctions, determiners and pronouns, auxiliaries and modals, and a few adverbs.
    /// "children in care", "parents who work", "families must", "the school the pupils attend".
    static let phraseEnders: Set<String> = [
        "of", "for", "to", "in", "on", "at", "by", "with", "from", "into", "under", "over", "about", "after", "before",
        "between", "through", "during", "without", "within", "across", "against", "among", "around", "near", "below",
        "above", "beyond", "until", "since", "per", "as", "than", "like", "via", "onto", "upon", "off", "out", "up", "down",
        "and", "or", "but", "nor", "so", "yet", "because", "while", "where", "when", "if", "unless", "although", "though",
        "whether", "the", "a", "an", "this", "that", "these", "those", "their", "its", "his", "her", "our", "your", "my",
        "who", "whom", "whose", "which", "what", "it", "they", "them", "he", "she", "we", "you", "all", "each", "every",
        "some", "any", "no", "both", "either", "neither", "such", "other", "another", "is", "are", "was", "were", "be",
        "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "may",
        "might", "must", "can", "could", "not", "also", "only", "still", "already", "often", "now", "then", "there",
        "here", "too", "just", "more", "most", "less", "least", "living",
    ]

    /// Words that open a verb's object: after a word in -ing, they make it a verb.
    static let objectStarts: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "such", "their", "its", "his", "her", "our", "your", "my", "them", "it",
    ]

    /// Whether a mention stands as the head of its phrase (names the people or the service
    /// itself) rather than qualifying a noun after it, or nil when the next word cannot tell
    /// (a capitalised one). Read from the next token only.
    static func standsAlone(_ mention: TextIndex.Mention, in block: TextIndex.Block) -> Bool? {
        let tokens = block.tokens
        guard mention.end < tokens.count, tokens[mention.end].sentence == tokens[mention.end - 1].sentence else { return true }
        let last = tokens[mention.end - 1].original(in: block.text)
        // A possessive owns what follows: "pupils' safety", "children's services".
        if Possessives.ends(last) { return true }
        let next = tokens[mention.end].original(in: block.text)
        guard let first = next.first, first.isLetter else { return true }
        // A capitalised word may go on a name ("Family Fun Days", "Household Cavalry") or
        // start a sentence: it tells nothing either way.
        if first.isUppercase { return nil }
        let word = next.lowercased()
        let plain = last.lowercased()
        // A word in -ing before its object is a verb: "fostering a culture", "parenting the
        // business through", "nursing such cases".
        if plain.hasSuffix("ing"), objectStarts.contains(word) { return false }
        if phraseEnders.contains(word) || word.hasSuffix("ly") || word.hasSuffix("ed") { return true }
        // A plural before a word is its subject ("families pay", "schools apply"): English
        // compounds take the singular ("family hubs", "school buildings").
        return plain.hasSuffix("s") && !plain.hasSuffix("ss") || plain == "children" || plain == "people"
    }

    /// Words before a verb's plain form that make it one: the infinitive's "to", modals and
    /// subjects ("to foster links", "we will adopt", "they foster").
    static let verbOpeners: Set<String> = [
        "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "we", "they", "i", "you", "also", "further",
    ]

    /// Every form `namesAnAct` reads of the verbs: plain, -s, -ed, -ing, and the noun in -ion.
    static func forms(of verbs: Set<String>) -> LowercasedWordSet {
        LowercasedWordSet(
            Set(
                verbs.flatMap { verb -> [String] in
                    let stem = verb.hasSuffix("e") ? String(verb.dropLast()) : verb
                    return [verb, verb + "s", verb + "ed", stem + "ed", verb + "ing", stem + "ing", verb + "ion", stem + "ion", verb + "ions", stem + "ions"]
                }))
    }

    /// Whether a one-word mention of a word for a service or for people that is also a verb
    /// (`verbs`, in plain form: "foster", "adopt") names an act rather than people or a service:
    /// its verb before an object or after "to", a modal, a subject or a comma ("foster an
    /// entrepreneurial community", "to foster collaboration", "security, foster growth",
    /// "adopted the plan"), or its noun of taking up a thing ("the adoption of the
    /// recommendations", "the adoption and implementation of the rules"). What it acts on
    /// decides: an object that names people ("adopt a child", "the adoption of looked-after
    /// children", "foster children") keeps it theirs. `people`: where the proposal's words for
    /// people and children's services start (`block << 32 | token`), asked for only when the
    /// mention is a form of a verb.
    static func namesAnAct(
        _ mention: TextIndex.Mention, in block: TextIndex.Block, verbs: Set<String>, forms: LowercasedWordSet, people: () -> Set<Int>
    ) -> Bool {
        guard mention.end == mention.start + 1 else { return false }
        let tokens = block.tokens
        // Most mentions are no form of these verbs: told from the token's bytes, making no String.
        let isForm = block.text.utf8.withContiguousStorageIfAvailable { forms.contains(tokens[mention.start], in: $0, text: block.text) }
        guard isForm ?? true else { return false }
        let sentence = tokens[mention.start].sentence
        func word(_ at: Int) -> String? {
            guard tokens.indices.contains(at), tokens[at].sentence == sentence else { return nil }
            return tokens[at].original(in: block.text).lowercased()
        }
        // Whether a word for people starts within the few words after `from` (the object).
        func objectNamesPeople(from start: Int) -> Bool {
            let people = people()
            return (start..<min(start + 4, tokens.count)).contains { tokens[$0].sentence == sentence && people.contains(mention.block << 32 | $0) }
        }
        guard let here = word(mention.start) else { return false }
        for verb in verbs {
            let stem = verb.hasSuffix("e") ? String(verb.dropLast()) : verb
            if here == verb + "ion" || here == stem + "ion" || here == verb + "ions" || here == stem + "ions" {
                // The noun of the act: what follows "of" (after "and implementation") is what is taken up.
                var next = mention.end
                if word(next) == "and", word(next + 1)?.hasSuffix("ion") ?? false { next += 2 }
                guard word(next) == "of" else { return false }
                return !objectNamesPeople(from: next + 1)
            }
            let forms = [verb, verb + "s", verb + "ed", stem + "ed", verb + "ing", stem + "ing"]
            guard forms.contains(here) else { continue }
            if objectNamesPeople(from: mention.end) { return false }
            if let next = word(mention.end), objectStarts.contains(next) { return true }
            guard here == verb || here == verb + "s" else { return false }
            if let previous = word(mention.start - 1), verbOpeners.contains(previous) { return true }
            // A comma before the plain form joins it to a list of verbs ("ensure food security,
            // foster growth, empower women"): a noun's modifier would follow its determiner.
            let start = tokens[mention.start].start
            guard mention.start > 0, tokens[mention.start - 1].sentence == sentence else { return false }
            let between = block.text.utf8.dropFirst(tokens[mention.start - 1].end).prefix(start - tokens[mention.start - 1].end)
            return between.contains(UInt8(ascii: ","))
        }
        return false
    }

    /// Which mentions (by position) to count, which to leave out, and the terms left out: when
    /// no term stands alone anywhere, the terms the proposal uses only before another noun. A term used once
    /// shows no habit ("after school hours", "a family centre") and is kept; one the proposal
    /// puts before a noun every time of two or more ("newborn calves", "minor works") names
    /// that noun. `terms`: each mention's term, lower-cased.
    static func keepWordsForPeople(
        _ mentions: [TextIndex.Mention], terms: [String], index: TextIndex, minimumUses: Int = 2
    ) -> (kept: [Int], dropped: [Int], namingThings: [String]) {
        // By the term's singular: "families and" keeps "family members". A proposal repeats
        // few terms many times: each is made distinct once.
        var distinct: [String: String] = [:]
        let keys = terms.map { term in
            if let known = distinct[term] { return known }
            let key = distinctTerm(term)
            distinct[term] = key
            return key
        }
        var usesBeforeNoun: [String: Int] = [:]
        for (mention, key) in zip(mentions, keys) {
            switch standsAlone(mention, in: index.block(mention.block)) {
            // A proposal that speaks of children in some word standing alone means them by its
            // other words too: its "youth pass" is the pass of the young people it names.
            case true?: return (Array(mentions.indices), [], [])
            case false?: usesBeforeNoun[key, default: 0] += 1
            case nil: break
            }
        }
        var kept: [Int] = [], dropped: [Int] = []
        var namingThings: [String] = []
        for (position, key) in keys.enumerated() {
            if usesBeforeNoun[key, default: 0] < minimumUses {
                kept.append(position)
            } else {
                dropped.append(position)
                if !namingThings.contains(terms[position]) { namingThings.append(terms[position]) }
            }
        }
        return (kept, dropped, namingThings)
    }

    /// Whether a mention is written as an acronym ("KIDs", "a KID of three pages") where the
    /// pack's term is a word ("kids"): it abbreviates something else. A heading set in
    /// capitals writes every word so, and is not read this way.
    static func isAcronymOfAWord(_ mention: TextIndex.Mention, in block: TextIndex.Block, matcher: TermMatcher) -> Bool {
        guard mention.end == mention.start + 1 else { return false }
        let tokens = block.tokens
        // Most mentions start in lower case: told from the first byte, making no string.
        let firstByte = block.text.utf8[block.text.utf8.index(block.text.utf8.startIndex, offsetBy: tokens[mention.start].start)]
        guard firstByte >= 0x80 || (firstByte >= 0x41 && firstByte <= 0x5A) else { return false }
        var letters = tokens[mention.start].original(in: block.text).filter(\.isLetter)
        if letters.last == "s" { letters.removeLast() }
        // The term's own spelling is read only for a word in capitals: a check makes no term's string.
        guard letters.count >= 2, letters.allSatisfy(\.isUppercase), !matcher.termList.containsASCIICapital(at: mention.term) else { return false }
        let neighbours = [mention.start - 1, mention.end].filter { tokens.indices.contains($0) && tokens[$0].sentence == tokens[mention.start].sentence }
        return neighbours.contains { tokens[$0].original(in: block.text).contains(where: \.isLowercase) }
    }

    /// A term as counted for variety: lower-cased, its last word singular ("schools" and
    /// "school" are one term; "secondary school" another).
    static func distinctTerm(_ term: String) -> String {
        guard let space = term.lastIndex(of: " ") else { return singular(Possessives.stripped(term)) }
        return term[..<space] + " " + singular(Possessives.stripped(String(term[term.index(after: space)...])))
    }

    /// "families" → "family", "children" → "child", "schools" → "school".
    static func singular(_ word: String) -> String {
        if word == "children" { return "child" }
        if word.hasSuffix("ies") && word.count > 4 { return word.dropLast(3) + "y" }
        return NamedGroups.singular(word)
    }
}
