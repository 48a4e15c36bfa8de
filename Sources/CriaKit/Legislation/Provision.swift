/// One provision (section, regulation, article, schedule paragraph) of a piece of legislation
/// that affects children, and the UNCRC articles it engages.
public struct Provision: Sendable {
    /// What the provision deals with that engages articles, with the words that show it.
    public struct Engaged: Sendable {
        public let topic: String
        public let articles: [Int]
        public let evidence: Evidence
    }

    /// "64", "12A", "(1)"; empty when the provision has no number.
    public let number: String
    public let heading: String
    public let location: SourceLocation
    public let path: String
    /// The provision's text, shortened to about 600 characters.
    public let text: String
    public let engaged: [Engaged]

    /// Every article engaged, in order, once.
    public var articles: [Int] { Array(Set(engaged.flatMap(\.articles))).sorted() }

    /// "s. 64 Application for adult sentence", "Schedule", "Section 3".
    public var name: String {
        [number, heading].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
