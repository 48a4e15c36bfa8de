/// A rule pack prepared for evaluation: the term trie and role titles built once, shared by
/// every document (and every thread) of a run.
public final class CompiledPack: @unchecked Sendable {
    public let pack: RulePack
    let matcher: TermMatcher
    /// Each role's title phrases as stemmed word sequences.
    let roleTitles: [(role: SectionRole, phrases: [[String]])]

    /// Rules of the pack that the configuration turned off: waivers may still name them.
    public let disabledRuleIDs: Set<String>

    public init(_ pack: RulePack, disabledRuleIDs: Set<String> = []) {
        self.pack = pack
        self.disabledRuleIDs = disabledRuleIDs
        matcher = TermMatcher(lexicons: Array(pack.lexicons.values))
        roleTitles = pack.roles.map { role in
            (role, role.titles.map { title in
                var sentence = 0, clause = 0
                return Tokenizer.tokenize(title, sentence: &sentence, clause: &clause).map(\.stem)
            })
        }
    }

    public var rules: [Rule] { pack.rules }

    /// Every rule id a document may name: the pack's and the disabled ones.
    public var knownRuleIDs: Set<String> { Set(pack.rules.map(\.id)).union(disabledRuleIDs) }
}

/// Gives each section the roles its title or its content shows.
enum RoleAssigner {
    static func assign(_ proposal: Proposal, index: TextIndex, pack: CompiledPack) {
        for section in proposal.sections {
            var sentence = 0, clause = 0
            let words = Tokenizer.tokenize(section.title, sentence: &sentence, clause: &clause).map(\.stem)
            // Roles are listed most specific first; the first whose title matches wins, so
            // "Equality impact on children" is `groups`, not also the generic `impact`.
            if let (role, _) = pack.roleTitles.first(where: { $0.phrases.contains { contains(words, $0) } }) {
                section.roles.insert(role.name)
            }
            for (role, _) in pack.roleTitles {
                guard let lexicon = role.contentLexicon, !section.roles.contains(role.name) else { continue }
                let own = index.subtree(of: section)
                let count = index.mentions(of: lexicon, in: [own]).filter { index.block($0.block).section == section.index }.count
                if count >= role.contentAtLeast { section.roles.insert(role.name) }
            }
        }
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where Array(words[start..<(start + phrase.count)]) == phrase {
            return true
        }
        return false
    }
}
