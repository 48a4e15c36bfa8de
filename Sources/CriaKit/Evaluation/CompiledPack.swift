/// A rule pack prepared for evaluation: the term trie and role titles built once, shared by
/// every document (and every thread) of a run.
public final class CompiledPack: @unchecked Sendable {
    public let pack: RulePack
    let matcher: TermMatcher
    /// Each role's title phrases as stem numbers of the matcher's vocabulary.
    let roleTitles: [(role: SectionRole, phrases: [[Int32]])]
    /// Keys (`StructureVocabulary.key`) of the fields the rules and the screening check read.
    let fieldKeys: Set<String>
    let wantedFieldKeys: WantedKeys
    /// Every non-empty title phrase under its first word, with its role's index in `roleTitles`.
    let phrasesByFirstWord: [Int32: [(role: Int, phrase: [Int32])]]
    /// Whether a stem number (an index) starts some title phrase: most title words do not,
    /// and are passed over without hashing.
    let startsTitlePhrase: [Bool]

    /// Roles a section takes from its own content: at least `atLeast` mentions of the lexicon
    /// (by number; nil if the pack has no such lexicon), in `roleTitles` order.
    let contentRoles: [(name: String, lexicon: Int?, atLeast: Int)]

    /// Rules of the pack that the configuration turned off: waivers may still name them.
    public let disabledRuleIDs: Set<String>

    /// With a `cache`, the term matcher built for the same lexicons and role titles before is
    /// read from it rather than built again.
    public convenience init(_ pack: RulePack, disabledRuleIDs: Set<String> = [], cache: PackCache? = nil) {
        self.init(pack, disabledRuleIDs: disabledRuleIDs, cache: cache, packKeys: nil)
    }

    /// `packKeys`: the cache keys of the pack folders whose lexicons and roles `pack` holds
    /// (`PackCache.termMatcher`), when known.
    init(_ pack: RulePack, disabledRuleIDs: Set<String>, cache: PackCache?, packKeys: [UInt64]?) {
        self.pack = pack
        self.disabledRuleIDs = disabledRuleIDs
        // Role titles share the matcher's vocabulary, so a title's words compare as numbers.
        let lexicons = Array(pack.lexicons.values), titlePhrases = pack.roles.flatMap(\.titles)
        let matcher = cache?.termMatcher(lexicons: lexicons, phrases: titlePhrases, packDirectory: pack.directory, packKeys: packKeys)
            ?? TermMatcher(lexicons: lexicons, phrases: titlePhrases)
        self.matcher = matcher
        var keys = Set<String>()
        for rule in pack.rules {
            for condition in [rule.applies, rule.expect, rule.review].compactMap({ $0 }) {
                condition.forEachPrimitive { primitive in
                    for name in primitive.fieldNames { keys.insert(StructureVocabulary.key(name)) }
                }
            }
        }
        fieldKeys = keys
        wantedFieldKeys = WantedKeys(keys)
        var phrases = matcher.phrases.makeIterator()
        let titles: [(role: SectionRole, phrases: [[Int32]])] = pack.roles.map { role in
            (role, role.titles.map { _ in phrases.next() ?? [] })
        }
        roleTitles = titles
        var byFirstWord: [Int32: [(role: Int, phrase: [Int32])]] = [:]
        byFirstWord.reserveCapacity(titles.reduce(0) { $0 + $1.phrases.count })
        for (number, entry) in titles.enumerated() {
            for phrase in entry.phrases where !phrase.isEmpty { byFirstWord[phrase[0], default: []].append((number, phrase)) }
        }
        phrasesByFirstWord = byFirstWord
        var starts = [Bool](repeating: false, count: Int(byFirstWord.keys.max() ?? -1) + 1)
        for word in byFirstWord.keys where word >= 0 { starts[Int(word)] = true }
        startsTitlePhrase = starts
        contentRoles = pack.roles.compactMap { role in
            role.contentLexicon.map { (role.name, matcher.index(of: $0), role.contentAtLeast) }
        }
    }

    public var rules: [Rule] { pack.rules }

    /// Every rule id a document may name: the pack's and the disabled ones.
    public var knownRuleIDs: Set<String> { Set(pack.rules.map(\.id)).union(disabledRuleIDs) }
}

/// Gives each section the roles its title or its content shows.
enum RoleAssigner {
    static func assign(_ proposal: Proposal, index: TextIndex, pack: CompiledPack) {
        let phrasesByFirstWord = pack.phrasesByFirstWord, startsTitlePhrase = pack.startsTitlePhrase
        let roleTitles = pack.roleTitles, contentRoles = pack.contentRoles
        for section in proposal.sections {
            let words = index.titleStems(of: section)
            // Roles are listed most specific first; the first whose title phrase occurs in the
            // title wins, so "Equality impact on children" is `groups`, not also `impact`.
            // Phrases are looked up by their first word.
            var first: Int?
            for (start, word) in words.enumerated() where word >= 0 && Int(word) < startsTitlePhrase.count && startsTitlePhrase[Int(word)] {
                for (role, phrase) in phrasesByFirstWord[word] ?? [] where start + phrase.count <= words.count
                    && words[start..<(start + phrase.count)].elementsEqual(phrase) {
                    first = min(first ?? role, role)
                }
            }
            if let first { section.roles.insert(roleTitles[first].role.name) }
            for role in contentRoles {
                let count = role.lexicon.map { index.countOwnMentions(of: $0, in: section) } ?? 0
                if count >= role.atLeast { section.roles.insert(role.name) }
            }
        }
    }
}
