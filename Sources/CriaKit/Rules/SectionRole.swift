/// How a section is recognised as playing a part (children's views, best interests...).
public struct SectionRole: Sendable {
    public let name: String
    public let titles: [String]
    /// Recognise by content: the section's own text mentions this lexicon often enough.
    public let contentLexicon: String?
    public let contentAtLeast: Int
}
