/// How sure a domain rule's fail is (`calibration:` in `statements.yaml`). A domain rule asks
/// for an analysis in its own terms (the article cited, its words near an effect); when it
/// finds none but the statement reading holds statements that analyse the article's domain for
/// children (an effect or a harm said of children, on health for Art 24),
/// the proposal has said something about it in words the rule does not read. A fail there is
/// less sure than cria's reading of the document: the outcome is review, naming them.
/// Measured on the training sets (`scripts/verdict-features`): such fails were wrong 3 times in
/// 10, the others 14 times in 493.
public struct FailCalibration: Sendable, Equatable {
    /// Kinds (names in the vocabulary's `kinds`) of a statement that analyses a domain.
    public var kinds: [String] = []
    /// Populations (names in `about`) the statement must be about, and none of `exceptAbout`:
    /// what happens to children, not to claimants or staff among whom children are named.
    public var about: [String] = []
    public var exceptAbout: [String] = []
    /// How many such statements make the fail a review.
    public var atLeast = 1
    /// For each UNCRC article, the domains (names in `domains`) its rules' subject is: a rule
    /// is calibrated when every one of its articles is listed and they share a domain.
    public var articles: [(article: Int, domains: [String])] = []

    public init() {}

    public static func == (lhs: FailCalibration, rhs: FailCalibration) -> Bool {
        lhs.kinds == rhs.kinds && lhs.about == rhs.about && lhs.exceptAbout == rhs.exceptAbout && lhs.atLeast == rhs.atLeast
            && lhs.articles.count == rhs.articles.count
            && zip(lhs.articles, rhs.articles).allSatisfy { $0.article == $1.article && $0.domains == $1.domains }
    }

    /// The domains of a rule serving `ruleArticles`: those every one of its articles lists (a
    /// rule on household income for Arts 26 and 27 has none: the cut restated for the children
    /// is on income, its effect on their living standard is what the rule asks). Nil when one
    /// of them is not listed: the general principles and the process rules are not calibrated.
    public func domains(of ruleArticles: [Int]) -> [String]? {
        guard !ruleArticles.isEmpty else { return nil }
        var domains: [String]?
        for article in ruleArticles {
            guard let entry = articles.first(where: { $0.article == article }) else { return nil }
            domains = domains.map { shared in shared.filter(entry.domains.contains) } ?? entry.domains
        }
        return domains
    }
}
