/// A public metric of the appraisal history, defined once as data: what it measures, its
/// formula in words, and whether higher is better. CriaHistory's `MetricCalculator`
/// evaluates `measure`; every report, export, the README's table and `cria history metrics
/// --help` read the definitions from `Metric.all`. It lives in CriaKit, not CriaHistory, so
/// that `cria` can give that help without linking the history store.
public struct Metric: Sendable, Equatable {
    public enum Unit: String, Sendable { case percent, perProposal, count, days }
    public enum Better: String, Sendable { case higher, lower }

    public enum Measure: Sendable, Equatable {
        /// Child-relevant documents whose result for `rule` is pass or waived, over all
        /// child-relevant documents.
        case shareMeeting(rule: String)
        /// Fails (of `severity`, or of any when nil) on child-relevant documents, over
        /// child-relevant documents.
        case failsPerProposal(Severity?)
        /// Fails and reviews open at the previous point on a document observed at both
        /// points, and not open now.
        case resolvedSincePrevious
        /// The median, over the fails and reviews open now, of the days since the point at
        /// which each was first open (without a point in between observing it resolved).
        case medianOpenAgeDays
    }

    public let id: String
    public let title: String
    public let formula: String
    public let unit: Unit
    public let better: Better
    public let measure: Measure

    /// Whether an article breakdown means something: a share is about one rule, so it has
    /// the rule's own articles only and is given overall and by department.
    public var byArticle: Bool {
        if case .shareMeeting = measure { return false }
        return true
    }

    public static let all: [Metric] = [
        Metric(
            id: "assessed", title: "Child-relevant proposals with an assessment of the rights engaged",
            formula: "child-relevant documents passing (or waiving) rights-engaged-identified ÷ child-relevant documents × 100",
            unit: .percent, better: .higher, measure: .shareMeeting(rule: "rights-engaged-identified")),
        Metric(
            id: "childrens-views", title: "Child-relevant proposals where children's own views were gathered",
            formula: "child-relevant documents passing (or waiving) childrens-own-views ÷ child-relevant documents × 100",
            unit: .percent, better: .higher, measure: .shareMeeting(rule: "childrens-own-views")),
        Metric(
            id: "best-interests", title: "Child-relevant proposals where best interests were weighed",
            formula: "child-relevant documents passing (or waiving) best-interests-primary-consideration ÷ child-relevant documents × 100",
            unit: .percent, better: .higher, measure: .shareMeeting(rule: "best-interests-primary-consideration")),
        Metric(
            id: "fails-per-proposal", title: "Fails per child-relevant proposal",
            formula: "fails on child-relevant documents ÷ child-relevant documents",
            unit: .perProposal, better: .lower, measure: .failsPerProposal(nil)),
        Metric(
            id: "error-fails-per-proposal", title: "Fails of severity error per child-relevant proposal",
            formula: "fails of severity error on child-relevant documents ÷ child-relevant documents",
            unit: .perProposal, better: .lower, measure: .failsPerProposal(.error)),
        Metric(
            id: "warning-fails-per-proposal", title: "Fails of severity warning per child-relevant proposal",
            formula: "fails of severity warning on child-relevant documents ÷ child-relevant documents",
            unit: .perProposal, better: .lower, measure: .failsPerProposal(.warning)),
        Metric(
            id: "info-fails-per-proposal", title: "Fails of severity info per child-relevant proposal",
            formula: "fails of severity info on child-relevant documents ÷ child-relevant documents",
            unit: .perProposal, better: .lower, measure: .failsPerProposal(.info)),
        Metric(
            id: "resolved", title: "Findings resolved since the previous point",
            formula: "fails and reviews open at the previous point, on documents observed at both points, that are not open now",
            unit: .count, better: .higher, measure: .resolvedSincePrevious),
        Metric(
            id: "open-age", title: "Median age of open findings (days)",
            formula: "median over open fails and reviews of (this point's date − date of the point each was first open, unresolved since)",
            unit: .days, better: .lower, measure: .medianOpenAgeDays),
    ]

    public static func named(_ id: String) -> Metric? { all.first { $0.id == id } }
}
