/// A document's relevance with the counts it rests on, so that a reader can see why.
public struct RelevanceJudgement: Sendable, Equatable {
    public let relevance: Relevance
    public let directMentions: Int
    public let indirectMentions: Int
    public let words: Int
    /// The terms most mentioned, e.g. "children (12)", to show why.
    public let topTerms: [String]
}
