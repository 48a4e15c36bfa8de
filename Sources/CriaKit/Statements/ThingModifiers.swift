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

    /// The token ranges, by block, from the modifier to the end of the thing's noun.
    static func find(_ index: TextIndex, vocabulary: StatementVocabulary, services: [String] = []) -> [Int: [Range<Int>]] {
        guard !vocabulary.thingHeads.isEmpty else { return [:] }
        func mentions(of lexicon: String) -> [TextIndex.Mention] {
            index.matcher.index(of: lexicon).map { index.mentions[$0] } ?? []
        }
        // Where each thing's noun starts (and ends), and where each population word starts and ends.
        var headStarts: [Int: Set<Int>] = [:], headEnds: [Int: Set<Int>] = [:]
        for lexicon in vocabulary.thingHeads {
            for mention in mentions(of: lexicon) {
                headStarts[mention.block, default: []].insert(mention.start)
                headEnds[mention.block, default: []].insert(mention.end)
            }
        }
        guard !headStarts.isEmpty else { return [:] }
        var found: [Int: [Range<Int>]] = [:]
        for lexicon in Set(services) {
            for mention in mentions(of: lexicon) where headEnds[mention.block]?.contains(mention.start) == true {
                found[mention.block, default: []].append(mention.start - 1..<mention.end)
            }
        }
        var people: [Int: [Int: Int]] = [:]
        for lexicon in Set(vocabulary.about.flatMap(\.lexicons)) {
            for mention in mentions(of: lexicon) where headStarts[mention.block] != nil {
                people[mention.block, default: [:]][mention.start] = max(people[mention.block]?[mention.start] ?? 0, mention.end)
            }
        }
        for (block, starts) in people {
            let heads = headStarts[block] ?? []
            let tokens = index.block(block).tokens
            let text = index.block(block).text
            // The end of the thing's noun a population word at `start` modifies, if it does.
            func headEnd(after start: Int, depth: Int) -> Int? {
                guard let end = starts[start], depth < 4 else { return nil }
                if heads.contains(end) { return end + 1 }
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
