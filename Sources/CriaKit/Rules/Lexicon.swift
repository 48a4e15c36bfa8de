/// A named list of terms: words and phrases matched as whole words.
public struct Lexicon: Sendable {
    public let name: String
    public let description: String
    public let terms: [String]
}

/// How a section is recognised as playing a part (children's views, best interests...).
public struct SectionRole: Sendable {
    public let name: String
    public let titles: [String]
    /// Recognise by content: the section's own text mentions this lexicon often enough.
    public let contentLexicon: String?
    public let contentAtLeast: Int
}

/// How relevance to children is judged from content.
public struct RelevanceSettings: Sendable {
    public var directLexicons: [String]
    public var directAtLeast: Int
    public var indirectLexicons: [String]
    public var indirectAtLeast: Int
    public var directPerThousandWords: Double = 0
    public var indirectPerThousandWords: Double = 0
    /// Indirect relevance from what the proposal changes for the people through whom children
    /// are affected (working parents, claimants, households), though it never names children.
    public var reach: Reach?

    public struct Reach: Sendable, Equatable {
        public var about: [String]
        public var domains: [String]
        public var kinds: [String]
        public var atLeast: Int
    }

    public static let empty = RelevanceSettings(directLexicons: [], directAtLeast: 1, indirectLexicons: [], indirectAtLeast: 1)
}

/// Everything loaded from a rules folder.
public struct RulePack: Sendable {
    public let directory: String
    public let rules: [Rule]
    public let lexicons: [String: Lexicon]
    public let roles: [SectionRole]
    public let relevance: RelevanceSettings
    /// The legislation lens (`legislation.yaml`).
    public var legislation: LegislationSettings = .empty

    /// What the statement reading looks for (`statements.yaml`); empty without one.
    public var statements: StatementVocabulary = .empty

    public init(directory: String, rules: [Rule], lexicons: [String: Lexicon], roles: [SectionRole],
                relevance: RelevanceSettings, statements: StatementVocabulary = .empty) {
        self.directory = directory
        self.rules = rules
        self.lexicons = lexicons
        self.roles = roles
        self.relevance = relevance
        self.statements = statements
    }

    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }
}

/// A document's relevance with the counts it rests on, so that a reader can see why.
public struct RelevanceJudgement: Sendable, Equatable {
    public let relevance: Relevance
    public let directMentions: Int
    public let indirectMentions: Int
    public let words: Int
    /// The terms most mentioned, e.g. "children (12)", to show why.
    public let topTerms: [String]
}

extension RelevanceSettings {
    /// Mentions must reach the count and, in long documents, a density per 1,000 words:
    /// a 40,000-word statute that names children five times in passing is not about them.
    func judge(direct: Int, indirect: Int, words: Int, reaching: Int = 0) -> Relevance {
        func reaches(_ count: Int, atLeast: Int, perThousand: Double) -> Bool {
            count >= atLeast && Double(count) * 1000 >= perThousand * Double(max(words, 1))
        }
        if !directLexicons.isEmpty && reaches(direct, atLeast: directAtLeast, perThousand: directPerThousandWords) { return .direct }
        if !indirectLexicons.isEmpty && reaches(indirect, atLeast: indirectAtLeast, perThousand: indirectPerThousandWords) { return .indirect }
        if let reach, reaching >= reach.atLeast { return .indirect }
        return .none
    }
}
