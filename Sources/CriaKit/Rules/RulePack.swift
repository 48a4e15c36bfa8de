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

    public init(
        directory: String, rules: [Rule], lexicons: [String: Lexicon], roles: [SectionRole],
        relevance: RelevanceSettings, statements: StatementVocabulary = .empty
    ) {
        self.directory = directory
        self.rules = rules
        self.lexicons = lexicons
        self.roles = roles
        self.relevance = relevance
        self.statements = statements
    }

    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }
}
