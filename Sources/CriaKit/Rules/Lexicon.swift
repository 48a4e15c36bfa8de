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

    public static let empty = RelevanceSettings(directLexicons: [], directAtLeast: 1, indirectLexicons: [], indirectAtLeast: 1)
}

/// Everything loaded from a rules folder.
public struct RulePack: Sendable {
    public let directory: String
    public let rules: [Rule]
    public let lexicons: [String: Lexicon]
    public let roles: [SectionRole]
    public let relevance: RelevanceSettings

    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }
}
