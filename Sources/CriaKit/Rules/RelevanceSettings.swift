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
        /// In long documents the statements must also reach a density (per 1,000 words): an
        /// annual report that speaks of its staff's pay a few times is not about households.
        public var perThousandWords: Double = 0
    }

    public static let empty = RelevanceSettings(directLexicons: [], directAtLeast: 1, indirectLexicons: [], indirectAtLeast: 1)
}

extension RelevanceSettings {
    /// The lexicons of the populations `reach` counts statements about (workers, claimants).
    func reachLexicons(_ vocabulary: StatementVocabulary) -> [String] {
        guard let reach else { return [] }
        return vocabulary.about.filter { reach.about.contains($0.name) }.flatMap(\.lexicons)
    }

    /// Mentions must reach the count and, in long documents, a density per 1,000 words:
    /// a 40,000-word statute that names children five times in passing is not about them.
    func judge(direct: Int, indirect: Int, words: Int, reaching: Int = 0) -> Relevance {
        func reaches(_ count: Int, atLeast: Int, perThousand: Double) -> Bool {
            count >= atLeast && Double(count) * 1000 >= perThousand * Double(max(words, 1))
        }
        if !directLexicons.isEmpty && reaches(direct, atLeast: directAtLeast, perThousand: directPerThousandWords) { return .direct }
        if !indirectLexicons.isEmpty && reaches(indirect, atLeast: indirectAtLeast, perThousand: indirectPerThousandWords) { return .indirect }
        if let reach, reaches(reaching, atLeast: reach.atLeast, perThousand: reach.perThousandWords) { return .indirect }
        return .none
    }
}
