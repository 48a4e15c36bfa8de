/// What the statement reading looks for, as data (`statements.yaml` in a rule pack): for each
/// population a statement can be about, each kind of statement and each domain a proposal can
/// change, the lexicons whose words say so. Lexicons stay the vocabulary; the reading decides
/// what the words are doing in a sentence.
public struct StatementVocabulary: Sendable, Equatable {
    /// In file order, so that names keep stable numbers (bits of a `Statement`).
    public var about: [(name: String, lexicons: [String])]
    public var kinds: [(name: String, lexicons: [String])]
    public var domains: [(name: String, lexicons: [String])]
    /// Phrases in which a population's word names something else: "child company", "parent
    /// node", "young companies". A mention inside one of them is about no one.
    public var notAbout: [String]
    /// Words that make a sentence conditional or hypothetical ("if", "whether", "in the event
    /// that"): such a sentence is kept apart from a claim.
    public var conditional: [String]
    /// Words that give an age after a group ("cadets aged 12 to 17"): the group is children
    /// wherever the proposal names it. Read into the population `children`.
    public var ageMarkers: [String] = []
    /// Nouns for things, not people (records, nodes, undertakings, fish, trees): a word for
    /// children or parents that modifies one ("child records", "parent and child
    /// undertakings", "juvenile salmon", "baby boomers") names the thing, not a person. The
    /// general form of `notAbout`, which lists whole phrases.
    public var thingHeads: [String] = []
    /// Words that make a run of capitalised words an organisation's name ("Society",
    /// "Commissioner", "Action"): a word for children or families inside such a name ("Child
    /// Poverty Action Group", "The Children's Society") is the name, not a statement about them.
    public var organisationNames: [String] = []
    /// Nouns for what an institution owns or buys (buildings, premises, insurance): a word
    /// for a children's service before one ("school buildings", "nursery premises") names
    /// the property, not the service children use.
    public var premisesHeads: [String] = []
    /// Kinds (names in `kinds`) of a sentence that gives a count of the people it speaks of
    /// ("2,300 visits by under-18s", "24% of Year 6 children"): `Counts` finds them.
    public var counts: [String] = []
    /// Kinds said by words apart in one sentence: a kind name and lexicons that must all be
    /// mentioned, not negated, in the same sentence ("put the pupils' safety ahead of the
    /// saving": a verb of ranking and a place in a ranking).
    public var together: [(name: String, lexicons: [String])] = []
    /// Domains (names in `domains`) of a sentence that names an amount of money as a rate
    /// ("£5.25 a week", "£49.18 per person"): `MoneyRates` finds them.
    public var moneyRates: [String] = []
    /// Populations (names in `about`) of grown-ups and bodies whose word inside a longer
    /// name of a group of children names that group, not them: "young carers" are children
    /// who care, not carers; a "youth council" is children, not a council.
    public var yieldToChildren: [String] = []
    /// When a domain rule's fail is a review: statements that analyse its domain for children
    /// were read (`FailCalibration`).
    public var calibration = FailCalibration()

    public static let empty = StatementVocabulary(about: [], kinds: [], domains: [], notAbout: [], conditional: [])

    /// The largest number of names in one group: each name is a bit of a 32-bit set.
    static let maxNames = 32

    public var lexiconNames: [String] {
        (about + kinds + domains + together).flatMap(\.lexicons) + notAbout + conditional + ageMarkers + thingHeads + organisationNames + premisesHeads
    }

    public static func == (lhs: StatementVocabulary, rhs: StatementVocabulary) -> Bool {
        func same(_ a: [(name: String, lexicons: [String])], _ b: [(name: String, lexicons: [String])]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { $0.name == $1.name && $0.lexicons == $1.lexicons }
        }
        return same(lhs.about, rhs.about) && same(lhs.kinds, rhs.kinds) && same(lhs.domains, rhs.domains)
            && lhs.notAbout == rhs.notAbout && lhs.conditional == rhs.conditional && lhs.ageMarkers == rhs.ageMarkers && lhs.thingHeads == rhs.thingHeads
            && lhs.organisationNames == rhs.organisationNames
            && lhs.premisesHeads == rhs.premisesHeads
            && lhs.counts == rhs.counts && same(lhs.together, rhs.together) && lhs.moneyRates == rhs.moneyRates
            && lhs.yieldToChildren == rhs.yieldToChildren && lhs.calibration == rhs.calibration
    }

    func number(ofAbout name: String) -> Int? { about.firstIndex { $0.name == name } }
    func number(ofKind name: String) -> Int? { kinds.firstIndex { $0.name == name } }
    func number(ofDomain name: String) -> Int? { domains.firstIndex { $0.name == name } }
}
