/// How relevance to children is judged from content.
public struct RelevanceSettings: Sendable {
    public var directLexicons: [String]
    public var directAtLeast: Int
    public var indirectLexicons: [String]
    public var indirectAtLeast: Int
    public var directPerThousandWords: Double = 0
    public var indirectPerThousandWords: Double = 0
    /// Indirect relevance from what the proposal changes for the people through whom children
    /// are affected (working parents, claimants, households) or in the places and pastimes
    /// that are theirs (play areas, school gates), though it never names children: each way
    /// through is one entry, counted on its own.
    public var reach: [Reach] = []
    /// The distinct terms (children's and families' words that name people, by their
    /// singular) the counted mentions must hold for `direct` or `indirect` to count: a
    /// proposal about children speaks of them in several words, while one term repeated
    /// ("KIDs", a product "family") is that term's own subject. `reach` is not held to it.
    public var distinctTerms = 1
    /// Terms (lower-cased, singular) with senses other than a child, a children's service or
    /// a family ("pupil", "nursery", "parent", "rent"): they count only where the proposal
    /// shows the child or family sense (`RelevanceSenses`).
    public var otherSenses: [String] = []
    /// Lexicons of the lives of children ("teachers", "years old"): one in a sentence with a
    /// word of `otherSenses` shows the child sense.
    public var senseCues: [String] = []
    /// Lexicons of people through whom children are affected ("claimants", "debtors"): one
    /// of their words with one sense shows the family sense of "tenants" and "rent".
    public var sensePeople: [String] = []
    /// Lexicons of animals (`animals.lexicons`): a sentence holding one of their words and no
    /// word of `animalPeople` with one sense is about animals, and its words for families and
    /// its words with other senses are the animals' ("cows late in pregnancy", "equine welfare").
    public var animalLexicons: [String] = []
    /// Lexicons of people (`animals.people`): one of their words with one sense in a sentence
    /// keeps its words for families and children people's ("farmers and their families").
    public var animalPeople: [String] = []

    /// `otherSenses` as a set, for looking terms up: made once per document that asks.
    var otherSenseSet: Set<String> { Set(otherSenses) }
    /// Words for children's services or people that English also uses as verbs ("foster",
    /// "adopt"), in their plain form, lower case: used as a verb, or as the noun of taking up a
    /// text ("the adoption of the recommendations"), they name an act, not people
    /// (`RelevanceWordUse.namesAnAct`).
    public var verbs: [String] = []

    public struct Reach: Sendable, Equatable {
        /// What the counted statements are, for the reader: "statements that change what
        /// households, earners or the users of a public service have".
        public var through: String
        public var about: [String]
        public var domains: [String]
        public var kinds: [String]
        public var atLeast: Int
        /// In long documents the statements must also reach a density (per 1,000 words): an
        /// annual report that speaks of its staff's pay a few times is not about households.
        public var perThousandWords: Double = 0
    }

    public static let empty = RelevanceSettings(directLexicons: [], directAtLeast: 1, indirectLexicons: [], indirectAtLeast: 1)
}

extension RelevanceSettings {
    /// The lexicons of the populations `reach` counts statements about (workers, claimants).
    func reachLexicons(_ vocabulary: StatementVocabulary) -> [String] {
        let names = Set(reach.flatMap(\.about))
        return vocabulary.about.filter { names.contains($0.name) }.flatMap(\.lexicons)
    }

    /// Mentions must reach the count and, in long documents, a density per 1,000 words:
    /// a 40,000-word statute that names children five times in passing is not about them.
    /// `reaching` holds the statements counted for each `reach` entry, in order.
    func judge(direct: Int, indirect: Int, words: Int, reaching: [Int] = [], distinctTerms distinct: Int = .max) -> Relevance {
        if distinct < distinctTerms { return firstReaching(reaching, words: words) != nil ? .indirect : .none }
        if !directLexicons.isEmpty && Self.reaches(direct, atLeast: directAtLeast, perThousand: directPerThousandWords, words: words) { return .direct }
        if !indirectLexicons.isEmpty && Self.reaches(indirect, atLeast: indirectAtLeast, perThousand: indirectPerThousandWords, words: words) {
            return .indirect
        }
        if firstReaching(reaching, words: words) != nil { return .indirect }
        return .none
    }

    /// The first `reach` entry whose statements reach its count and density, by position.
    func firstReaching(_ reaching: [Int], words: Int) -> Int? {
        for (position, count) in reaching.enumerated() where position < reach.count {
            let entry = reach[position]
            if Self.reaches(count, atLeast: entry.atLeast, perThousand: entry.perThousandWords, words: words) { return position }
        }
        return nil
    }

    private static func reaches(_ count: Int, atLeast: Int, perThousand: Double, words: Int) -> Bool {
        let density: Double = Double(count) * 1000
        return count >= atLeast && density >= perThousand * Double(max(words, 1))
    }
}
