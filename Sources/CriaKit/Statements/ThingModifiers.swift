/// Words for people used as modifiers of a noun for a thing: "child records", "parent
/// undertaking", "parent and child nodes", "juvenile salmon", "baby boomers". In English a
/// noun before a noun qualifies it, so the phrase names the record, the company or the fish,
/// not a child or a parent. Found from the mentions the index already has: a population
/// word (statements.yaml `about`) directly followed by a word of `thingHeads`, or by "and" /
/// "or" and another population word that is ("parent and child nodes"). The other way
/// round, a noun for a thing before a word for a children's service makes it another
/// service: "plant nurseries", "tree nursery", "business school".
enum ThingModifiers {
    static let coordinators: Set<String> = ["and", "or", "&"]

    /// A phrase's place: its block and its tokens `start..<end` (a value, where an array of
    /// the three numbers was allocated for each phrase and each lookup).
    private struct Phrase: Hashable {
        let block: Int, start: Int, end: Int
    }

    /// A word in lower case letters only, and not a coordinator: a noun that may sit between
    /// a modifier and the thing's noun.
    static func isPlainNoun(_ word: Substring) -> Bool {
        !word.isEmpty && word.allSatisfy { $0.isLowercase && $0.isLetter } && !coordinators.contains(String(word))
            && !["of", "for", "to", "in", "on", "at", "by", "with", "from", "the", "a", "an", "who", "whose", "that", "which"].contains(word)
    }

    /// A token's place in a document, as one number (`block << 32 | token`: a block's tokens
    /// number fewer than its bytes, below 4 GiB): a set of them is one hash per insertion,
    /// where a set of tokens per block in a dictionary was a lookup, a uniqueness check and
    /// an insertion (about 20 million instructions over one round of the bench corpus).
    private static func place(_ block: Int, _ token: Int) -> Int { block << 32 | token }

