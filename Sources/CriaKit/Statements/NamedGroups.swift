/// Groups of children a proposal names by their ages: "cadets aged 12 to 17", "learners aged
/// 14 to 16", "users under 18". Once a proposal says so, its other sentences about cadets are
/// about children, whatever the word. Found at the age markers the index found ("aged",
/// "under 18"), from the word before the marker and the ages after it.
enum NamedGroups {
    /// Words too general to stand for a group of children everywhere in a proposal.
    static let general: Set<String> = ["people", "persons", "person", "those", "individuals", "adults", "all", "men", "women", "anyone", "everyone", "children", "child"]
    static let adulthood = 18

    /// The group words (lowercased, without a plural "s") a proposal defines by age.
    static func find(_ index: TextIndex, markers: [String]) -> Set<String> {
        var found = Set<String>()
        let everything = [0..<index.allBlocks().count]
        for lexicon in markers {
            for mention in index.mentions(of: lexicon, in: everything, includeNegated: true) {
                let block = index.block(mention.block)
                guard mention.start > 0, isChildhood(block, after: mention) else { continue }
                let word = singular(String(block.tokens[mention.start - 1].original(in: block.text)).lowercased())
                if !general.contains(word) && word.count > 2 && !word.allSatisfy(\.isNumber) { found.insert(word) }
            }
        }
        return found
    }

    /// Whether the ages after a marker are all under 18 ("aged 12 to 17", "under 16").
    private static func isChildhood(_ block: TextIndex.Block, after mention: TextIndex.Mention) -> Bool {
        var ages: [Int] = []
        // The marker itself may hold the age ("under 18").
        for position in mention.start..<min(block.tokens.count, mention.end + 4) {
            if let number = Int(block.tokens[position].original(in: block.text).prefix { $0.isNumber }) { ages.append(number) }
        }
        return !ages.isEmpty && ages.allSatisfy { $0 <= adulthood } && ages.contains { $0 < adulthood }
    }

    static func singular(_ word: String) -> String {
        word.hasSuffix("s") && word.count > 3 && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    /// The sentences (by number) that mention one of the groups.
    static func sentences(mentioning groups: Set<String>, in index: TextIndex) -> Set<Int> {
        guard !groups.isEmpty else { return [] }
        let lengths = Set(groups.flatMap { [$0.utf8.count, $0.utf8.count + 1] })
        var sentences = Set<Int>()
        for block in index.allBlocks() {
            for token in block.tokens where lengths.contains(token.end - token.start) {
                let word = singular(String(token.original(in: block.text)).lowercased())
                if groups.contains(word) { sentences.insert(token.sentence) }
            }
        }
        return sentences
    }
}
