/// The legislation lens as the rule pack states it (`legislation.yaml`): what a provision
/// is, which words say it affects children, and the UNCRC articles each topic engages.
public struct LegislationSettings: Sendable {
    /// A topic a provision can deal with ("deprivation of liberty"), the articles it engages
    /// and the lexicon whose mention shows it.
    public struct Engagement: Sendable {
        public let topic: String
        public let articles: [Int]
        public let lexicon: String
    }

    /// Lexicons naming children ("young person", "child"): a provision that mentions one
    /// affects children. Negated mentions count: "no young person shall be..." is about them.
    public var childLexicons: [String] = []
    /// Element names (or JSON keys) of provisions: section, regulation, article, schedule.
    /// The innermost section so named is one provision.
    public var provisionLabels: [String] = []
    public var engagements: [Engagement] = []

    public static let empty = LegislationSettings()

    public var isEmpty: Bool { childLexicons.isEmpty && engagements.isEmpty }
}

/// A rule held to provisions one by one (`provisions:` in a rule): for each provision that
/// affects children and mentions every `concerns` lexicon, a plain conflict fails, a provision
/// that meets the standard passes (review if an exception follows), and one that says neither
/// is review.
public struct ProvisionCheck: Sendable {
    public let concerns: [String]
    public let meets: String?
    public let conflicts: String?
    public let exceptions: String?

    public var lexicons: [String] { concerns + [meets, conflicts, exceptions].compactMap { $0 } }
}
