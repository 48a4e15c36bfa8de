/// One figure of the series: a metric at a point, overall, for a department or an article.
public struct MetricValue: Sendable, Equatable {
    public enum Scope: String, Sendable { case all, department, article }

    public let metric: String
    public let point: String
    public let scope: Scope
    /// The department's name, the article's number, or "" for `all`.
    public let key: String
    /// Nil when the denominator is zero (no child-relevant proposal, no open finding).
    public let value: Double?
    public let numerator: Double
    public let denominator: Int
}
