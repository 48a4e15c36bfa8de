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
        let matcher =
            cache?.termMatcher(lexicons: lexicons, phrases: titlePhrases, packDirectory: pack.directory, packKeys: packKeys)
            ?? TermMatcher(lexicons: lexicons, phrases: titlePhrases)
        self.matcher = matcher
        var keys = Set<String>()
        // Each rule's conditions read in place: a `for rule in` loop would copy every rule
        // (some twenty references to retain and release).
        for conditions in pack.rules.lazy.map({ [$0.applies, $0.expect, $0.review, $0.nearMiss?.when] }) {
            for condition in conditions.compactMap({ $0 }) {
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
