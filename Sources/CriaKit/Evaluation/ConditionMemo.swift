/// What conditions find in one document apart from their thresholds, kept for the rules that
/// ask again: many rules ask about the same lexicon in the same scope (a pack's rules each
/// ask whether its topic is discussed before they apply), and a section's word count is
/// summed over its whole subtree each time it is read.
final class ConditionMemo {
    /// The blocks and sections of a scope, and the section a condition on it points at.
    final class ScopeFacts {
        let ranges: [Range<Int>]
        let sections: [Section]
        /// The scope's section with the most words (the first of equals): where a mention
        /// condition points.
        let largest: Section?
        @exclusivity(unchecked) private var proseWords: Int?

        init(_ scope: Scope, index: TextIndex) {
            ranges = index.blocks(in: scope)
            sections = index.sections(in: scope)
            largest = Self.largest(of: sections)
        }

        /// `sections.max { $0.wordCount < $1.wordCount }`, each section's count summed once.
        static func largest(of sections: [Section]) -> Section? {
            var best: Section?, bestWords = 0
            for section in sections {
                let words = section.wordCount
                if best == nil || bestWords < words {
                    best = section
                    bestWords = words
                }
            }
            return best
        }

        /// Words of the scope's prose (titles left out), counted when first asked.
        func proseWords(_ index: TextIndex) -> Int {
            if let proseWords { return proseWords }
            var words = 0
            for range in ranges {
                for number in range {
                    let block = index.block(number)
                    if !block.isTitle { words += block.tokens.count }
                }
            }
            proseWords = words
            return words
        }
    }

    struct LexiconInScope: Hashable {
        let lexicon: String
        let scope: Scope
    }

    /// A lexicon's mentions in a scope, and the passages a condition on them quotes.
    final class MentionsFound {
        let mentions: [TextIndex.Mention]
        let quotes: Quotes
        @exclusivity(unchecked) private var distinctTerms: Int?

        init(mentions: [TextIndex.Mention], quotes: Quotes) {
            self.mentions = mentions
            self.quotes = quotes
        }

        func distinctTermCount() -> Int {
            if let distinctTerms { return distinctTerms }
            let count = Set(mentions.map(\.term)).count
            distinctTerms = count
            return count
        }
    }

    @exclusivity(unchecked) private var documentScope: ScopeFacts?
    @exclusivity(unchecked) private var roleScopes: [Scope: ScopeFacts] = [:]
    @exclusivity(unchecked) var mentions: [LexiconInScope: MentionsFound] = [:]
    @exclusivity(unchecked) var near: [NearCondition.Question: (count: Int, quotes: Quotes)] = [:]
    /// The largest section with each role, if any, with its words and how it is quoted.
    @exclusivity(unchecked) var largestWithRole: [String: (section: Section, words: Int, quotes: Quotes)?] = [:]

    func scope(_ scope: Scope, index: TextIndex) -> ScopeFacts {
        if case .document = scope {
            if let documentScope { return documentScope }
            let facts = ScopeFacts(scope, index: index)
            documentScope = facts
            return facts
        }
        if let known = roleScopes[scope] { return known }
        let facts = ScopeFacts(scope, index: index)
        roleScopes[scope] = facts
        return facts
    }
}