    /// The token ranges, by block, from the modifier to the end of the thing's noun.
    static func find(_ index: TextIndex, vocabulary: StatementVocabulary, services: [String] = []) -> [Int: [Range<Int>]] {
        guard !vocabulary.thingHeads.isEmpty else { return [:] }
        func mentions(of lexicon: String) -> [TextIndex.Mention] {
            index.matcher.index(of: lexicon).map { index.mentions[$0] } ?? []
        }
        // Where each thing's noun starts (and ends), and where each population word starts and ends.
        var headStarts = Set<Int>(), headEnds = Set<Int>()
        // Whether a block has a thing's noun, by block number: asked of every population
        // word's mention, where looking the block up in `headStarts` cost 5M instructions
        // over one round of the bench corpus.
        var hasHead = [Bool](repeating: false, count: index.blocks.count)
        for lexicon in vocabulary.thingHeads {
            for mention in mentions(of: lexicon) {
                hasHead[mention.block] = true
                headStarts.insert(place(mention.block, mention.start))
                headEnds.insert(place(mention.block, mention.end))
            }
        }
        var found: [Int: [Range<Int>]] = [:]
        // "school buildings", "nursery premises", "academy insurance": what an institution
        // owns or buys, not the service children use.
        var premisesStarts = Set<Int>()
        for lexicon in vocabulary.premisesHeads {
            for mention in mentions(of: lexicon) { premisesStarts.insert(place(mention.block, mention.start)) }
        }
        if !premisesStarts.isEmpty {
            for lexicon in Set(services) {
                for mention in mentions(of: lexicon) where premisesStarts.contains(place(mention.block, mention.end)) {
                    found[mention.block, default: []].append(mention.start..<mention.end + 1)
                }
            }
        }
        // "its children", "its parent": people are "their" children's; a thing's are its own.
        // Not a possessive: "its children's ward" is the hospital's ward for children.
        for lexicon in Set(vocabulary.about.flatMap(\.lexicons)) {
            for mention in mentions(of: lexicon) where mention.start > 0 {
                // The word before, read from the block's fields: the block is copied only after "its".
                let before = index.blocks[mention.block].tokens[mention.start - 1], text = index.blocks[mention.block].text
                // "per pupil", "per household": a unit a charge or a count is measured in, not
                // the people a statement speaks of ("the charge rises by 6% per pupil" is the
                // school's).
                if before.lowercased(in: text, is: "per") {
                    found[mention.block, default: []].append(mention.start..<mention.end)
                    continue
                }
                // Most mentions follow no "its": the possessive is read only after one.
                guard before.lowercased(in: text, is: "its") else { continue }
                let block = index.block(mention.block)
                let last = block.tokens[mention.end - 1].original(in: block.text)
                let possessive =
                    Possessives.ends(last)
                    || (mention.end < block.tokens.count && Possessives.isEnding(block.tokens[mention.end].original(in: block.text)))
                guard !possessive else { continue }
                found[mention.block, default: []].append(mention.start..<mention.end)
            }
        }
        guard !headStarts.isEmpty else { return found }
        // A phrase the pack names as a children's service ("child element" of a benefit,
        // "child benefit") is that service, though its last word is also a thing's.
        var servicePhrases = Set<Phrase>()
        for lexicon in Set(services) {
            for mention in mentions(of: lexicon) {
                servicePhrases.insert(Phrase(block: mention.block, start: mention.start, end: mention.end))
                if headEnds.contains(place(mention.block, mention.start)) {
                    found[mention.block, default: []].append(mention.start - 1..<mention.end)
                }
            }
        }
        // Where words for organisations start: one may sit between a modifier and the thing's
        // noun as a noun of its own ("family authority record": the authority's record).
        let organisationLexicons = Set(vocabulary.about.filter { $0.name == "organisations" }.flatMap(\.lexicons))
        var organisationStarts = Set<Int>()
        for lexicon in organisationLexicons {
            for mention in mentions(of: lexicon) where hasHead[mention.block] && mention.end == mention.start + 1 {
                organisationStarts.insert(place(mention.block, mention.start))
            }
        }
        var people: [Int: [Int: Int]] = [:]
        for lexicon in Set(vocabulary.about.flatMap(\.lexicons)) {
            for mention in mentions(of: lexicon) where hasHead[mention.block] {
                people[mention.block, default: [:]][mention.start] = max(people[mention.block]?[mention.start] ?? 0, mention.end)
            }
        }
        for (block, starts) in people {
            let tokens = index.block(block).tokens
            let text = index.block(block).text
            // The end of the thing's noun a population word at `start` modifies, if it does.
            func headEnd(after start: Int, depth: Int) -> Int? {
                guard let end = starts[start], depth < 4 else { return nil }
                if headStarts.contains(place(block, end)), !servicePhrases.contains(Phrase(block: block, start: start, end: end + 1)) { return end + 1 }
                // One plain noun between a singular modifier and the thing: "child title
                // records", "parent guarantee companies"; not a verb ("the child keeps records",
                // "parents keep records").
                if headStarts.contains(place(block, end + 1)), starts[end] == nil || organisationStarts.contains(place(block, end)), isPlainNoun(tokens[end].original(in: text)),
                    !tokens[end - 1].original(in: text).lowercased().hasSuffix("s"), !tokens[end].original(in: text).hasSuffix("s"),
                    !servicePhrases.contains(Phrase(block: block, start: start, end: end + 1)), !servicePhrases.contains(Phrase(block: block, start: start, end: end + 2))
                {
                    return end + 2
                }
                if end + 1 < tokens.count, coordinators.contains(tokens[end].original(in: text).lowercased()) {
                    return headEnd(after: end + 1, depth: depth + 1)
                }
                return nil
            }
            for start in starts.keys {
                if let end = headEnd(after: start, depth: 0) { found[block, default: []].append(start..<end) }
            }
        }
        return found
    }
}

extension ThingModifiers {
    /// Words a proposal uses for things ("child companies", "parent nodes") standing alone:
    /// "the ultimate parent files the tree", "each child confirms its place", "moves to a new
    /// parent". When a proposal speaks of the people of a population (statements.yaml `about`)
    /// only in words it also uses for things, and in no other word that is not denied, the
    /// word means the thing throughout; a proposal that also says "children" or "families"
    /// keeps its bare "child" and "parent" for people. `falseFriends`: the phrases already
    /// found to name something else, by block.
    static func wordsForThingsAlone(
        _ index: TextIndex, vocabulary: StatementVocabulary, falseFriends: [Int: [Range<Int>]], thingPhrases: [Int: [Range<Int>]]
    ) -> [Int: [Range<Int>]] {
        guard !thingPhrases.isEmpty else { return [:] }
        func inside(_ mention: TextIndex.Mention, _ phrases: [Int: [Range<Int>]]) -> Bool {
            phrases[mention.block]?.contains { $0.contains(mention.start) || $0.contains(mention.end - 1) } ?? false
        }
        // By the word as written: the matcher reads "children" as a form of "child",
        // but "child companies" says nothing of the word "children".
        func word(_ mention: TextIndex.Mention) -> String {
            let block = index.block(mention.block)
            let words = (mention.start..<mention.end).map { block.tokens[$0].original(in: block.text).lowercased() }
            var last = words.last ?? ""
            if last.utf8.allSatisfy({ $0 < 0x80 }) {
                // The same suffixes removed byte by byte from a word of ASCII (each byte a
                // Character, and none of them ’): hasSuffix cost 6M instructions over one
                // round of the bench corpus.
                if last.utf8.last == 0x73 && last.utf8.dropLast().last == 0x27 { last.removeLast(2) }
                if last.utf8.last == 0x27 { last.removeLast() }
            } else {
                for suffix in Possessives.suffixes where last.hasSuffix(suffix) { last.removeLast(suffix.count) }
            }
            return (words.dropLast() + [NamedGroups.singular(last)]).joined(separator: " ")
        }
        // For each population: its mentions, the words it uses for things, and whether it
        // speaks of people in some other word.
        var readings: [(mentions: [TextIndex.Mention], thingWords: Set<String>, speaksOfPeople: Bool)] = []
        for group in vocabulary.about {
            let mentions = group.lexicons.flatMap { lexicon in index.matcher.index(of: lexicon).map { index.mentions[$0] } ?? [] }
            let thingWords = Set(mentions.filter { inside($0, thingPhrases) }.map(word))
            let speaksOfPeople = mentions.contains { !$0.negated && !inside($0, falseFriends) && !thingWords.contains(word($0)) }
            readings.append((mentions, thingWords, speaksOfPeople))
        }
        // "Parent" and "child" are the two ends of a hierarchy: when the proposal's words for
        // children name only things ("child records") and never a person, its "parent"
        // names the thing's parent wherever it stands alone ("a parent and its child
        // records", "moves to a new parent"), whatever else it says of households or tenants;
        // so does any word for people it uses for a thing ("a family authority record").
        let children = vocabulary.number(ofAbout: "children")
        let childrenOnlyThings = children.map { !readings[$0].thingWords.isEmpty && !readings[$0].speaksOfPeople } ?? false
        // Organisations are no people: "its customers" stay customers.
        let organisations = vocabulary.number(ofAbout: "organisations")
        var found: [Int: [Range<Int>]] = [:]
        for (number, reading) in readings.enumerated()
        where !reading.thingWords.isEmpty && (!reading.speaksOfPeople || (childrenOnlyThings && number != organisations)) {
            for mention in reading.mentions where !inside(mention, falseFriends) && reading.thingWords.contains(word(mention)) {
                found[mention.block, default: []].append(mention.start..<mention.end)
            }
        }
        return found
    }
}
